package org.newsgraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The embedded Fuseki over a real TDB2 store, asked over real HTTP on a free loopback port. */
class NewsGraphServerTest {

    private static final String HARBOUR = "https://w3id.org/newsgraph/id/doc/harbour";

    @TempDir
    static Path temp;

    static Path storeFolder;
    static GraphStore store;
    static NewsGraphServer server;
    static ServerUrls urls;

    @BeforeAll
    static void serveTheFixture() {
        storeFolder = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        store = GraphStore.openForReading(storeFolder);
        server = NewsGraphServer.start(store, QueryRunner.standard(), ServeSettings.defaults().withPort(0));
        urls = server.urls();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void oppositionOverHttpGivesTheRowsOfTheQueryCommand() throws IOException {
        CliResult command = CliResult.run("query", "opposition", "--store", storeFolder.toString(),
                "--format", "json");
        assertEquals(0, command.exitCode(), command.toString());
        List<Map<String, Node>> expected = Http.rows(command.out());
        assertEquals(2, expected.size(), "the fixture opposes in both documents: " + expected);
        assertEquals("Ostravia", expected.get(0).get("actor").getLiteralLexicalForm());

        HttpResponse<String> canned = Http.get(urls.cannedQueries().get("opposition"));
        assertEquals(200, canned.statusCode(), canned.body());
        assertTrue(canned.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/sparql-results+json"), canned.headers().toString());
        assertEquals(expected, Http.rows(canned.body()));

        String text = Files.readString(Path.of("queries/opposition.rq"), StandardCharsets.UTF_8);
        HttpResponse<String> sparql = Http.post(urls.sparql(), "application/sparql-query", text,
                "Accept", "application/sparql-results+json");
        assertEquals(200, sparql.statusCode(), sparql.body());
        assertEquals(expected, Http.rows(sparql.body()));

        for (String endpoint : List.of(urls.sparql(), urls.dataset() + "/query", urls.dataset())) {
            HttpResponse<String> viaGet = Http.get(endpoint + "?query=" + URLEncoder.encode(text,
                    StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
            assertEquals(expected, Http.rows(viaGet.body()), endpoint);
        }
    }

    @Test
    void cannedQueriesAnswerInTheFormatAsked() {
        String url = urls.cannedQueries().get("opposition");
        for (String format : List.of("csv", "tsv")) {
            CliResult command = CliResult.run("query", "opposition", "--store", storeFolder.toString(),
                    "--format", format);
            HttpResponse<String> byParameter = Http.get(url + "?format=" + format);
            assertEquals(200, byParameter.statusCode());
            assertEquals(command.out(), byParameter.body(), format);
        }
        HttpResponse<String> csv = Http.get(url, "Accept", "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("actor,resolution,drafter,sentence,document,date"), csv.body());
        HttpResponse<String> tsv = Http.get(url, "Accept", "text/tab-separated-values");
        assertTrue(tsv.body().startsWith("?actor\t?resolution"), tsv.body());
        HttpResponse<String> table = Http.get(url + "?format=table");
        assertTrue(table.body().contains("Ostravia  draft resolution on harbour inspections"), table.body());
        // A browser accepts anything, with HTML first: it gets the default, SPARQL JSON.
        HttpResponse<String> browser = Http.get(url, "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(browser.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/sparql-results+json"), browser.headers().toString());

        HttpResponse<String> wrong = Http.get(url + "?format=xml");
        assertEquals(400, wrong.statusCode());
        assertEquals("unknown format 'xml'; use table|csv|tsv|json", wrong.body().strip());
    }

    @Test
    void cannedQueriesAreListedAndOnlyTheirNamesAccepted() {
        HttpResponse<String> list = Http.get(urls.cannedQueryList());
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"name\" : \"opposition\""), list.body());
        assertTrue(list.body().contains("\"description\" : \"Which actors opposed which resolutions"), list.body());
        assertTrue(list.body().contains("\"url\" : \"" + urls.cannedQueries().get("opposition") + "\""),
                list.body());
        assertEquals(list.body(), Http.get(urls.base() + NewsGraphServer.CANNED_QUERY_PATH).body());

        HttpResponse<String> unknown = Http.get(urls.cannedQueryList() + "oppositions");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().startsWith("no canned query 'oppositions'; available: actors, "), unknown.body());
        // Files elsewhere, even .rq ones, are not reachable through a name.
        for (String path : List.of("pom", "queries/opposition", "..%2Fpom.xml", "%2Fetc%2Fpasswd", "opposition.rq")) {
            int status = Http.get(urls.cannedQueryList() + path).statusCode();
            assertTrue(status == 404 || status == 400, path + " gave " + status);
        }
    }

    @Test
    void theStoreCannotBeChangedWhenReadOnly() {
        long before = store.tripleCount();
        String insert = "INSERT DATA { GRAPH <" + HARBOUR + "> { <urn:x:s> <urn:x:p> \"changed\" } }";
        assertNotEquals(200, Http.post(urls.dataset() + "/update", "application/sparql-update", insert).statusCode());
        assertNotEquals(200, Http.post(urls.dataset(), "application/sparql-update", insert).statusCode());
        assertNotEquals(200, Http.post(urls.dataset(), "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)).statusCode());
        String triple = "<urn:x:s> <urn:x:p> \"changed\" .";
        assertEquals(405, Http.put(urls.dataset() + "?graph=" + HARBOUR, "application/n-triples", triple)
                .statusCode());
        assertEquals(405, Http.post(urls.dataset() + "?default", "application/n-triples", triple).statusCode());
        assertEquals(405, Http.delete(urls.dataset() + "?graph=" + HARBOUR).statusCode());
        assertEquals(before, store.tripleCount());
        assertTrue(urls.update().isEmpty());
    }

    @Test
    void federatedServiceCallsAreRefused() throws IOException {
        // The server itself is a reachable endpoint, so a refusal cannot be a failed connection in disguise.
        String query = "SELECT * { SERVICE <" + urls.sparql() + "> { ?s ?p ?o } } LIMIT 1";
        for (String endpoint : List.of(urls.sparql(), urls.dataset(), urls.dataset() + "/query")) {
            HttpResponse<String> response = Http.post(endpoint, "application/sparql-query", query);
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                    endpoint + ": " + response.statusCode() + " " + response.body());
            assertTrue(response.body().contains("SERVICE"), response.body());
        }

        Path queries = Files.createDirectories(temp.resolve("federated-queries"));
        Files.writeString(queries.resolve("federated.rq"), "# Asks another endpoint.\n" + query);
        NewsGraphServer withFederated = NewsGraphServer.start(store, new QueryRunner(List.of(queries)),
                ServeSettings.defaults().withPort(0));
        try {
            HttpResponse<String> canned = Http.get(withFederated.urls().cannedQueries().get("federated"));
            assertEquals(403, canned.statusCode(), canned.body());
            assertEquals("query 'federated' calls another endpoint with SERVICE, which this server does not allow",
                    canned.body().strip());
        } finally {
            withFederated.stop();
        }
        assertEquals(Boolean.FALSE, store.dataset().getContext().get(ARQ.httpServiceAllowed),
                "the shared store keeps the running server's settings");
    }

    @Test
    void theDefaultGraphIsTheUnionAndEachDocumentANamedGraph() {
        DatasetGraph fixture = ServeFixtures.dataset(ServeFixtures.TWO_DOCUMENTS);

        Graph union = parseGraph(Http.get(urls.graphStore(), "Accept", "application/n-triples").body());
        assertEquals(114, union.size());
        assertTrue(IsoMatcher.isomorphic(fixture.getUnionGraph(), union));

        Node harbour = NodeFactory.createURI(HARBOUR);
        Graph document = parseGraph(Http.get(urls.dataset() + "?graph=" + HARBOUR, "Accept",
                "application/n-triples").body());
        assertTrue(IsoMatcher.isomorphic(fixture.getGraph(harbour), document));

        DatasetGraph all = DatasetGraphFactory.create();
        RDFParser.fromString(Http.get(urls.dataset(), "Accept", "application/n-quads").body(), Lang.NQUADS)
                .parse(all);
        assertTrue(IsoMatcher.isomorphic(fixture, all), "the dataset is the two document graphs, nothing more");
    }

    @Test
    void browserPagesMayQuery() {
        String origin = "http://pages.example.org";
        HttpResponse<String> query = Http.get(urls.sparql() + "?query=" + URLEncoder.encode("ASK {}",
                StandardCharsets.UTF_8), "Origin", origin);
        assertEquals(200, query.statusCode());
        assertEquals(Optional.of(origin), query.headers().firstValue("Access-Control-Allow-Origin"));

        HttpResponse<String> canned = Http.get(urls.cannedQueries().get("actors"), "Origin", origin);
        assertEquals(Optional.of(origin), canned.headers().firstValue("Access-Control-Allow-Origin"));

        HttpResponse<String> preflight = Http.options(urls.sparql(), "Origin", origin,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertEquals(200, preflight.statusCode());
        assertEquals(Optional.of(origin), preflight.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void itKeepsRequestAndResponseBuffersOnTheHeap() {
        // Jetty's default direct buffers grew the resident memory far past -Xmx under bench-serve's attackers.
        assertFalse(server.usesDirectBuffers());
    }

    @Test
    void itListensOnLoopbackOnly() throws IOException {
        assertTrue(urls.base().startsWith("http://127.0.0.1:" + server.port()), urls.base());
        assertEquals(200, Http.get(urls.ping()).statusCode());
        List<InetSocketAddress> bound = server.boundAddresses();
        assertEquals(1, bound.size(), bound.toString());
        assertTrue(bound.get(0).getAddress().isLoopbackAddress(), "bound to " + bound);
        assertEquals(server.port(), bound.get(0).getPort());
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        assumeTrue(external.isPresent(), "this machine has no network address besides loopback");
        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class, () ->
                    socket.connect(new InetSocketAddress(external.get(), server.port()), 2000));
        }
    }

    @Test
    void aTakenPortIsReportedAndLeavesTheStoreAsItWas() {
        Context context = store.dataset().getContext();
        Object timeout = context.get(ARQ.queryTimeout);
        ServeException taken = assertThrows(ServeException.class, () ->
                NewsGraphServer.start(store, QueryRunner.standard(), ServeSettings.defaults().withPort(server.port())));
        assertTrue(taken.addressInUse());
        assertEquals("port " + server.port() + " on 127.0.0.1 is already in use", taken.getMessage());
        assertEquals(timeout, context.get(ARQ.queryTimeout), "the running server's settings are untouched");

        ServeException unknownHost = assertThrows(ServeException.class, () -> NewsGraphServer.start(store,
                QueryRunner.standard(), ServeSettings.defaults().withPort(0).withHost("no-such-host.invalid")));
        assertFalse(unknownHost.addressInUse());
        assertEquals("unknown host 'no-such-host.invalid'", unknownHost.getMessage());
    }

    @Test
    void slowQueriesAreCancelledAndStoppingRestoresTheStore() throws IOException {
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("slow-db"));
        Path queries = Files.createDirectories(temp.resolve("slow-queries"));
        // Four joined patterns over 114 triples: 170 million rows to count.
        String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        Files.writeString(queries.resolve("slow.rq"), "# Counts far too much.\n" + crossProduct);
        try (GraphStore slowStore = GraphStore.openForReading(folder)) {
            Context context = slowStore.dataset().getContext();
            NewsGraphServer slow = NewsGraphServer.start(slowStore, new QueryRunner(List.of(queries)),
                    ServeSettings.defaults().withPort(0).withQueryTimeout(Duration.ofMillis(500)));
            try {
                long started = System.nanoTime();
                HttpResponse<String> sparql = Http.post(slow.urls().sparql(), "application/sparql-query",
                        crossProduct);
                assertEquals(503, sparql.statusCode(), sparql.body());
                HttpResponse<String> canned = Http.get(slow.urls().cannedQueries().get("slow"));
                assertEquals(503, canned.statusCode(), canned.body());
                assertEquals("query 'slow' ran longer than the server allows and was cancelled",
                        canned.body().strip());
                assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 20);
                assertEquals(Boolean.FALSE, context.get(ARQ.httpServiceAllowed));
                // The cancelled queries freed their threads and transactions: the server answers as before.
                assertEquals(200, Http.get(slow.urls().ping()).statusCode());
                HttpResponse<String> quick = Http.post(slow.urls().sparql(), "application/sparql-query",
                        "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "Accept", CannedQueryServlet.SPARQL_JSON);
                assertEquals(200, quick.statusCode(), quick.body());
                assertEquals(114, Http.rows(quick.body()).get(0).get("n").getLiteralValue());
                assertEquals(503, Http.get(slow.urls().cannedQueries().get("slow")).statusCode(),
                        "and cancels the next runaway query too");
            } finally {
                slow.stop();
            }
            assertNull(context.get(ARQ.queryTimeout), "stop() gives the store its own settings back");
            assertNull(context.get(ARQ.httpServiceAllowed));
        }
    }

    @Test
    void withUpdateDocumentGraphsChangeButTheUnionDoesNot() {
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("update-db"));
        try (GraphStore writable = GraphStore.open(folder, GraphStore.Access.UPDATE)) {
            NewsGraphServer rw = NewsGraphServer.start(writable, QueryRunner.standard(),
                    ServeSettings.defaults().withPort(0).withUpdate(true));
            try {
                ServerUrls rwUrls = rw.urls();
                assertEquals(Optional.of(rwUrls.dataset() + "/update"), rwUrls.update());
                String insert = "INSERT DATA { GRAPH <" + HARBOUR + "> { <" + HARBOUR + "> "
                        + "<http://purl.org/dc/terms/subject> \"harbours\" } }";
                HttpResponse<String> inserted = Http.post(rwUrls.update().get(), "application/sparql-update",
                        insert);
                assertTrue(inserted.statusCode() / 100 == 2, inserted.statusCode() + " " + inserted.body());
                HttpResponse<String> asked = Http.get(rwUrls.sparql() + "?query=" + URLEncoder.encode(
                        "ASK { <" + HARBOUR + "> <http://purl.org/dc/terms/subject> \"harbours\" }",
                        StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
                assertTrue(asked.body().contains("true"), asked.body());
                String added = rwUrls.graphStoreWrite().orElseThrow() + "?graph=urn:x:notes";
                assertEquals(201, Http.put(added, "application/n-triples", "<urn:x:s> <urn:x:p> \"noted\" .")
                        .statusCode());
                assertTrue(Http.get(added, "Accept", "application/n-triples").body().contains("\"noted\""));

                long before = writable.tripleCount();
                HttpResponse<String> intoDefault = Http.post(rwUrls.update().get(), "application/sparql-update",
                        "INSERT DATA { <urn:x:s> <urn:x:p> \"nowhere\" }");
                assertEquals(400, intoDefault.statusCode(), intoDefault.body());
                assertTrue(intoDefault.body().startsWith("the default graph is the union of the document graphs"),
                        intoDefault.body());
                HttpResponse<String> clear = Http.post(rwUrls.update().get(), "application/sparql-update",
                        "CLEAR ALL");
                assertEquals(400, clear.statusCode(), clear.body());
                assertTrue(clear.body().contains("union of the document graphs"), clear.body());
                for (String update : List.of("CLEAR DEFAULT", "DROP DEFAULT", "CLEAR SILENT DEFAULT",
                        "DELETE WHERE { ?s ?p ?o }")) {
                    HttpResponse<String> refused = Http.post(rwUrls.update().get(), "application/sparql-update",
                            update);
                    assertEquals(400, refused.statusCode(), update + ": " + refused.body());
                    assertTrue(refused.body().startsWith("the default graph is the union"), update + ": "
                            + refused.body());
                }
                String triple = "<urn:x:s> <urn:x:p> \"nowhere\" .";
                assertEquals(403, Http.put(rwUrls.dataset() + "?default", "application/n-triples", triple)
                        .statusCode());
                assertEquals(403, Http.post(rwUrls.dataset() + "?default", "application/n-triples", triple)
                        .statusCode());
                assertEquals(403, Http.delete(rwUrls.dataset() + "?default").statusCode());
                assertEquals(before, writable.tripleCount());
                assertEquals(0L, (long) writable.read(ds -> (long) ds.asDatasetGraph().getDefaultGraph().size()));
            } finally {
                rw.stop();
            }
        }
    }

    @Test
    void withUpdateWebPagesOfOtherOriginsMayQueryButNotWrite() {
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("origin-db"));
        try (GraphStore writable = GraphStore.open(folder, GraphStore.Access.UPDATE)) {
            NewsGraphServer rw = NewsGraphServer.start(writable, QueryRunner.standard(),
                    ServeSettings.defaults().withPort(0).withUpdate(true));
            try {
                ServerUrls rwUrls = rw.urls();
                String page = "http://pages.example.org";
                String insert = "INSERT DATA { GRAPH <" + HARBOUR + "> { <urn:x:s> <urn:x:p> \"from a page\" } }";
                String form = "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8);
                long before = writable.tripleCount();
                List<HttpResponse<String>> refused = List.of(
                        // What an HTML form can send without a preflight, to both update URLs.
                        Http.post(rwUrls.update().get(), "application/x-www-form-urlencoded", form, "Origin", page),
                        Http.post(rwUrls.dataset(), "application/x-www-form-urlencoded", form, "Origin", page),
                        Http.post(rwUrls.update().get(), "application/sparql-update", insert, "Origin", page),
                        Http.put(rwUrls.graphStoreWrite().get() + "?graph=urn:x:page", "application/n-triples",
                                "<urn:x:s> <urn:x:p> \"page\" .", "Origin", page),
                        Http.post(rwUrls.dataset() + "?graph=urn:x:page", "application/n-triples",
                                "<urn:x:s> <urn:x:p> \"page\" .", "Origin", "null"),
                        Http.delete(rwUrls.dataset() + "?graph=" + HARBOUR, "Origin", page));
                for (HttpResponse<String> response : refused) {
                    assertEquals(403, response.statusCode(), response.request().uri() + ": " + response.body());
                    assertTrue(response.body().startsWith("changes from web pages of other origins"),
                            response.body());
                }
                assertEquals(before, writable.tripleCount(), "nothing was written");

                String ask = "ASK { ?s ?p ?o }";
                for (HttpResponse<String> read : List.of(
                        Http.post(rwUrls.sparql(), "application/sparql-query", ask, "Origin", page),
                        Http.post(rwUrls.sparql(), "application/x-www-form-urlencoded",
                                "query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8), "Origin", page),
                        Http.post(rwUrls.dataset(), "application/sparql-query", ask, "Origin", page),
                        Http.get(rwUrls.sparql() + "?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8),
                                "Origin", page),
                        Http.get(rwUrls.cannedQueries().get("opposition"), "Origin", page))) {
                    assertEquals(200, read.statusCode(), read.request().uri() + ": " + read.body());
                }

                HttpResponse<String> program = Http.post(rwUrls.update().get(), "application/sparql-update", insert);
                assertEquals(2, program.statusCode() / 100, program.body());
                HttpResponse<String> ownOrigin = Http.post(rwUrls.update().get(), "application/sparql-update",
                        insert.replace("from a page", "from its own page"), "Origin", rwUrls.base());
                assertEquals(2, ownOrigin.statusCode() / 100, ownOrigin.body());
                assertEquals(before + 2, writable.tripleCount());
            } finally {
                rw.stop();
            }
        }
    }

    private static Graph parseGraph(String nTriples) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(nTriples, Lang.NTRIPLES).parse(graph);
        return graph;
    }
}
