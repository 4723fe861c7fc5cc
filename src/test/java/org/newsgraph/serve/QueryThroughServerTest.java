package org.newsgraph.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newsgraph query} on a store that a server announced it holds sends the query to that server, a real
 * NewsGraphServer on a free loopback port, and prints what it would have printed from the store.
 * <p>
 * In one JVM the query command could open a served store itself (TDB2 shares the connection within a process), so
 * answers that must come from the server are asked for on an empty store whose announcement names the server: only
 * the server has rows to give.
 */
class QueryThroughServerTest {

    private static final List<String> FORMATS = List.of("table", "csv", "tsv", "json");

    @TempDir
    static Path temp;

    static Path servedFolder;
    static Path emptyFolder;
    static Path queries;
    static GraphStore served;
    static GraphStore empty;
    static NewsGraphServer server;
    /** Every query and format, run on the fixture store before anyone served it. */
    static Map<List<String>, CliResult> local = new LinkedHashMap<>();
    static CliResult emptyLocally;

    @BeforeAll
    static void answerLocallyThenServe() throws IOException {
        servedFolder = ServeFixtures.storeWithTwoDocuments(temp.resolve("served"));
        queries = Files.createDirectories(temp.resolve("queries"));
        // Prefixes left undeclared: the command declares the standard ones in the text it sends.
        Files.writeString(queries.resolve("construct.rq"), """
                CONSTRUCT { ?actor rdfs:label ?label ; ng:mentionedIn ?document ; ng:alias ?alias }
                WHERE { ?actor a ng:Country ; rdfs:label ?label ; ng:mentionedIn ?document .
                        OPTIONAL { ?actor skos:altLabel ?alias } }
                """);
        Files.writeString(queries.resolve("describe.rq"), "DESCRIBE ?resolution WHERE { ?resolution a ng:Resolution }");
        Files.writeString(queries.resolve("ask.rq"), "ASK { ?person a ng:Person ; ng:represents ?country }");
        Files.writeString(queries.resolve("blank.rq"),
                "SELECT ?evidence ?sentence { ?evidence a ng:Evidence ; ng:sentence ?sentence } ORDER BY ?sentence");
        for (List<String> arguments : queryArguments()) {
            local.put(arguments, query(servedFolder, arguments));
        }

        served = GraphStore.openForReading(servedFolder);
        server = NewsGraphServer.start(served, QueryRunner.standard(), ServeSettings.defaults().withPort(0));
        served.announceHolder("newsgraph serve at " + server.urls().dataset(), URI.create(server.urls().sparql()));

        emptyFolder = temp.resolve("empty");
        GraphStore.open(emptyFolder).close();
        emptyLocally = query(emptyFolder, List.of("opposition"));
        empty = GraphStore.openForReading(emptyFolder);
        empty.announceHolder("newsgraph serve at " + server.urls().dataset(), URI.create(server.urls().sparql()));
    }

    @AfterAll
    static void stop() {
        empty.close();
        server.stop();
        served.close();
    }

    /** The canned queries, one of each other kind, in every format they can be printed in, tables also wide. */
    private static List<List<String>> queryArguments() {
        List<List<String>> all = new ArrayList<>();
        List<String> names = new ArrayList<>(QueryRunner.standard().availableNames());
        assertTrue(names.containsAll(List.of("actors", "evacuations", "evidence", "opposition", "statements",
                "support", "timeline")), "the canned queries: " + names);
        for (String own : List.of("ask", "blank")) {
            names.add(queries.resolve(own + ".rq").toString());
        }
        for (String name : names) {
            for (String format : FORMATS) {
                all.add(List.of(name, "--format", format));
            }
            all.add(List.of(name, "--format", "table", "--wide"));
        }
        for (String graph : List.of("construct", "describe")) {
            for (String format : List.of("table", "json")) {
                all.add(List.of(queries.resolve(graph + ".rq").toString(), "--format", format));
            }
        }
        return all;
    }

    private static CliResult query(Path store, List<String> arguments) {
        List<String> args = new ArrayList<>(List.of("query"));
        args.addAll(arguments);
        args.addAll(List.of("--store", store.toString()));
        return CliResult.run(args.toArray(String[]::new));
    }

    @Test
    void everyQueryPrintsTheSameThroughTheServerAsFromTheStore() {
        for (Map.Entry<List<String>, CliResult> expected : local.entrySet()) {
            CliResult fromStore = expected.getValue();
            assertEquals(0, fromStore.exitCode(), expected.getKey() + ": " + fromStore);
            assertFalse(fromStore.out().isBlank(), expected.getKey().toString());
            CliResult throughServer = query(emptyFolder, expected.getKey());
            assertEquals(fromStore, throughServer, expected.getKey().toString());
        }
        assertEquals("no results", emptyLocally.out().strip().lines().reduce((first, last) -> last).orElse(""),
                "the empty store itself has no rows to give: " + emptyLocally);
        assertTrue(local.get(List.of(queries.resolve("blank.rq").toString(), "--format", "table")).out()
                .contains("_:"), "the fixture's blank evidence node is shown with its stored label");
    }

    @Test
    void theServedStoreItselfIsQueriedThroughItsServer() {
        for (String format : FORMATS) {
            List<String> arguments = List.of("opposition", "--format", format);
            assertEquals(local.get(arguments), query(servedFolder, arguments), format);
        }
    }

    @Test
    void withVerboseItSaysWhichServerAnswered() {
        CliResult verbose = query(emptyFolder, List.of("opposition", "--format", "csv", "--verbose"));
        assertEquals(local.get(List.of("opposition", "--format", "csv")).out(), verbose.out());
        assertTrue(verbose.err().contains("newsgraph: answered by newsgraph serve at " + server.urls().dataset()
                + " (pid " + ProcessHandle.current().pid() + "), which holds store " + emptyFolder + "\n"),
                verbose.err());
    }

