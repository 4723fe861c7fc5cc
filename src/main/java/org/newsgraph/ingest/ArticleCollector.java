package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsgraph.ingest.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: turns input paths (article files, CSV/JSONL corpora, folders of them) into
 * {@link Document}s with metadata, reporting every unusable input as an {@link IngestProblem} instead of
 * failing the run.
 *
 * <p>Metadata comes from the manifest (by id) first, then from the record's own columns, then, for the date,
 * from a dateline in the text. Without a title, a plain-text article's first line is used, a CSV/JSONL
 * record's first sentence; either only when shorter than 200 characters.
 *
 * <p>Instances hold only options and may be shared; each {@link #collect} call is independent. A build reads with
 * {@link #collect(List, Consumer)}, which keeps no document.
 */
public final class ArticleCollector {

    /**
     * A corpus file is decoded whole so its encoding is judged as a unit; beyond this size it would rather be
     * split than risk exhausting memory. Reading a 256 MB CSV peaks at 2.8 GB of resident memory, within the
     * launcher's 4 GB heap with room for CoreNLP; twice that would not fit. Single articles are held to
     * {@link IngestOptions#maxBytes()}.
     */
    static final long MAX_CORPUS_FILE_BYTES = 256L * 1024 * 1024;

    /**
     * Fewer words than this cannot state a fact (someone did something to something), so such a text is a stray
     * note, a placeholder or a failed download rather than an article, and annotating it would only add an empty
     * document to the store.
     */
    static final int MIN_ARTICLE_WORDS = 3;
    static final String TOO_SHORT = "too short for an article (fewer than " + MIN_ARTICLE_WORDS + " words)";

    private static final Logger LOG = LoggerFactory.getLogger(ArticleCollector.class);

    private final IngestOptions options;

    public ArticleCollector(IngestOptions o) {
        this.options = Objects.requireNonNull(o, "options");
    }

    /**
     * Reads all inputs, in order: files as given, folders recursively with their files sorted by path, corpus
     * records in file order. Never throws for bad input; see {@link IngestResult#problems()}.
     */
    public IngestResult collect(List<Path> inputs) {
        List<Document> documents = new ArrayList<>();
        IngestResult result = collect(inputs, documents::add);
        return new IngestResult(documents, result.problems(), result.warnings());
    }

    /**
     * Reads all inputs as {@link #collect(List)} does, but hands each document to {@code each} as soon as it is read
     * instead of keeping it, so a caller that lets documents go reads an input of any size in bounded memory. The
     * result's document list is empty. {@code each} may throw {@link Stopped} to end the reading early.
     */
    public IngestResult collect(List<Path> inputs, Consumer<Document> each) {
        Run run = new Run(each);
        run.collectAll(inputs);
        IngestResult result = new IngestResult(List.of(), run.problems, run.warnings);
        LOG.debug("ingest: {} documents from {} inputs, {} problems, {} warnings", run.delivered, inputs.size(),
                result.problems().size(), result.warnings().size());
        return result;
    }

    /** Thrown by a document consumer that wants no more documents; it passes through every reader. */
    public static final class Stopped extends RuntimeException {
        public Stopped() {
            super("reading stopped", null, false, false);
        }
    }

    /** The state of one {@link #collect} call. */
    private final class Run {
        private final Consumer<Document> documents;
        private int delivered;
        private final List<IngestProblem> problems = new ArrayList<>();
        private final List<IngestProblem> warnings = new ArrayList<>();
        private final Map<String, String> firstOriginById = new HashMap<>();
        private final Map<Path, Manifest> manifestByFolder = new HashMap<>();
        private Manifest givenManifest;

        Run(Consumer<Document> documents) {
            this.documents = documents;
        }

        void collectAll(List<Path> inputs) {
            givenManifest = options.manifest() == null ? null : Manifest.read(options.manifest(), problems, warnings);
            try {
                for (Path input : inputs) {
                    collectInput(input);
                }
            } catch (Stopped stopped) {
                LOG.debug("ingest stopped by its consumer after {} documents", delivered);
            }
        }

        private void collectInput(Path input) {
            if (!Files.exists(input)) {
                problem(input.toString(), "no such file or directory");
            } else if (Files.isDirectory(input)) {
                collectFolder(input);
            } else if (!Files.isRegularFile(input)) {
                problem(input.toString(), "not a regular file");
            } else if (ArticleFiles.Kind.of(input).isEmpty()) {
                // Inside folders such files are skipped silently; named explicitly, the user meant it to be read.
                String extension = ArticleFiles.extension(input);
                String type = extension.isEmpty() ? "(no extension)" : "'." + extension + "'";
                problem(input.toString(), "unsupported file type " + type + ", expected " + ArticleFiles.SUPPORTED);
            } else {
                Path folder = folderOf(input);
                readFile(input, manifestFor(folder, folder));
            }
        }

        private void collectFolder(Path folder) {
            List<Path> files;
            try {
                files = ArticleFiles.articlesUnder(folder, (path, e) -> problem(path.toString(), ioReason(e)));
            } catch (IOException e) {
                problem(folder.toString(), ioReason(e));
                return;
            }
            if (files.isEmpty()) {
                warning(folder.toString(), "no " + ArticleFiles.SUPPORTED + " files in this folder");
            }
            for (Path file : files) {
                readFile(file, manifestFor(folderOf(file), folder));
            }
        }

        /** The given manifest, else the nearest manifest.tsv from the file's folder up to the input folder. */
        private Manifest manifestFor(Path folder, Path root) {
            if (givenManifest != null) {
                return givenManifest;
            }
            for (Path dir = folder; dir != null && dir.startsWith(root); dir = dir.getParent()) {
                Manifest manifest = folderManifest(dir);
                if (manifest.size() > 0) {
                    return manifest;
                }
            }
            return Manifest.empty();
        }

        /** Keyed by the normalised folder so "seeds" and "./seeds" share one read, and one set of problems. */
        private Manifest folderManifest(Path folder) {
            Manifest known = manifestByFolder.get(folder.normalize());
            if (known != null) {
                return known;
            }
            Manifest manifest = readFolderManifest(folder);
            manifestByFolder.put(folder.normalize(), manifest);
            return manifest;
        }

        private Manifest readFolderManifest(Path folder) {
            Path file = folder.resolve(Manifest.FILE_NAME);
            return Files.isRegularFile(file) ? Manifest.read(file, problems, warnings) : Manifest.empty();
        }

        private void readFile(Path file, Manifest manifest) {
            String origin = file.toString();
            ArticleFiles.Kind kind = ArticleFiles.Kind.of(file).orElseThrow();
            try {
                if (kind == ArticleFiles.Kind.WARC) {
                    // Streamed, so no size limit: each page is held to its own limit instead.
                    WebArticles.readWarc(file, options, new FileSink(manifest));
                    return;
                }
                if (kind == ArticleFiles.Kind.HTML) {
                    readHtml(file, manifest);
                    return;
                }
                long limit = kind == ArticleFiles.Kind.ARTICLE ? options.maxBytes() : MAX_CORPUS_FILE_BYTES;
                long size = Files.size(file);
                if (size > limit) {
                    problem(origin, kind == ArticleFiles.Kind.ARTICLE ? TextDecoding.articleTooLarge(size, limit)
                            : TextDecoding.tooLarge(size, limit) + "; split it into smaller files");
                    return;
                }
                TextDecoding.Decoded decoded = TextDecoding.read(file, limit);
                decoded.warnings().forEach(reason -> warning(origin, reason));
                ArticleSink sink = new FileSink(manifest);
                switch (kind) {
                    case ARTICLE -> sink.article(new RawArticle(ArticleFiles.baseName(file), decoded.text(),
                            null, null, null, origin, Titles.Fallback.FIRST_LINE));
                    case CSV -> CsvArticles.read(file, decoded.text(), options, sink);
                    case JSONL -> JsonlArticles.read(file, decoded.text(), options, sink);
                    default -> throw new IllegalStateException("web inputs are read above");
                }
            } catch (Stopped e) {
                throw e;
            } catch (TextDecoding.Rejected e) {
                problem(origin, e.getMessage());
            } catch (IOException e) {
                problem(origin, ioReason(e));
            } catch (RuntimeException e) {
                // A defect, not bad input; the promise is still one problem line per input rather than a failed run.
                LOG.error("{}: unexpected failure while reading", origin, e);
                problem(origin, "unexpected error: " + e);
            }
        }

        private void readHtml(Path file, Manifest manifest) throws IOException {
            long size = Files.size(file);
            if (size > WebArticles.MAX_PAGE_BYTES) {
                problem(file.toString(), TextDecoding.tooLarge(size, WebArticles.MAX_PAGE_BYTES));
                return;
            }
            WebArticles.readHtml(file, Files.readAllBytes(file), options, new FileSink(manifest));
        }

        private void accept(RawArticle unchecked, Manifest manifest) {
            RawArticle raw = withoutUnsafeCharacters(unchecked);
            if (raw.id().isEmpty()) {
                problem(raw.origin(), "the id is nothing but control characters");
                return;
            }
            if (!hasWords(raw.text(), MIN_ARTICLE_WORDS)) {
                problem(raw.origin(), TOO_SHORT);
                return;
            }
            if (raw.fromWebPage()) {
                String language = Languages.of(raw.text());
                if (!language.equals(Languages.ENGLISH)) {
                    problem(raw.origin(), "not in English (detected '" + language + "'): skipped");
                    return;
                }
            }
            String firstOrigin = firstOriginById.putIfAbsent(raw.id(), raw.origin());
            if (firstOrigin != null) {
                problem(raw.origin(), "duplicate document id " + raw.id() + " (first seen in " + firstOrigin + ")");
                return;
            }
            String nlpText = Boilerplate.mask(raw.text());
            if (TextLines.isBlank(nlpText)) {
                warning(raw.origin(), "nothing but boilerplate");
            }
            Optional<Manifest.Entry> entry = manifest.get(raw.id());
            LocalDate date = firstNonNull(entry.map(Manifest.Entry::published).orElse(null), raw.date());
            if (date == null) {
                date = Datelines.find(nlpText).orElse(null);
            }
            String source = firstNonNull(entry.map(Manifest.Entry::source).orElse(null), raw.source());
            String title = firstNonNull(entry.map(Manifest.Entry::title).orElse(null), raw.title());
            if (title == null) {
                title = Titles.guess(nlpText, raw.titleFallback());
            }
            documents.accept(new Document(raw.id(), raw.text(), nlpText, date, source, title, raw.origin(),
                    raw.fromWebPage()));
            delivered++;
            LOG.debug("{}: document {} ({} chars, date {})", raw.origin(), raw.id(), raw.text().length(), date);
        }

        /**
         * JSON escapes can still carry controls and unpaired surrogates past the file-level cleaning; ids, titles
         * and sources end up in IRIs and exports just like the text does. Those three are one line each: a quoted
         * CSV cell or a JSON escape may hold a line break, which in a title or an id is only a space.
         */
        private RawArticle withoutUnsafeCharacters(RawArticle raw) {
            UnsafeCharacters.Cleaned text = UnsafeCharacters.clean(raw.text());
            UnsafeCharacters.Cleaned id = UnsafeCharacters.clean(raw.id());
            UnsafeCharacters.Cleaned title = UnsafeCharacters.clean(raw.title());
            UnsafeCharacters.Cleaned source = UnsafeCharacters.clean(raw.source());
            if (text.replaced() + id.replaced() + title.replaced() + source.replaced() > 0) {
                warning(raw.origin(), TextDecoding.CONTROL_CHARACTERS);
            }
            String cleanId = oneLine(id.text());
            String cleanTitle = oneLine(title.text());
            String cleanSource = oneLine(source.text());
            if (text.replaced() == 0 && raw.id().equals(cleanId) && Objects.equals(raw.title(), cleanTitle)
                    && Objects.equals(raw.source(), cleanSource)) {
                return raw;
            }
            return new RawArticle(cleanId == null ? "" : cleanId, text.text(), raw.date(), cleanSource, cleanTitle,
                    raw.origin(), raw.titleFallback(), raw.fromWebPage());
        }

        private void problem(String origin, String reason) {
            LOG.debug("problem: {}: {}", origin, reason);
            problems.add(new IngestProblem(origin, reason));
        }

        private void warning(String origin, String reason) {
            LOG.debug("warning: {}: {}", origin, reason);
            warnings.add(new IngestProblem(origin, reason));
        }

        /** Delivers a file's articles with the manifest that applies to that file. */
        private final class FileSink implements ArticleSink {
            private final Manifest manifest;

            FileSink(Manifest manifest) {
                this.manifest = manifest;
            }

            @Override
            public void article(RawArticle article) {
                accept(article, manifest);
            }

            @Override
            public void problem(String origin, String reason) {
                Run.this.problem(origin, reason);
            }

            @Override
            public void warning(String origin, String reason) {
                Run.this.warning(origin, reason);
            }
        }
    }

    /** The folder a file is in, as the user wrote it, so relative inputs give relative paths in messages. */
    private static Path folderOf(Path file) {
        Path parent = file.getParent();
        return parent != null ? parent : Path.of("");
    }

    private static String ioReason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read: " + e.getMessage();
    }

    /**
     * Whether the text has at least {@code wanted} words: runs of letters or digits, except that in scripts written
     * without spaces (Chinese, Japanese, Thai...) each character counts, so a long article in them is not "short".
     * Stops counting once it has enough.
     */
    static boolean hasWords(String text, int wanted) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < wanted; ) {
            int codePoint = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(codePoint);
            if (wordChar && (!inWord || isWrittenWithoutSpaces(codePoint))) {
                words++;
            }
            inWord = wordChar;
            i += Character.charCount(codePoint);
        }
        return words >= wanted;
    }

    private static boolean isWrittenWithoutSpaces(int codePoint) {
        if (Character.isIdeographic(codePoint)) {
            return true;
        }
        return switch (Character.UnicodeScript.of(codePoint)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        };
    }

    /** The value with its line breaks as spaces and stripped, or null when nothing is left. */
    private static String oneLine(String value) {
        if (value == null) {
            return null;
        }
        String stripped = TextLines.stripAll(value.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
        return stripped.isEmpty() ? null : stripped;
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }
}
