package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.IngestFixtures.collect;
import static org.newsgraph.ingest.IngestFixtures.document;
import static org.newsgraph.ingest.IngestFixtures.fixture;
import static org.newsgraph.ingest.IngestFixtures.ids;
import static org.newsgraph.ingest.IngestFixtures.messages;
import static org.newsgraph.ingest.IngestFixtures.onlyProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and JSONL corpora: one article per row or line. */
class CorpusFilesTest {

    private static final IngestOptions CUSTOM_COLUMNS = IngestOptions.defaults()
            .withTextColumn("body").withIdColumn("key").withDateColumn("published")
            .withTitleColumn("headline").withSourceColumn("outlet");

    @Test
    void csvWithDefaultColumns() {
        Path file = fixture("csv", "articles.csv");
        IngestResult result = collect(file);

        assertTrue(result.problems().isEmpty(), () -> messages(result.problems()));
        assertEquals(List.of("csv-one", "csv-two"), ids(result));
        Document first = result.documents().get(0);
        assertEquals("The council met on Thursday.\nIt discussed the draft, line two.", first.text());
        assertEquals(LocalDate.of(2016, 10, 6), first.date());
        assertEquals("Example Wire", first.source());
        assertEquals("First CSV headline", first.title());
        assertEquals(file + ":1", first.origin());

        Document second = result.documents().get(1);
        assertNull(second.date(), "no date cell and no dateline");
        assertEquals("Members said on Friday that the vote was close.", second.title(), "empty title cell: first sentence");
        assertEquals(file + ":2", second.origin());
    }

    @Test
    void csvWithoutIdOrTitleColumnsNumbersRowsAndTitlesByFirstShortSentence() {
        IngestResult result = collect(fixture("csv", "articles-without-id-and-title.csv"));

        assertEquals(List.of("articles-without-id-and-title-00001", "articles-without-id-and-title-00002"), ids(result));
        assertEquals("Council agrees draft after long talks.", result.documents().get(0).title());
        assertNull(result.documents().get(1).title(), "a first sentence of 200 characters or more is no headline");
    }

    @Test
    void csvWithCustomColumns() {
        IngestResult result = collect(CUSTOM_COLUMNS, fixture("csv", "custom-columns.csv"));

        Document only = document(result, "custom-a");
        assertEquals("The body column holds the text here.", only.text());
        assertEquals(LocalDate.of(2016, 10, 6), only.date());
        assertEquals("Example Radio", only.source());
        assertEquals("Custom headline", only.title());
    }

    @Test
    void csvWithoutTheTextColumnNamesTheColumnItHas() {
        Path file = fixture("csv", "bad-missing-text-column.csv");
        IngestResult result = collect(file);

        assertTrue(result.documents().isEmpty());
        assertEquals(file + ": no 'text' column (columns: id, headline, body)", onlyProblem(result, file).message());
    }

    @Test
    void malformedCsvIsReportedWithItsLineAndEarlierRowsAreKept() {
        Path file = fixture("csv", "bad-malformed.csv");
        IngestResult result = collect(file);

        assertEquals(List.of("good-row"), ids(result));
        String message = onlyProblem(result, file).message();
        assertTrue(message.startsWith(file + ": line 3: malformed CSV"), message);
    }

    @Test
    void csvRowsWithEmptyTextAreProblemsOfTheirOwn() {
        Path file = fixture("csv", "bad-empty-text-cell.csv");
        IngestResult result = collect(file);

        assertEquals(List.of("has-text", "also-has-text"), ids(result));
        assertEquals(List.of(file + ":2: empty text in column 'text'", file + ":3: empty text in column 'text'"),
                result.problems().stream().map(IngestProblem::message).toList());
    }

    @Test
    void jsonlWithDefaultFields() {
        Path file = fixture("jsonl", "articles.jsonl");
        IngestResult result = collect(file);

        assertTrue(result.problems().isEmpty(), () -> messages(result.problems()));
        assertEquals(List.of("json-one", "articles-00003"), ids(result), "default id from the line number");
        Document first = result.documents().get(0);
        assertEquals("The council met on Sunday.\nA second line.", first.text());
        assertEquals(LocalDate.of(2016, 12, 18), first.date());
        assertEquals("Example Wire", first.source());
        assertEquals("First JSON headline", first.title());
        assertEquals(file + ":1", first.origin());
        assertTrue(result.warnings().isEmpty(), () -> messages(result.warnings()));
        assertEquals(LocalDate.of(2016, 12, 18), result.documents().get(1).date(), "a date stored as a number");
        assertEquals("No id here.", result.documents().get(1).title());
        assertEquals(file + ":3", result.documents().get(1).origin());
    }

    @Test
    void jsonlWithCustomFields() {
        IngestResult result = collect(CUSTOM_COLUMNS, fixture("jsonl", "custom-fields.jsonl"));

        Document only = document(result, "42");
        assertEquals(LocalDate.of(2016, 10, 7), only.date());
        assertEquals("Example Radio", only.source());
        assertEquals("Custom JSON headline", only.title());
    }

    @Test
    void badJsonlLinesAreReportedOneByOneAndTheRestIsRead() {
        Path file = fixture("jsonl", "bad-lines.jsonl");
        IngestResult result = collect(file);

        assertEquals(List.of("ok-first", "ok-last"), ids(result));
        List<String> messages = result.problems().stream().map(IngestProblem::message).toList();
        assertEquals(4, messages.size(), () -> String.join("\n", messages));
        assertTrue(messages.get(0).startsWith(file + ":2: invalid JSON"), messages.get(0));
        assertEquals(file + ":3: no 'text' field", messages.get(1));
        assertEquals(file + ":4: not a JSON object", messages.get(2));
        assertEquals(file + ":5: 'text' field is not a string", messages.get(3));
    }

    @Test
    void unreadableDateCellIsAWarningAndTheDatelineIsUsedInstead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("corpus.csv"),
                "id,date,text\nx,13/12/2016,\"6 October 2016\nThe text of the article.\"\n");
        IngestResult result = collect(file);

        assertEquals(LocalDate.of(2016, 10, 6), document(result, "x").date());
        assertEquals(List.of(file + ":1: unreadable date '13/12/2016' in column 'date'; using the dateline, if any"),
                result.warnings().stream().map(IngestProblem::message).toList());
    }
}