    @Test
    void anAnswerTheServerCutPrintsItsRowsAndSaysSo() {
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("capped"));
        try (GraphStore capped = GraphStore.openForReading(folder);
             NewsGraphServer oneRow = NewsGraphServer.start(capped, QueryRunner.standard(),
                     ServeSettings.defaults().withPort(0).withMaxRows(1))) {
            capped.announceHolder("newsgraph serve at " + oneRow.urls().dataset(),
                    URI.create(oneRow.urls().sparql()));
            CliResult cut = query(folder, List.of("opposition", "--format", "csv"));
            assertEquals(0, cut.exitCode(), cut.toString());
            List<String> allRows = local.get(List.of("opposition", "--format", "csv")).out().lines().toList();
            assertEquals(3, allRows.size(), "a header and two rows");
            assertEquals(allRows.subList(0, 2), cut.out().lines().toList());
            assertEquals("newsgraph: the server at " + oneRow.urls().sparql() + " cut the answer at 1 row (its "
                    + "--max-rows); to get everything, stop the server and run the query again, or restart it with "
                    + "a larger --max-rows (0 for no limit)\n", cut.err());

            CliResult graph = query(folder, List.of(queries.resolve("construct.rq").toString()));
            assertEquals(0, graph.exitCode(), graph.toString());
            assertTrue(graph.err().contains(" cut the graph at 1 solution (its --max-rows)"), graph.err());
            CliResult complete = query(folder, List.of(queries.resolve("ask.rq").toString()));
            assertEquals(new CliResult(0, "yes\n", ""), complete, "a yes or no is never cut");
        }
    }

    @Test
    void aQueryTheServerCancelsOrRefusesIsOneLineNamingTheFile() throws IOException {
        Path slowQuery = queries.resolve("slow.rq");
        // Four joined patterns over 114 triples: 170 million rows to count.
        Files.writeString(slowQuery, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        Path federated = queries.resolve("federated.rq");
        Files.writeString(federated, "SELECT * { SERVICE <" + server.urls().sparql() + "> { ?s ?p ?o } } LIMIT 1");
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("slow"));
        try (GraphStore slowStore = GraphStore.openForReading(folder);
             NewsGraphServer slow = NewsGraphServer.start(slowStore, QueryRunner.standard(),
                     ServeSettings.defaults().withPort(0).withQueryTimeout(Duration.ofMillis(500)))) {
            slowStore.announceHolder("newsgraph serve at " + slow.urls().dataset(),
                    URI.create(slow.urls().sparql()));
            long started = System.nanoTime();
            CliResult cancelled = query(folder, List.of(slowQuery.toString()));
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(30), "cancelled by the server");
            assertEquals(new CliResult(1, "", "newsgraph: query " + slowQuery + " failed: the server at "
                    + slow.urls().sparql() + " stopped it at its time limit (Query timed out); stop the server to run "
                    + "it here without one, or restart it with a longer --timeout\n"), cancelled);

            CliResult refused = query(folder, List.of(federated.toString()));
            assertEquals(new CliResult(1, "", "newsgraph: query " + federated + " failed: the server at "
                    + slow.urls().sparql() + " does not allow federated SERVICE calls; stop the server to run it "
                    + "here\n"), refused);
        }
    }

    @Test
    void aSyntaxErrorIsReportedAsForTheStoreWithoutAskingTheServer() throws IOException {
        Path broken = queries.resolve("broken.rq");
        Files.writeString(broken, "SELECT ?s WHERE { ?s ?p }\n");
        CliResult throughServer = query(emptyFolder, List.of(broken.toString()));
        assertEquals(new CliResult(1, "", "newsgraph: invalid SPARQL in " + broken
                + " at line 1, column 25: unexpected '}'\n"), throughServer);
    }

    @Test
    void anAnnouncementWhoseProcessIsGoneIsIgnored() throws Exception {
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("stale"));
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(gone.waitFor(60, TimeUnit.SECONDS));
        // What a killed server leaves behind: its announcement, naming an address where nothing answers.
        Files.writeString(folder.resolve(GraphStore.HOLDER_FILE), "{\"pid\":" + gone.pid()
                + ",\"description\":\"newsgraph serve at http://127.0.0.1:9/newsgraph\","
                + "\"sparql\":\"http://127.0.0.1:9/newsgraph/sparql\"}", StandardCharsets.UTF_8);
        for (String format : FORMATS) {
            List<String> arguments = List.of("opposition", "--format", format);
            assertEquals(local.get(arguments), query(folder, arguments), format);
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsNamedInOneLine() {
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("silent"));
        try (GraphStore silentStore = GraphStore.openForReading(folder)) {
            NewsGraphServer silent = NewsGraphServer.start(silentStore, QueryRunner.standard(),
                    ServeSettings.defaults().withPort(0));
            String dataset = silent.urls().dataset();
            String sparql = silent.urls().sparql();
            silentStore.announceHolder("newsgraph serve at " + dataset, URI.create(sparql));
            // Stopped but still holding the store and its announcement, as a server whose HTTP side died would.
            silent.stop();
            CliResult unanswered = query(folder, List.of("opposition"));
            assertEquals(new CliResult(1, "", "newsgraph: store " + folder + " is held by newsgraph serve at "
                    + dataset + " (pid " + ProcessHandle.current().pid() + "), which does not answer: connection to "
                    + sparql + " refused; stop that server and try again (if none is running, delete "
                    + folder.resolve(GraphStore.HOLDER_FILE) + ")\n"), unanswered);
        }
    }
}
