package org.newsgraph.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.build.CrawlArchive;
import org.newsgraph.store.GraphStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A crawl larger than the heap of the JVM that builds it: most of it is what a crawl holds beside articles (photos,
 * scripts, stylesheets, redirects, 404s), which the build reads past, and its hundreds of articles are built while at
 * most two windows and a batch of them are held at once. Articles are annotated with tokens and sentences only, so
 * the test is about holding, not about CoreNLP's speed. (Articles whose texts alone exceed the heap cannot be
 * tested this way in reasonable time: the language detector's profiles take 66 MB of any heap, and tokenizing more
 * than the rest takes minutes on a shared machine.)
 */
class WarcBoundedMemoryTest {

    private static final String HEAP = "128m";
    private static final long HEAP_BYTES = 128L << 20;
    private static final int ARTICLES = 600;
    private static final int WINDOW = 8;
    private static final int BATCH = 2;

    @TempDir
    Path temp;

    @Test
    void aCrawlLargerThanTheHeapIsBuiltHoldingAFewDocumentsAtOnce() throws Exception {
        Path warc = temp.resolve("crawl.warc.gz");
        try (CrawlArchive crawl = new CrawlArchive(warc, 15)) {
            for (int i = 0; i < ARTICLES; i++) {
                crawl.article("https://news.example.test/2031/03/report-" + i, "Report " + i, crawl.text(6000),
                        LocalDate.of(2031, 3, 1 + i % 28));
                crawl.furniture("https://news.example.test", 300_000);
            }
        }
        assertTrue(Files.size(warc) > HEAP_BYTES, "the archive must exceed the child's heap: " + Files.size(warc));

        Path store = temp.resolve("db");
        ChildJvm.Result result = ChildJvm.start(temp, HEAP, Map.of(), TokenizingBuild.class,
                List.of(store.toString(), Integer.toString(WINDOW), "2000000", Integer.toString(BATCH),
                        warc.toString())).await(900);

        assertFalse(result.err().contains("OutOfMemoryError"), result.toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("documents=" + ARTICLES + " annotated=" + ARTICLES
                + " unchanged=0 problems=0"), result.toString());
        Matcher held = Pattern.compile("held=(\\d+)").matcher(result.out());
        assertTrue(held.find(), result.toString());
        assertTrue(Integer.parseInt(held.group(1)) <= 2 * WINDOW + BATCH, result.toString());
        try (GraphStore reading = GraphStore.openForReading(store)) {
            assertEquals(ARTICLES, reading.contentHashes().size());
        }
    }
}
