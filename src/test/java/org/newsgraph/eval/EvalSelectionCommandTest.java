package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.store.GraphStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void writeStoreAndFiles() throws IOException {
        store = workspace.resolve("db");
        Dataset fixture = EvalFixtures.miniStore();
        Map<String, Model> graphs = Txn.calculateRead(fixture, () -> {
            Map<String, Model> byId = new LinkedHashMap<>();
            for (String id : List.of("m1", "m2", "m3")) {
                Model copy = ModelFactory.createDefaultModel();
                copy.add(fixture.getNamedModel("https://w3id.org/newsgraph/id/doc/" + id));
                byId.put(id, copy);
            }
            return byId;
        });
        fixture.close();
        try (GraphStore writable = GraphStore.openForWriting(store)) {
            writable.replaceDocuments(graphs);
        }
        Path folder = Files.createDirectories(workspace.resolve("gold"));
        gold = Files.copy(EvalFixtures.resource("mini.gold.tsv"), folder.resolve("mini.gold.tsv"));
        Files.copy(EvalFixtures.resource("mini.entities.tsv"), folder.resolve("mini.entities.tsv"));
        String sha = "0".repeat(64);
        Files.writeString(folder.resolve("sources.tsv"), String.join("\t", SourceList.COLUMNS) + "\n"
                + String.join("\t", "m1", "https://example.org/1", "q", "2020-01-02", "Outlet", "dev", sha) + "\n"
                + String.join("\t", "m2", "https://example.org/2", "q", "2020-01-02", "Outlet", "check", sha) + "\n"
                + String.join("\t", "m4", "https://example.org/4", "q", "2020-01-02", "Outlet", "dev", sha) + "\n");
        texts = Files.createDirectories(workspace.resolve("texts"));
        Files.writeString(texts.resolve("m1.txt"), "text");
        Files.writeString(texts.resolve("m2.txt"), "text");
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aGoldDocumentWithoutItsTextIsSkippedNotMissed() {
        Run run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--articles", texts.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("skipped 1 of 3 gold documents whose text is not in " + texts), run.err());
        // m4's one drafted fact is no longer a miss: 26 gold facts, no document missing from the store
        assertTrue(run.out().contains("overall          26         27       23       23"), run.out());
        assertTrue(!run.out().contains("m4"), run.out());
    }

    @Test
    void withoutArticlesAnAbsentDocumentIsStillScoredAsMissing() {
        Run run = run("eval", "--gold", gold.toString(), "--store", store.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("overall          27         27       23       23"), run.out());
        assertTrue(!run.err().contains("skipped"), run.err());
    }

    @Test
    void aPartScoresOnlyItsDocuments() throws IOException {
        Run run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--part", "check",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.path("documents").size(), run.out());
        assertEquals("m2", json.path("documents").path(0).asText());
    }

    @Test
    void aPartNoDocumentIsInFailsInOneLine() {
        Run run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--part", "test");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no gold document of " + gold + " is in part 'test'"), run.err());
    }
}
