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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code newsgraph eval} through the real command line, on mini.trig written into a real TDB2 folder. */
class EvalCommandTest {

    @TempDir
    static Path workspace;
    private static Path store;
    private static Path gold;

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
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assumeRegistered() {
        assumeTrue(run("help", "eval").exitCode() == 0, "the eval command is not registered in Main.COMMANDS");
    }

    @Test
    void printsTheTableWithThePairsBesideTheGoldFile() {
        assumeRegistered();
        Run run = run("eval", "--gold", gold.toString(), "--store", store.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("overall          27         27       23       23  0.852  0.852  0.852"),
                run.out());
        assertTrue(run.out().contains("Entity pairs (" + gold.resolveSibling("mini.entities.tsv") + "): 8 of 11"),
                run.out());
    }

    @Test
    void printsJsonWithTheReasons() throws IOException {
        assumeRegistered();
        Run run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--json", "--explain");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(23, json.path("overall").path("correct").asInt());
        assertEquals(4, json.path("falseFacts").size());
    }

    @Test
    void printsMarkdown() {
        assumeRegistered();
        Run run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--markdown");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("| predicate | gold |"), run.out());
    }

    @Test
    void aBadGoldFileFailsBeforeTheStoreIsOpenedAndNamesEveryBadLine() {
        assumeRegistered();
        Path bad = EvalFixtures.resource("bad-gold.tsv");
        Run run = run("eval", "--gold", bad.toString(), "--store", workspace.resolve("no-store").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("  " + bad + ":14: "), run.err());
        assertTrue(run.err().contains("newsgraph: 11 bad lines in " + bad + "; nothing was evaluated"), run.err());
    }

    @Test
    void aMissingGoldFileIsAFailure() {
        assumeRegistered();
        Run run = run("eval", "--gold", workspace.resolve("none.tsv").toString(), "--store", store.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("gold file not found"), run.err());
    }
}
