package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.serve.CliResult;
import org.newsgraph.serve.ServeFixtures;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line of {@code newsgraph bench}: every mistake is caught before anything is started. */
class BenchCommandTest {

    @TempDir
    Path folder;

    /**
     * The query benchmark for real, on a small store: every canned query is timed in fresh JVMs and through a
     * server that the benchmark starts and stops.
     */
    @Test
    void queriesOnAStoreAreTimedFromTheCommandLineAndFromAServer() throws IOException {
        Path store = ServeFixtures.storeWithTwoDocuments(folder.resolve("db"));
        Path json = folder.resolve("queries.json");
        CliResult run = CliResult.run("bench", "--queries", store.toString(), "--heap", "768m", "--json",
                json.toString());
        assertEquals(0, run.exitCode(), run.toString());
        List<String> canned = QueryRunner.standard().availableNames();
        BenchResults.QueryResults results = new ObjectMapper().readValue(json.toFile(),
                BenchResults.QueryResults.class);
        assertEquals(2, results.documents());
        assertEquals(canned, results.queries().stream().map(QueryLatency::name).toList());
        for (QueryLatency query : results.queries()) {
            assertTrue(query.firstMillis() > 0 && query.medianMillis() > 0 && query.commandSeconds() > 0
                    && query.serverFirstMillis() > 0 && query.serverMedianMillis() > 0, query.toString());
            assertTrue(run.out().contains("\n" + query.name() + " "), run.out());
        }
        assertEquals(4, results.searches().size(), results.toString());
        for (QueryLatency search : results.searches()) {
            assertTrue(search.name().startsWith("search ") && search.firstMillis() > 0 && search.medianMillis() > 0
                    && search.commandSeconds() > 0, search.toString());
        }
        assertTrue(run.out().contains("Slowest warm search"), run.out());
        assertEquals(2, results.queries().stream().filter(q -> q.name().equals("opposition")).findFirst()
                .orElseThrow().rows(), "the fixture opposes in both documents");
        assertTrue(results.serverReadySeconds() > results.serverWarmUpSeconds() && results.serverWarmUpSeconds() > 0,
                results.toString());
        assertTrue(run.out().contains("Slowest answer from the running server: "), run.out());
        assertFalse(Files.exists(store.resolve("newsgraph-holder.json")), "the benchmark's server was stopped");
        try (GraphStore reopened = GraphStore.open(store, GraphStore.Access.UPDATE)) {
            assertEquals(2, reopened.documentIds().size(), "and the store released");
        }
    }

    @Test
    void queriesNeedAStore() {
        CliResult run = CliResult.run("bench", "--queries", folder.resolve("nowhere").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("newsgraph: no store at " + folder.resolve("nowhere") + "; run 'newsgraph build' first\n",
                run.err());
    }

    @Test
    void aMissingCorpusIsNamed() {
        CliResult run = CliResult.run("bench", "--corpus", folder.resolve("nowhere").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("no corpus folder at " + folder.resolve("nowhere")), run.err());
    }

    @Test
    void countsMustBeWholeNumbers() {
        CliResult run = CliResult.run("bench", "--corpus", folder.toString(), "--limit", "ten");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--limit needs a whole number of at least 0, got 'ten'"), run.err());
        assertEquals(2, CliResult.run("bench", "--corpus", folder.toString(), "--threads", "0").exitCode());
    }

    @Test
    void theHeapIsAJavaSize() {
        CliResult run = CliResult.run("bench", "--corpus", folder.toString(), "--heap", "lots");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--heap needs a size such as 4g"), run.err());
    }

    @Test
    void benchTakesNoArguments() {
        assertEquals(2, CliResult.run("bench", "articles/").exitCode());
    }
}
