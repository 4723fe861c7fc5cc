package org.newsgraph.cli;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newsgraph build} on a folder that mixes every kind of bad input with a few good articles, as a user would
 * run it: one line per bad input naming it and the reason, the good articles built, exit code 1 and a count.
 */
@Tag("corenlp")
class BuildBadInputsTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    static Path temp;

    static Path batch;
    static Path missing;
    static Path store;
    static Path cache;

    @BeforeAll
    static void mixedBatch() throws IOException {
        batch = Files.createDirectories(temp.resolve("batch"));
        store = temp.resolve("db");
        cache = temp.resolve("cache");
        missing = temp.resolve("no-such-article.txt");

        Files.writeString(batch.resolve("good.txt"),
                "Valdoria said on Monday it would veto the resolution drafted by Norland.\n");
        Files.write(batch.resolve("latin1.txt"),
                "Caf\u00e9 owners in Tarvo met the mayor on Tuesday.\n".getBytes(WINDOWS_1252));
        // UTF-8 read as Windows-1252 and saved again as UTF-8, as in the BBC CSV.
        Files.writeString(batch.resolve("mojibake.txt"), new String(
                "The minister\u2019s office said the talks would resume.\n".getBytes(StandardCharsets.UTF_8),
                WINDOWS_1252));
        Files.writeString(batch.resolve("empty.txt"), "");
        Files.write(batch.resolve("photo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        byte[] fiveMegabytes = "word ".repeat(5 * 1024 * 1024 / 5).getBytes(StandardCharsets.US_ASCII);
        Files.write(batch.resolve("huge.txt"), fiveMegabytes);
        for (int i = 0; i < 12; i++) {
            Files.writeString(batch.resolve(String.format(Locale.ROOT, "note-%02d.txt", i)), "note " + i + "\n");
        }
        Files.writeString(batch.resolve("no-text-column.csv"), "id,headline,body\nx1,A headline,A body\n");
        Files.writeString(batch.resolve("rows.csv"), "id,text\n"
                + "csv-good,The envoy of Norland said the vote was postponed.\n"
                + "csv-short\n");
        Files.writeString(batch.resolve("manifest.tsv"), "# id\tpublished\tsource\ttitle\n"
                + "good\t2021-03-04\tExample Wire\tA good article\n"
                + "latin1\t2021-03-05\tonly three columns\n"
                + "mojibake\t2021-02-30\tExample Wire\tImpossible date\n");
        Path sub = Files.createDirectories(batch.resolve("sub"));
        Files.writeString(sub.resolve("good.txt"), "A second file with the same name gives the same id.\n");
    }

    @AfterEach
    void quietLogsAgain() {
        ((LoggerContext) LogManager.getContext(false)).reconfigure();
    }

    private static CliRun build() {
        return CliRun.of("build", batch.toString(), missing.toString(), "--store", store.toString(),
                "--cache", cache.toString(), "--threads", "1");
    }

    @Test
    void everyBadInputIsOneLineTheGoodOnesAreBuiltAndTheExitCodeIsOne() {
        CliRun run = build();

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Built 4 documents (4 annotated, 0 from cache, 0 unchanged)"), run::toString);
        List<String> expected = new ArrayList<>(List.of(
                "warning: " + batch.resolve("latin1.txt") + ": not UTF-8; read as Windows-1252",
                "warning: " + batch.resolve("mojibake.txt")
                        + ": mojibake (UTF-8 read as Windows-1252, e.g. '\u00e2\u20ac\u2122') repaired in 1 place",
                batch.resolve("manifest.tsv") + ":3: expected 4 tab-separated columns (id, published, source, title), "
                        + "found 3",
                batch.resolve("manifest.tsv") + ":4: bad date '2021-02-30' (expected yyyy-mm-dd)",
                batch.resolve("empty.txt") + ": empty file",
                batch.resolve("huge.txt") + ": too large (5.0 MB, limit 2.0 MB; --max-article-size sets the limit)",
                batch.resolve("no-text-column.csv") + ": no 'text' column (columns: id, headline, body)"));
        for (int i = 0; i < 10; i++) {
            expected.add(batch.resolve(String.format(Locale.ROOT, "note-%02d.txt", i))
                    + ": too short for an article (fewer than 3 words)");
        }
        expected.addAll(List.of(
                batch.resolve("photo.txt") + ": binary file, not text",
                batch.resolve("rows.csv") + ":2: no 'text' cell (row has 1 of 2 columns)",
                batch.resolve("sub").resolve("good.txt") + ": duplicate document id good (first seen in "
                        + batch.resolve("good.txt") + ")",
                missing + ": no such file or directory",
                "... and 2 more: too short for an article (fewer than 3 words); --verbose lists them all",
                "Skipped 21 inputs."));
        List<String> lines = Arrays.asList(run.err().split("\n"));
        List<String> problemLines = lines.subList(lines.indexOf(expected.get(0)), lines.size());
        assertEquals(sorted(expected), sorted(problemLines), run::toString);
        assertEquals("Skipped 21 inputs.", lines.get(lines.size() - 1));
        assertFalse(run.err().contains("Exception"), run::toString);

        try (GraphStore built = GraphStore.openForReading(store)) {
            assertEquals(Set.of("good", "latin1", "mojibake", "csv-good"), built.documentIds());
        }

        CliRun again = build();
        assertEquals(1, again.exitCode(), again::toString);
        assertTrue(again.out().startsWith("Built 4 documents (0 annotated, 0 from cache, 4 unchanged)"),
                again::toString);
        assertTrue(again.err().endsWith("Skipped 21 inputs.\n"), again::toString);
        try (GraphStore built = GraphStore.openForReading(store)) {
            assertEquals(Set.of("good", "latin1", "mojibake", "csv-good"), built.documentIds(),
                    "a second run with the same bad inputs loses nothing");
        }
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}
