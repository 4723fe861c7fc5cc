package org.newsgraph.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line of {@code newsgraph bench}: every mistake is caught before anything is started. */
class BenchCommandTest {

    @TempDir
    Path folder;

    private record Run(int exitCode, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingCorpusIsNamed() {
        Run run = run("bench", "--corpus", folder.resolve("nowhere").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("no corpus folder at " + folder.resolve("nowhere")), run.err());
    }

    @Test
    void countsMustBeWholeNumbers() {
        Run run = run("bench", "--corpus", folder.toString(), "--limit", "ten");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--limit needs a whole number of at least 0, got 'ten'"), run.err());
        assertEquals(2, run("bench", "--corpus", folder.toString(), "--threads", "0").exitCode());
    }

    @Test
    void theHeapIsAJavaSize() {
        Run run = run("bench", "--corpus", folder.toString(), "--heap", "lots");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--heap needs a size such as 4g"), run.err());
    }

    @Test
    void benchTakesNoArguments() {
        assertEquals(2, run("bench", "articles/").exitCode());
    }
}
