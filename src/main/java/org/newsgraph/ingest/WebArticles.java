package org.newsgraph.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.web.WarcRecords;
import org.newsgraph.ingest.web.WebPage;
import org.newsgraph.ingest.web.WebPages;

/**
 * Web pages as articles: saved {@code .html} files (the id is the file name) and the HTML responses of WARC
 * archives (the id comes from the URL). Title, date and publisher come from the page's own metadata; a page's text
 * is what {@link WebPages} finds of the article in it.
 */
final class WebArticles {

    /**
     * The largest page read. Pages carry far more markup than text (the 2,225 BBC articles in the templates average
     * a fifth of their bytes as text), and real ones inline scripts and styles; the article text itself is still held
     * to {@link IngestOptions#maxBytes()}.
     */
    static final long MAX_PAGE_BYTES = 16L * 1024 * 1024;

    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern PAGE_EXTENSION = Pattern.compile("(?i)\\.(s?html?|php|aspx?|jsp|cms)$");
    private static final Pattern UNSAFE_ID_CHARACTERS = Pattern.compile("[^\\p{L}\\p{N}._-]+");

    private WebArticles() {
    }

    static void readHtml(Path file, byte[] html, IngestOptions options, ArticleSink sink) {
        String origin = file.toString();
        WebPage page = WebPages.read(html, null, null);
        LocalDate date = date(page.published(), origin, sink);
        emit(ArticleFiles.baseName(file), page, date, page.publisher(), origin, options, sink);
    }

    /**
     * A CSV/JSONL cell holding a whole page ({@code --html-text}): the record's own columns come before the
     * page's metadata, as a manifest does for files.
     */
    static void readHtmlCell(RecordFields.Cells cells, String origin, String id, LocalDate columnDate,
                             IngestOptions options, ArticleSink sink) {
        WebPage page = WebPages.read(cells.text(), null);
        LocalDate date = columnDate != null ? columnDate : date(page.published(), origin, sink);
        String source = cells.source() == null || cells.source().isBlank() ? page.publisher() : cells.source().strip();
        WebPage titled = cells.title() == null || cells.title().isBlank() ? page : new WebPage(page.text(),
                cells.title().strip(), page.published(), page.author(), page.canonicalUrl(), page.publisher());
        emit(id, titled, date, source, origin, options, sink);
    }

