package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.CliResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.serve.CliResult.run;

/**
 * {@code newsgraph eval --articles DIR} and {@code --part NAME} through the real command line, on mini.trig in a real
 * TDB2 folder: a set whose texts are re-collected is scored on the articles at hand, and by part.
 */
class EvalSelectionCommandTest {

    @TempDir
    static Path workspace;
    private static Path store;
    private static Path gold;
    private static Path texts;

    @BeforeAll
    static void writeStoreAndFiles() throws IOException {
        store = EvalFixtures.miniStoreFolder(workspace.resolve("db"));
        Path folder = workspace.resolve("gold");
        gold = EvalFixtures.miniGold(folder);
        String sha = "0".repeat(64);
        Files.writeString(folder.resolve("sources.tsv"), String.join("\t", SourceList.COLUMNS) + "\n"
                + String.join("\t", "m1", "https://example.org/1", "q", "2020-01-02", "Outlet", "dev", sha) + "\n"
                + String.join("\t", "m2", "https://example.org/2", "q", "2020-01-02", "Outlet", "check", sha) + "\n"
                + String.join("\t", "m4", "https://example.org/4", "q", "2020-01-02", "Outlet", "dev", sha) + "\n");
        texts = Files.createDirectories(workspace.resolve("texts"));
        Files.writeString(texts.resolve("m1.txt"), "text");
        Files.writeString(texts.resolve("m2.txt"), "text");
    }

    @Test
    void aGoldDocumentWithoutItsTextIsSkippedNotMissed() {
        CliResult run = run("eval", "--gold", gold.toString(), "--store", store.toString(),
                "--articles", texts.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("skipped 1 of 3 gold documents whose text is not in " + texts), run.err());
        // m4's one drafted fact is no longer a miss: 26 gold facts, no document missing from the store
        assertTrue(run.out().contains("overall          26         27       23       23"), run.out());
        assertTrue(!run.out().contains("m4"), run.out());
    }

    @Test
    void withoutArticlesAnAbsentDocumentIsStillScoredAsMissing() {
        CliResult run = run("eval", "--gold", gold.toString(), "--store", store.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("overall          27         27       23       23"), run.out());
        assertTrue(!run.err().contains("skipped"), run.err());
    }

    @Test
    void aPartScoresOnlyItsDocuments() throws IOException {
        CliResult run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--part", "check",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.path("documents").size(), run.out());
        assertEquals("m2", json.path("documents").path(0).asText());
    }

    @Test
    void aPartNoDocumentIsInFailsInOneLine() {
        CliResult run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--part", "test");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no gold document of " + gold + " is in part 'test'"), run.err());
    }
}
