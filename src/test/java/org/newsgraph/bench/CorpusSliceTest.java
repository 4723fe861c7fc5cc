package org.newsgraph.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleCollector;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.IngestOptions;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusSliceTest {

    @TempDir
    Path folder;

    private void corpus() throws IOException {
        Files.writeString(folder.resolve("train.csv"), """
                text,category
                "Blair backs plan, says ""yes"" The prime minister said.",politics
                Chelsea win again The club won.,sport
                Brown speaks The chancellor spoke.,politics
                """);
        Files.writeString(folder.resolve("test.csv"), """
                text,category
                Howard attacks The Tory leader attacked.,politics
                """);
        Files.writeString(folder.resolve("val.csv"), """
                text,category
                Shares fall Markets fell.,business
                """);
    }

    @Test
    void aCategoryIsTakenInFileAndRowOrderWithIdsLikeNewsgraphsCsvReader() throws IOException {
        corpus();
        List<BenchArticle> politics = CorpusSlice.read(folder, "politics", 0);
        assertEquals(List.of("train-00001", "train-00003", "test-00001"),
                politics.stream().map(BenchArticle::id).toList());
        assertEquals("Blair backs plan, says \"yes\" The prime minister said.", politics.get(0).text());
    }

    @Test
    void theLimitKeepsTheFirstArticles() throws IOException {
        corpus();
        assertEquals(List.of("train-00001", "train-00003"),
                CorpusSlice.read(folder, "politics", 2).stream().map(BenchArticle::id).toList());
    }

    @Test
    void allTakesEveryCategoryAndCategoriesIgnoreCase() throws IOException {
        corpus();
        assertEquals(5, CorpusSlice.read(folder, CorpusSlice.ALL, 0).size());
        assertEquals(3, CorpusSlice.read(folder, "Politics", 0).size());
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        corpus();
        Files.delete(folder.resolve("val.csv"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorpusSlice.read(folder, "politics", 0));
        assertTrue(e.getMessage().contains("val.csv"), e.getMessage());
    }

    @Test
    void theWrittenCsvIsReadByNewsgraphWithTheSameIdsAndTexts() throws IOException {
        List<BenchArticle> articles = CorpusSlice.parse(new StringReader("""
                text,category
                "Line one, with a comma",politics
                Plain text here.,politics
                """), "train", "politics");
        Path csv = folder.resolve("slice.csv");
        CorpusSlice.writeCsv(articles, csv);
        List<Document> documents = new ArticleCollector(IngestOptions.defaults()).collect(List.of(csv)).documents();
        assertEquals(List.of("train-00001", "train-00002"), documents.stream().map(Document::id).toList());
        assertEquals("Line one, with a comma", documents.get(0).text());
    }

    @Test
    void textFilesAreNamedByIdForCoreNlp() throws IOException {
        List<Path> files = CorpusSlice.writeTextFiles(List.of(new BenchArticle("test-00004", "politics", "Text.")),
                folder.resolve("texts"));
        assertEquals(folder.resolve("texts").resolve("test-00004.txt"), files.get(0));
        assertEquals("Text.", Files.readString(files.get(0)));
    }
}
