package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Which files are articles, and how a folder is expanded into them. */
final class ArticleFiles {

    /** The supported input formats. */
    enum Kind {
        /** One article per file; its id is the file name. */
        ARTICLE,
        /** A corpus with a header row, one article per row. */
        CSV,
        /** A corpus with one JSON object per line. */
        JSONL,
        /** A saved web page; its id is the file name. */
        HTML,
        /** A web archive, plain or gzip-compressed: one article per HTML response. */
        WARC;

        static Optional<Kind> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                return Optional.of(WARC);
            }
            return switch (extension(file)) {
                case "txt", "md" -> Optional.of(ARTICLE);
                case "csv" -> Optional.of(CSV);
                case "jsonl", "ndjson" -> Optional.of(JSONL);
                case "html", "htm" -> Optional.of(HTML);
                default -> Optional.empty();
            };
        }
    }

    static final String SUPPORTED = ".txt, .md, .csv, .jsonl, .html, .htm, .warc or .warc.gz";

    private ArticleFiles() {
    }

    /** The file name without its last extension: the id of a one-article file. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The last extension in lower case, or "" when the name has none. */
    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * Every supported file under {@code folder}, recursively, sorted by path so runs are reproducible whatever
     * order the file system lists them in. Hidden files and folders (".git", ".DS_Store") are skipped, as are
     * files of other types (a folder's manifest.tsv, notes, images). Unreadable subfolders go to {@code failures}.
     */
    static List<Path> articlesUnder(Path folder, BiConsumer<Path, IOException> failures) throws IOException {
        List<Path> files = new ArrayList<>();
        // Corpora are often symlinked into place; the walker still stops at link cycles (reported as failures).
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !isHidden(file) && Kind.of(file).isPresent()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                failures.accept(file, e);
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
