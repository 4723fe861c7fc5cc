package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.IngestFixtures.collect;
import static org.newsgraph.ingest.IngestFixtures.fixture;
import static org.newsgraph.ingest.IngestFixtures.ids;
import static org.newsgraph.ingest.IngestFixtures.messages;
import static org.newsgraph.ingest.IngestFixtures.onlyProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs that are not clean UTF-8 articles: each yields one clear line, and never an exception. */
class BadInputTest {

    @TempDir
    Path dir;

    static Stream<Arguments> unusableFixtures() {
        return Stream.of(
                Arguments.of(fixture("bad", "no-such-article.txt"), "no such file or directory"),
                Arguments.of(fixture("no-such-folder"), "no such file or directory"),
                Arguments.of(fixture("bad", "bad-empty.txt"), "empty file"),
                Arguments.of(fixture("bad", "bad-whitespace-only.txt"), "empty file"),
                Arguments.of(fixture("bad", "bad-unsupported.docx"),
                        "unsupported file type '.docx', expected .txt, .md, .csv, .jsonl, .html, .htm, .warc or .warc.gz"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @MethodSource("unusableFixtures")
    void unusableInputIsOneProblemNamingTheFile(Path input, String reason) {
        IngestResult result = collect(input);

        assertTrue(result.documents().isEmpty());
        assertEquals(input + ": " + reason, onlyProblem(result, input).message());
    }

    @Test
    void fileWithNulBytesIsBinary() throws IOException {
        Path file = Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, 'x'});
        assertEquals(file + ": binary file, not text", onlyProblem(collect(file), file).message());
    }

    @Test
    void fileFullOfControlCharactersIsBinary() throws IOException {
        byte[] bytes = "mostly text but not quite".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i += 4) {
            bytes[i] = 0x1B;
        }
        Path file = Files.write(dir.resolve("terminal-capture.txt"), bytes);
        assertEquals(file + ": binary file, not text", onlyProblem(collect(file), file).message());
    }

    @Test
    void tooLargeFileIsRefusedWithSizeAndLimit() throws IOException {
        byte[] fiveMegabytes = new byte[5 * 1024 * 1024];
        Arrays.fill(fiveMegabytes, (byte) 'a');
        Path file = Files.write(dir.resolve("huge.txt"), fiveMegabytes);

        IngestResult result = collect(file);

        assertEquals(file + ": too large (5.0 MB, limit 2.0 MB; --max-article-size sets the limit)",
                onlyProblem(result, file).message());
    }

    @Test
    void aCorpusFileTooLargeToDecodeInMemoryIsRefusedUnread() throws IOException {
        Path file = dir.resolve("wire.csv");
        // Sparse: the size is what counts, and the file is refused before a byte of it is read.
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ArticleCollector.MAX_CORPUS_FILE_BYTES + 1024 * 1024);
        }
        assertEquals(file + ": too large (257.0 MB, limit 256.0 MB); split it into smaller files",
                onlyProblem(collect(file), file).message());
    }

    @Test
    void latin1FileIsReadAsWindows1252WithAWarning() throws IOException {
        byte[] latin1 = "Caf\u00e9 owners in S\u00e3o Paulo paid \u00a312 \u2013 reportedly.\n"
                .getBytes(Mojibake.WINDOWS_1252);
        Path file = Files.write(dir.resolve("latin1.txt"), latin1);

        IngestResult result = collect(file);

        assertTrue(result.problems().isEmpty(), () -> messages(result.problems()));
        assertEquals("Caf\u00e9 owners in S\u00e3o Paulo paid \u00a312 \u2013 reportedly.\n",
                result.documents().get(0).text());
        assertEquals(List.of(file + ": not UTF-8; read as Windows-1252"),
                result.warnings().stream().map(IngestProblem::message).toList());
    }

    @Test
    void mojibakeIsRepairedWithAWarning() {
        Path file = fixture("bad", "bad-mojibake.txt");
        IngestResult result = collect(file);

        Document document = result.documents().get(0);
        assertEquals("The minister\u2019s caf\u00e9 bill came to \u00a312, she said: \u201cnot much\u201d.\n"
                + "A second line is plain ASCII.\n", document.text());
        assertEquals(1, result.warnings().size(), () -> messages(result.warnings()));
        String warning = result.warnings().get(0).message();
        assertTrue(warning.startsWith(file + ": mojibake"), warning);
        assertTrue(warning.endsWith("repaired in 5 places"), warning);
    }

    @Test
    void mojibakeRepairLeavesCorrectTextAlone() {
        String correct = "Z\u00dcRICH\u2019S caf\u00e9s \u2013 \u201cquoted\u201d \u00a312 na\u00efve \u00c5ngstr\u00f6m";
        assertEquals(0, Mojibake.countMarkers(correct));
        assertEquals(correct, Mojibake.repair(correct).text());
    }

    @Test
    void doubleEncodedMojibakeIsRepairedInFull() {
        assertEquals("it\u2019s", Mojibake.repair("it\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s").text());
    }

    @Test
    void byteOrderMarkIsStrippedAndLineEndingsBecomeLf() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Headline\r\n\r\nFirst line.\rOld Mac line.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Path file = Files.write(dir.resolve("windows.txt"), bytes);

        IngestResult result = collect(file);

        Document document = result.documents().get(0);
        assertEquals("Headline\n\nFirst line.\nOld Mac line.\n", document.text());
        assertEquals("Headline", document.title());
        assertTrue(result.warnings().isEmpty(), () -> messages(result.warnings()));
    }

    @Test
    void utf16WithByteOrderMarkIsText() throws IOException {
        Path file = Files.write(dir.resolve("utf16.txt"), "Headline\nThe body follows.\n".getBytes(StandardCharsets.UTF_16));
        assertEquals("Headline\nThe body follows.\n", collect(file).documents().get(0).text());
    }

    @Test
    void duplicateIdIsReportedAndTheLaterDocumentSkipped() {
        Path duplicates = fixture("duplicates");
        IngestResult result = collect(duplicates);

        assertEquals(List.of("same-id"), ids(result));
        assertEquals("First copy of the article.\n", result.documents().get(0).text());
        Path later = duplicates.resolve(Path.of("two", "same-id.txt"));
        assertEquals(later + ": duplicate document id same-id (first seen in "
                + duplicates.resolve(Path.of("one", "same-id.txt")) + ")", onlyProblem(result, later).message());
    }

    @Test
    void badInputsDoNotStopTheGoodOnes() {
        IngestResult result = collect(fixture("bad", "bad-empty.txt"), fixture("bad"), fixture("folder", "beta.md"));

        assertEquals(List.of("bad-mojibake", "beta"), ids(result));
        assertEquals(3, result.problems().size(), () -> messages(result.problems()));
    }
}
