package org.newsgraph.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleCollector;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.ingest.IngestResult;
import org.newsgraph.ingest.web.PageTemplates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's crawl gives back its articles, their copies and nothing else, at the size asked for. */
class BenchCrawlTest {

    @TempDir
    Path temp;

    @Test
    void theCrawlHoldsItsArticlesAmongTheRecordsACrawlSkips() throws Exception {
        List<BenchArticle> articles = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            articles.add(new BenchArticle(CorpusSlice.id("test", i), "politics", "The council met on Monday. "
                    + "Members of the council number " + i + " said the plan for the harbour would be put to a vote. "
                    + "The vote was set for the spring, they said. Officials said talks would go on."));
        }
        Path warc = temp.resolve("crawl.warc.gz");
        BenchCrawl.Contents contents = BenchCrawl.write(articles, warc, 8L << 20);

        assertTrue(Files.size(warc) >= 8L << 20, "padded to the size asked: " + Files.size(warc));
        assertEquals(Files.size(warc), contents.bytes());
        assertEquals(2, contents.copies());
        assertEquals(1, contents.foreign());
        IngestResult read = new ArticleCollector(IngestOptions.defaults()).collect(List.of(warc));
        assertEquals(42, read.documents().size(), () -> read.problems().toString());
        assertEquals(1, read.problems().size(), () -> read.problems().toString());
        assertTrue(read.problems().get(0).message().contains("not in English"), read.problems().toString());
        Document first = read.documents().get(0);
        assertEquals("test-00001", first.id());
        assertEquals(PageTemplates.threeSentenceParagraphs(articles.get(0).text()), first.text());
        assertEquals(contents.records() - contents.skippedRecords(), 42 + 1);
    }
}