    /**
     * Streams the archive; pages become articles as they are read, so the file is never held whole. Finding the
     * article in a page is the costly part of reading a WARC, so pages are read on all processors, at most
     * {@link #PAGES_AHEAD} per processor at a time, and delivered in the archive's order.
     */
    static void readWarc(Path file, IngestOptions options, ArticleSink sink) throws IOException {
        String origin = file.toString();
        Set<String> ids = new HashSet<>();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService readers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "warc-page-reader");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Runnable>> pending = new ArrayDeque<>();
        try {
            WarcRecords.Counts counts = WarcRecords.read(file, MAX_PAGE_BYTES, new WarcRecords.Visitor() {
                @Override
                public void page(String url, Instant warcDate, byte[] html, String charset, String record) {
                    String where = origin + ": record " + record + " (" + url + ")";
                    String id = uniqueId(url, ids);
                    pending.add(readers.submit(() -> readPage(html, charset, url, warcDate, id, where, options,
                            sink)));
                    while (pending.size() > PAGES_AHEAD * threads) {
                        deliver(pending.poll());
                    }
                }

                @Override
                public void problem(String where, String reason) {
                    sink.problem(origin + ": " + where, reason);
                }
            });
            while (!pending.isEmpty()) {
                deliver(pending.poll());
            }
            if (counts.pages == 0) {
                sink.warning(origin, "no HTML responses with status 200 (" + counts.skipped + " other records)");
            }
        } finally {
            readers.shutdownNow();
        }
    }

    private static final int PAGES_AHEAD = 4;

    /** Reads the page on a worker; what it gives is delivered to the sink later, on the reading thread. */
    private static Runnable readPage(byte[] html, String charset, String url, Instant warcDate, String id,
                                     String where, IngestOptions options, ArticleSink sink) {
        WebPage page;
        try {
            page = WebPages.read(html, charset, url);
        } catch (RuntimeException | StackOverflowError e) {
            // A page nested deeper than the parser's stack is one bad page, not a bad archive.
            return () -> sink.problem(where, "unreadable page: " + e);
        }
        List<String> warnings = new ArrayList<>();
        LocalDate date = date(page.published(), where, new ArticleSink() {
            @Override
            public void article(RawArticle article) {
            }

            @Override
            public void problem(String origin, String reason) {
                warnings.add(reason);
            }

            @Override
            public void warning(String origin, String reason) {
                warnings.add(reason);
            }
        });
        LocalDate dated = date == null && warcDate != null ? LocalDate.ofInstant(warcDate, ZoneOffset.UTC) : date;
        return () -> {
            warnings.forEach(reason -> sink.warning(where, reason));
            emit(id, page, dated, url, where, options, sink);
        };
    }

    private static void deliver(Future<Runnable> next) {
        try {
            next.get().run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("page reader failed", e.getCause());
        }
    }

    private static void emit(String id, WebPage page, LocalDate date, String source, String origin,
                             IngestOptions options, ArticleSink sink) {
        if (page.text().isBlank()) {
            sink.problem(origin, "no article text in the page");
            return;
        }
        long bytes = page.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > options.maxBytes()) {
            sink.problem(origin, TextDecoding.articleTooLarge(bytes, options.maxBytes()));
            return;
        }
        // Pages carry mojibake as often as text files do (a CMS that once misread its own UTF-8).
        Mojibake.Repair repair = Mojibake.repair(page.text());
        if (repair.sequences() > 0) {
            sink.warning(origin, "mojibake repaired in " + repair.sequences() + " places");
        }
        sink.article(new RawArticle(id, repair.text(), date, source, page.title(), origin,
                Titles.Fallback.FIRST_LINE, true));
    }

    /** The page's date: ISO 8601 as JSON-LD and OpenGraph write it, else any form a dateline may take. */
    static LocalDate date(String published, String origin, ArticleSink sink) {
        if (published == null) {
            return null;
        }
        Matcher iso = ISO_DAY.matcher(published);
        if (iso.find()) {
            try {
                return LocalDate.parse(iso.group(1));
            } catch (java.time.format.DateTimeParseException e) {
                // falls through to the dateline forms
            }
        }
        LocalDate date = Datelines.parseCell(published).orElse(null);
        if (date == null) {
            sink.warning(origin, "unreadable publication date '" + published + "' in the page; using the dateline,"
                    + " if any");
        }
        return date;
    }

    /**
     * The last segment of the URL's path without a page extension ({@code .../2016/12/18/un-vote.html} gives
     * {@code un-vote}), else the host; a second page with the same id in one archive gets a hash of its URL added.
     */
    static String uniqueId(String url, Set<String> taken) {
        String id = idFromUrl(url);
        if (!taken.add(id)) {
            id = id + "-" + org.newsgraph.nlp.AnnotationCache.sha256(url).substring(0, 8);
            taken.add(id);
        }
        return id;
    }

    static String idFromUrl(String url) {
        String host = "page";
        String last = "";
        try {
            URI uri = new URI(url);
            host = uri.getHost() == null ? host : uri.getHost();
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            for (String segment : path.split("/")) {
                if (!segment.isBlank()) {
                    last = URLDecoder.decode(segment, StandardCharsets.UTF_8);
                }
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            last = url;
        }
        String id = PAGE_EXTENSION.matcher(last).replaceFirst("");
        if (id.isBlank() || id.toLowerCase(Locale.ROOT).equals("index")) {
            id = host;
        }
        return UNSAFE_ID_CHARACTERS.matcher(id).replaceAll("-");
    }
}
