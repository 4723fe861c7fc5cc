package org.newsgraph.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newsgraph bench-serve}, bounded to a few clients and seconds, against real servers on loopback over the
 * fixture store. Counts and errors are checked; timings are printed for people, never asserted.
 */
class LoadTestCommandTest {

    /** A table row: label, requests, errors, then the figures. */
    private static final Pattern ROW = Pattern.compile("(?m)^(q/\\S+|sparql \\S+|all)\\s+(\\d+)\\s+(\\d+)\\s+\\d");

    @TempDir
    Path temp;

    @Test
    void everyCannedQueryIsAskedBothWaysWithoutErrorsWhileHostileClientsAttack() {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        CliResult run = CliResult.run("bench-serve", "--store", store.toString(), "--clients", "16", "--duration",
                "4", "--hostile", "6");
        assertEquals(0, run.exitCode(), run.toString());
        Map<String, long[]> rows = rows(run.out());
        List<String> names = QueryRunner.standard().availableNames();
        assertTrue(names.size() >= 5, "the project's canned queries: " + names);
        for (String name : names) {
            for (String label : List.of("q/" + name, "sparql " + name)) {
                long[] counts = rows.get(label);
                assertTrue(counts != null && counts[0] > 0, label + " was asked:\n" + run.out());
                assertEquals(0, counts[1], label + " had errors:\n" + run.out());
            }
        }
        assertEquals(2 * names.size() + 1, rows.size(), "one row per request kind and the total:\n" + run.out());
        long total = rows.entrySet().stream().filter(entry -> !entry.getKey().equals("all"))
                .mapToLong(entry -> entry.getValue()[0]).sum();
        assertEquals(total, rows.get("all")[0]);
        assertEquals(0, rows.get("all")[1]);
        assertTrue(run.out().startsWith("Load test of " + store + " (2 documents)"), run.out());
        assertTrue(run.out().contains(" requests/s, p99 "), run.out());
        assertTrue(run.out().contains(" ms per request (server and clients)"), run.out());
        assertTrue(run.out().contains("Hostile clients (6), answers by attack:"), run.out());
        assertTrue(hostileLine(run.out(), "huge-body").contains("413"), run.out());
        assertTrue(hostileLine(run.out(), "deep-nesting").contains("400"), run.out());
        assertTrue(hostileLine(run.out(), "regex-bomb").contains("503"), run.out());
        assertTrue(run.out().contains("Peak resident memory of this process (server and clients): "), run.out());
        try (GraphStore reopened = GraphStore.open(store, GraphStore.Access.UPDATE)) {
            assertEquals(2, reopened.documentIds().size(), "the store was released");
        }
    }

    @Test
    void failedRequestsAreCountedAndFailTheCommand() throws IOException {
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        Path queries = Files.createDirectories(temp.resolve("queries"));
        Files.writeString(queries.resolve("quick.rq"), "# Answers at once.\nASK { ?s ?p ?o }");
        // Four joined patterns over 114 triples (168 million rows): far more than the server's 2 s allow, while the
        // quick query stays far within them even on a machine busy with other work.
        Files.writeString(queries.resolve("runaway.rq"), "# Never finishes in time.\n"
                + "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        try (GraphStore store = GraphStore.openForReading(folder);
             NewsGraphServer server = NewsGraphServer.start(store, new QueryRunner(List.of(queries)),
                     ServeSettings.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(2)))) {
            CliResult run = CliResult.run("bench-serve", "--url", server.urls().dataset(), "--clients", "2",
                    "--duration", "1", "--hostile", "0");
            assertEquals(1, run.exitCode(), run.toString());
            Map<String, long[]> rows = rows(run.out());
            assertEquals(0, rows.get("q/quick")[1], run.out());
            long[] runaway = rows.get("q/runaway");
            assertTrue(runaway[0] > 0 && runaway[1] == runaway[0], "every runaway request failed:\n" + run.out());
            assertTrue(run.out().contains("error: q/runaway: 503 query 'runaway' ran longer than the server "
                    + "allows"), run.out());
            long errors = rows.get("all")[1];
            assertEquals("newsgraph: " + errors + " of " + rows.get("all")[0] + " requests failed, and 1 of the "
                    + "first pass; the first are listed above\n", run.err());
            assertEquals(Boolean.FALSE, store.dataset().getContext().get(org.apache.jena.query.ARQ.httpServiceAllowed),
                    "the server is still up and configured");
            assertEquals(200, Http.get(server.urls().ping()).statusCode());
        }
    }

    @Test
    void unreachableServersAndWrongOptionsAreOneLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CliResult refused = CliResult.run("bench-serve", "--url", "http://127.0.0.1:" + closedPort, "--duration",
                "1");
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().startsWith("newsgraph: cannot reach http://127.0.0.1:" + closedPort
                + "/newsgraph/q/: ConnectException"), refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());

        assertEquals(2, CliResult.run("bench-serve", "--url", "ftp://example.org").exitCode());
        assertEquals(2, CliResult.run("bench-serve", "--clients", "0").exitCode());
        assertEquals(2, CliResult.run("bench-serve", "--duration", "soon").exitCode());
        String missing = temp.resolve("never-built").toString();
        CliResult noStore = CliResult.run("bench-serve", "--store", missing);
        assertEquals(new CliResult(1, "", "newsgraph: no store at " + missing + "; run 'newsgraph build' first\n"),
                noStore);
    }

    private static String hostileLine(String out, String attack) {
        return out.lines().filter(line -> line.startsWith("  " + attack + " ")).findFirst().orElse("");
    }

    private static Map<String, long[]> rows(String out) {
        Map<String, long[]> rows = new HashMap<>();
        Matcher row = ROW.matcher(out);
        while (row.find()) {
            rows.put(row.group(1), new long[] {Long.parseLong(row.group(2)), Long.parseLong(row.group(3))});
        }
        return rows;
    }
}
