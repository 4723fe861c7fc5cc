package org.newsgraph.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The warm-up really asks the server for each canned query, and counts what the server could not answer. */
class WarmUpTest {

    @TempDir
    Path temp;

    @Test
    void requestsEveryCannedQueryOnceAndCountsFailures() throws IOException {
        Path queries = Files.createDirectories(temp.resolve("queries"));
        Files.writeString(queries.resolve("documents.rq"),
                "SELECT ?d WHERE { ?d a <https://w3id.org/newsgraph/ontology#Document> }\n");
        Files.writeString(queries.resolve("labels.rq"), "SELECT ?l WHERE { ?x rdfs:label ?l }\n");
        // Parsed only when asked for, so only a request that reached the server can fail on it.
        Files.writeString(queries.resolve("broken.rq"), "SELECT ?l WHERE { ?x rdfs:label \n");
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        try (GraphStore store = GraphStore.openForReading(folder);
             NewsGraphServer server = NewsGraphServer.start(store, new QueryRunner(List.of(queries)),
                     ServeSettings.defaults().withPort(0))) {
            WarmUp.Result result = server.warmUp(Duration.ofMinutes(1));
            assertEquals(3, result.requested(), result.toString());
            assertEquals(1, result.failed(), "the broken query, and only it: " + result);
            assertFalse(result.stoppedEarly(), result.toString());
        }
    }

    @Test
    void stopsSendingOnceTheBudgetIsSpent() throws IOException {
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        try (GraphStore store = GraphStore.openForReading(folder);
             NewsGraphServer server = NewsGraphServer.start(store, QueryRunner.standard(),
                     ServeSettings.defaults().withPort(0))) {
            WarmUp.Result none = server.warmUp(Duration.ZERO);
            assertEquals(0, none.requested(), none.toString());
            assertTrue(none.stoppedEarly(), none.toString());
            WarmUp.Result all = server.warmUp(Duration.ofMinutes(1));
            assertEquals(QueryRunner.standard().availableNames().size(), all.requested(), all.toString());
            assertEquals(0, all.failed(), "every query of queries/ answers on the fixture: " + all);
        }
    }

    @Test
    void anUnreachableServerCountsAsFailedRequests() {
        WarmUp.Result result = WarmUp.run(List.of("http://127.0.0.1:9/newsgraph/q/actors"), Duration.ofSeconds(5),
                Duration.ofMinutes(1));
        assertEquals(new WarmUp.Result(1, 1, result.elapsed(), false), result);
    }
}
