package org.newsgraph.cli;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a build reports skipped inputs when there are many, and the article size limit; no CoreNLP needed. */
class BuildSkippedInputsTest {

    private static final String TOO_SHORT = ": too short for an article (fewer than 3 words)";

    @TempDir
    Path temp;

    @AfterEach
    void quietLogsAgain() {
        ((LoggerContext) LogManager.getContext(false)).reconfigure();
    }

    @Test
    void tenThousandTinyFilesGiveTenLinesACountAndExitOne() throws IOException {
        Path notes = tinyFiles(10_000);

        CliRun run = CliRun.of("build", notes.toString(), "--store", temp.resolve("db").toString(), "--no-cache");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Built 0 documents"), run::toString);
        List<String> lines = run.err().lines().filter(line -> !line.startsWith("Building")).toList();
        assertEquals(12, lines.size(), run::toString);
        for (int i = 0; i < 10; i++) {
            assertEquals(notes.resolve(name(i)) + TOO_SHORT, lines.get(i));
        }
        assertEquals("... and 9990 more" + TOO_SHORT + "; --verbose lists them all", lines.get(10));
        assertEquals("Skipped 10000 inputs.", lines.get(11));
    }

    @Test
    void verboseListsEverySkippedInput() throws IOException {
        Path notes = tinyFiles(25);

        CliRun run = CliRun.of("build", notes.toString(), "--store", temp.resolve("db").toString(), "--no-cache",
                "--verbose");

        assertEquals(1, run.exitCode(), run::toString);
        List<String> skipped = run.err().lines().filter(line -> line.endsWith(TOO_SHORT)).toList();
        assertEquals(25, skipped.size(), run::toString);
        assertTrue(run.err().endsWith("Skipped 25 inputs.\n"), run::toString);
    }

    @Test
    void theArticleSizeLimitIsAnOptionNamedInTheMessage() throws IOException {
        Path article = Files.writeString(temp.resolve("long.txt"), "A sentence of six words here. ".repeat(100));

        CliRun run = CliRun.of("build", article.toString(), "--store", temp.resolve("db").toString(), "--no-cache",
                "--max-article-size", "1KB");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains(article + ": too large (3000 bytes, limit 1024 bytes; --max-article-size sets "
                + "the limit)\n"), run::toString);
    }

    @Test
    void aBadSizeIsAUsageError() {
        CliRun run = CliRun.of("build", "anything.txt", "--store", temp.resolve("db").toString(),
                "--max-article-size", "huge");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--max-article-size needs a size such as 500KB, 5MB or 2000000 (bytes), got "
                + "'huge'"), run::toString);
        assertTrue(Files.notExists(temp.resolve("db")), "nothing is created on a usage error");
    }

    @Test
    void sizesAreReadWithOrWithoutUnits() {
        assertEquals(2_000_000L, BuildCommand.size("2000000", "--x"));
        assertEquals(500L * 1024, BuildCommand.size("500KB", "--x"));
        assertEquals(5L * 1024 * 1024, BuildCommand.size("5 MB", "--x"));
        assertEquals(3L * 1024 * 1024 / 2, BuildCommand.size("1.5m", "--x"));
        assertEquals(1024L * 1024 * 1024, BuildCommand.size("1GiB", "--x"));
    }

    private Path tinyFiles(int count) throws IOException {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        for (int i = 0; i < count; i++) {
            Files.writeString(notes.resolve(name(i)), "note " + i + "\n");
        }
        return notes;
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "note-%05d.txt", i);
    }
}
