package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.CliResult;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.newsgraph.serve.CliResult.run;

/** {@code newsgraph eval} through the real command line, on mini.trig written into a real TDB2 folder. */
class EvalCommandTest {

    @TempDir
    static Path workspace;
    private static Path store;
    private static Path gold;

    @BeforeAll
    static void writeStoreAndFiles() throws IOException {
        store = EvalFixtures.miniStoreFolder(workspace.resolve("db"));
        gold = EvalFixtures.miniGold(workspace.resolve("gold"));
    }

    private static void assumeRegistered() {
        assumeTrue(run("help", "eval").exitCode() == 0, "the eval command is not registered in Main.COMMANDS");
    }

    @Test
    void printsTheTableWithThePairsBesideTheGoldFile() {
        assumeRegistered();
        CliResult run = run("eval", "--gold", gold.toString(), "--store", store.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("overall          27         27       23       23  0.852  0.852  0.852"),
                run.out());
        assertTrue(run.out().contains("Entity pairs (" + gold.resolveSibling("mini.entities.tsv") + "): 8 of 11"),
                run.out());
    }

    @Test
    void printsJsonWithTheReasons() throws IOException {
        assumeRegistered();
        CliResult run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--json", "--explain");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(23, json.path("overall").path("correct").asInt());
        assertEquals(4, json.path("falseFacts").size());
    }

    @Test
    void diagnoseAddsTheTablesOfCausesWithoutListingAnyFact() {
        assumeRegistered();
        CliResult run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--diagnose");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Where the missed gold facts were lost"), run.out());
        assertTrue(run.out().contains("How the false facts stand to the gold"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("opposes\\s+1\\s.*")), run.out());
        assertFalse(run.out().contains("Syldavia opposes"), "a diagnosis counts, it does not list: " + run.out());
    }

    @Test
    void printsMarkdown() {
        assumeRegistered();
        CliResult run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--markdown");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("| predicate | gold |"), run.out());
    }

    @Test
    void aBadGoldFileFailsBeforeTheStoreIsOpenedAndNamesEveryBadLine() {
        assumeRegistered();
        Path bad = EvalFixtures.resource("bad-gold.tsv");
        CliResult run = run("eval", "--gold", bad.toString(), "--store", workspace.resolve("no-store").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("  " + bad + ":14: "), run.err());
        assertTrue(run.err().contains("newsgraph: 11 bad lines in " + bad + "; nothing was evaluated"), run.err());
    }

    @Test
    void aMissingGoldFileIsAFailure() {
        assumeRegistered();
        CliResult run = run("eval", "--gold", workspace.resolve("none.tsv").toString(), "--store", store.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("gold file not found"), run.err());
    }
}
