package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.IngestFixtures.collect;
import static org.newsgraph.ingest.IngestFixtures.messages;
import static org.newsgraph.ingest.IngestFixtures.onlyProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts too short to be articles, and characters no later stage or export can carry. */
class ShortAndControlTextTest {

    @TempDir
    Path dir;

    @Test
    void aTextOfFewerThanThreeWordsIsSkippedAsTooShort() throws IOException {
        Path file = Files.writeString(dir.resolve("note.txt"), "  TODO: check\n");
        assertEquals(file + ": too short for an article (fewer than 3 words)", onlyProblem(collect(file), file).message());
    }

    @Test
    void threeWordsAreEnough() throws IOException {
        Path file = Files.writeString(dir.resolve("headline.txt"), "Council vote delayed\n");
        IngestResult result = collect(file);
        assertTrue(result.problems().isEmpty(), () -> messages(result.problems()));
        assertEquals(1, result.documents().size());
    }

    @Test
    void scriptsWrittenWithoutSpacesCountEveryCharacter() throws IOException {
        // One "word" to a whitespace tokenizer, but seven words of Chinese.
        Path file = Files.writeString(dir.resolve("zh.txt"), "\u5b89\u7406\u4f1a\u5426\u51b3\u4e86\u8349\u6848\u3002\n");
        IngestResult result = collect(file);
        assertTrue(result.problems().isEmpty(), () -> messages(result.problems()));
    }

    @Test
    void shortCsvRowsAreSkippedOneByOneAndTheOthersKept() throws IOException {
        Path csv = Files.writeString(dir.resolve("rows.csv"), "id,text\nr1,ok\nr2,The council met today.\nr3,\"n/a\"\n");
        IngestResult result = collect(csv);
        assertEquals(List.of("r2"), IngestFixtures.ids(result));
        assertEquals(List.of(csv + ":1: too short for an article (fewer than 3 words)",
                csv + ":3: too short for an article (fewer than 3 words)"),
                result.problems().stream().map(IngestProblem::message).toList());
    }

    @Test
    void tenThousandTinyFilesAreTenThousandProblemsAndNoDocuments() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "note-%05d.txt", i)), "note " + i + "\n");
        }
        Files.writeString(folder.resolve("real.txt"), "The council met on Monday and agreed the draft.\n");

        IngestResult result = collect(folder);

        assertEquals(List.of("real"), IngestFixtures.ids(result));
        assertEquals(10_000, result.problems().size());
        assertTrue(result.problems().stream().allMatch(p -> p.reason().equals(ArticleCollector.TOO_SHORT)
                && p.origin().startsWith(folder.resolve("note-").toString())));
    }

    @Test
    void controlCharactersInAFileBecomeSpacesOrLineBreaksWithOffsetsKept() throws IOException {
        String text = "Headline\u000Bline two\fpage two: the bell\u0007 rang, \u001B[31mred\u001B[0m, del\u007F and \u0085.\n";
        Path file = Files.write(dir.resolve("controls.txt"), text.getBytes(StandardCharsets.UTF_8));

        IngestResult result = collect(file);

        Document document = result.documents().get(0);
        assertEquals("Headline\nline two\npage two: the bell  rang,  [31mred [0m, del  and  .\n", document.text());
        assertEquals(text.length(), document.text().length());
        assertEquals(List.of(file + ": control characters replaced by spaces"),
                result.warnings().stream().map(IngestProblem::message).toList());
    }

    @Test
    void jsonEscapesCannotSmuggleControlsOrUnpairedSurrogatesIntoAnyField() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("escaped.jsonl"),
                "{\"id\": \"a\\u0000b\", \"title\": \"T\\ud800itle\", \"source\": \"S\\u0007\","
                        + " \"text\": \"Bell \\u0007 and NUL \\u0000 and \\udc00 and \\uffff end.\"}\n");

        IngestResult result = collect(jsonl);

        Document document = result.documents().get(0);
        assertEquals("a b", document.id());
        assertEquals("T\uFFFDitle", document.title());
        assertEquals("S", document.source());
        assertEquals("Bell   and NUL   and \uFFFD and \uFFFD end.", document.text());
        assertEquals(List.of(jsonl + ":1: control characters replaced by spaces"),
                result.warnings().stream().map(IngestProblem::message).toList());
    }

    @Test
    void aFileNameCannotAddLinesToTheReportOrReorderIt() throws IOException {
        Path file = Files.writeString(dir.resolve("two\nlines \u202Eevil\u202C \u0645\u200C\u0646.txt"), "x\n");
        IngestProblem problem = onlyProblem(collect(file), file);
        assertEquals(dir + "/two\\nlines \\u202Eevil\\u202C \u0645\u200C\u0646.txt: too short for an article "
                + "(fewer than 3 words)", problem.message());
    }

    @Test
    void emojiAndOtherPairedSurrogatesAreKept() throws IOException {
        String text = "Crowds cheered \uD83C\uDF89 in \u202Edetsrever\u202C text.\n";
        Path file = Files.writeString(dir.resolve("emoji.txt"), text);
        IngestResult result = collect(file);
        assertEquals(text, result.documents().get(0).text());
        assertTrue(result.warnings().isEmpty(), () -> messages(result.warnings()));
    }
}
