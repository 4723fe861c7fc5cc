package org.newsgraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve --max-rows} over real HTTP: a fixture store of 114 triples served with a cap of 50 rows, asked through
 * the SPARQL endpoint and through canned queries.
 */
class RowCapTest {

    private static final int CAP = 50;
    private static final int TRIPLES = 114;
    private static final String EVERY_TRIPLE = "SELECT ?s ?p ?o { ?s ?p ?o }";
    /** Without the blank node, whose label differs from answer to answer. */
    private static final String ORDERED = "SELECT ?s ?p ?o { ?s ?p ?o FILTER (!isBlank(?s)) } "
            + "ORDER BY DESC(STR(?o)) ?s ?p";

    @TempDir
    static Path temp;

    static GraphStore store;
    static NewsGraphServer capped;
    static NewsGraphServer unlimited;

    @BeforeAll
    static void serveTheFixtureTwice() throws IOException {
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        Path queries = Files.createDirectories(temp.resolve("queries"));
        Files.writeString(queries.resolve("everything.rq"), "# Every triple.\n" + EVERY_TRIPLE);
        Files.writeString(queries.resolve("ordered.rq"), "# Every triple, in an order.\n" + ORDERED);
        Files.writeString(queries.resolve("copy.rq"), "# The union as a graph.\n"
                + "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
        Files.writeString(queries.resolve("few.rq"), "# Five triples.\nSELECT * { ?s ?p ?o } LIMIT 5");
        store = GraphStore.openForReading(folder);
        QueryRunner runner = new QueryRunner(List.of(queries));
        capped = NewsGraphServer.start(store, runner, ServeSettings.defaults().withPort(0).withMaxRows(CAP));
        unlimited = NewsGraphServer.start(store, runner, ServeSettings.defaults().withPort(0).withMaxRows(0));
    }

    @AfterAll
    static void stop() {
        capped.stop();
        unlimited.stop();
        store.close();
    }

    private static HttpResponse<String> sparql(NewsGraphServer server, String query, String accept) {
        return Http.post(server.urls().sparql(), "application/sparql-query", query, "Accept", accept);
    }

    private static HttpResponse<String> select(NewsGraphServer server, String query) {
        return sparql(server, query, CannedQueryServlet.SPARQL_JSON);
    }

    private static Optional<String> truncated(HttpResponse<String> response) {
        return response.headers().firstValue(RowCap.TRUNCATED_HEADER);
    }

    @Test
    void aSelectWithMoreRowsThanTheCapIsCutAndSaysSo() {
        HttpResponse<String> cut = select(capped, EVERY_TRIPLE);
        assertEquals(200, cut.statusCode(), cut.body());
        assertEquals(CAP, Http.rows(cut.body()).size());
        assertEquals(Optional.of("true"), truncated(cut));
        assertEquals(Optional.of(String.valueOf(CAP)), cut.headers().firstValue(RowCap.MAX_ROWS_HEADER));

        String dataset = capped.urls().dataset();
        String asParameter = "?query=" + URLEncoder.encode(EVERY_TRIPLE, StandardCharsets.UTF_8);
        for (HttpResponse<String> other : List.of(
                Http.post(dataset, "application/sparql-query", EVERY_TRIPLE, "Accept", CannedQueryServlet.SPARQL_JSON),
                Http.get(dataset + asParameter, "Accept", CannedQueryServlet.SPARQL_JSON),
                Http.get(dataset + "/query" + asParameter, "Accept", CannedQueryServlet.SPARQL_JSON),
                Http.post(dataset + "/sparql", "application/x-www-form-urlencoded", asParameter.substring(1),
                        "Accept", CannedQueryServlet.SPARQL_JSON))) {
            assertEquals(200, other.statusCode(), other.uri() + ": " + other.body());
            assertEquals(CAP, Http.rows(other.body()).size(), other.uri().toString());
            assertEquals(Optional.of("true"), truncated(other), other.uri().toString());
        }

        HttpResponse<String> whole = select(unlimited, EVERY_TRIPLE);
        assertEquals(TRIPLES, Http.rows(whole.body()).size());
        assertEquals(Optional.empty(), truncated(whole), "no cap, no header");

        HttpResponse<String> csv = sparql(capped, EVERY_TRIPLE, "text/csv");
        assertEquals(Optional.of("true"), truncated(csv));
        assertEquals(CAP, csvRows(csv.body()));
    }

    @Test
    void theCapKeepsTheFirstRowsOfAnOrderedAnswer() {
        List<Map<String, Node>> all = Http.rows(select(unlimited, ORDERED).body());
        assertTrue(all.size() > CAP, "rows without blank nodes: " + all.size());
        HttpResponse<String> cut = select(capped, ORDERED);
        assertTrue(all.subList(0, CAP).equals(Http.rows(cut.body())), "the first rows, in order");
        assertEquals(Optional.of("true"), truncated(cut));

        HttpResponse<String> canned = Http.get(capped.urls().cannedQueries().get("ordered"));
        assertTrue(all.subList(0, CAP).equals(Http.rows(canned.body())), "the first rows, in order");
        assertEquals(Optional.of("true"), truncated(canned));
    }

    @Test
    void answersAtOrBelowTheCapAreWholeAndSaySo() {
        // 114 - 64 = 50 rows: exactly the cap, nothing left out; one row more is cut.
        HttpResponse<String> exactly = select(capped, EVERY_TRIPLE + " OFFSET 64");
        assertEquals(CAP, Http.rows(exactly.body()).size());
        assertEquals(Optional.of("false"), truncated(exactly));
        HttpResponse<String> oneMore = select(capped, EVERY_TRIPLE + " OFFSET 63");
        assertEquals(CAP, Http.rows(oneMore.body()).size());
        assertEquals(Optional.of("true"), truncated(oneMore));

        HttpResponse<String> ownLimit = select(capped, EVERY_TRIPLE + " LIMIT 7");
        assertEquals(7, Http.rows(ownLimit.body()).size());
        assertEquals(Optional.of("false"), truncated(ownLimit));
        HttpResponse<String> limitAboveCap = select(capped, EVERY_TRIPLE + " LIMIT 80");
        assertEquals(CAP, Http.rows(limitAboveCap.body()).size());
        assertEquals(Optional.of("true"), truncated(limitAboveCap));

        HttpResponse<String> few = Http.get(capped.urls().cannedQueries().get("few"));
        assertEquals(5, Http.rows(few.body()).size());
        assertEquals(Optional.of("false"), truncated(few));

        HttpResponse<String> ask = Http.get(capped.urls().sparql() + "?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8));
        assertEquals(200, ask.statusCode());
        assertEquals(Optional.empty(), truncated(ask), "an ASK has no rows to cut");
    }

    @Test
    void graphsAreBuiltFromAtMostTheCapOfSolutions() {
        String construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";
        HttpResponse<String> cut = sparql(capped, construct, "application/n-triples");
        assertEquals(200, cut.statusCode(), cut.body());
        assertEquals(CAP, parseGraph(cut.body()).size());
        assertEquals(Optional.of("true"), truncated(cut));

        HttpResponse<String> whole = sparql(unlimited, construct, "application/n-triples");
        assertEquals(TRIPLES, parseGraph(whole.body()).size());

        HttpResponse<String> withinCap = sparql(capped, construct + " OFFSET 64", "application/n-triples");
        assertEquals(CAP, parseGraph(withinCap.body()).size());
        assertEquals(Optional.of("false"), truncated(withinCap));

        HttpResponse<String> describe = sparql(capped, "DESCRIBE ?s WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(200, describe.statusCode(), describe.body());
        assertEquals(Optional.of("true"), truncated(describe));

        HttpResponse<String> canned = Http.get(capped.urls().cannedQueries().get("copy") + "?format=table");
        assertEquals(200, canned.statusCode(), canned.body());
        Graph cannedGraph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(canned.body(), Lang.TURTLE).parse(cannedGraph);
        assertEquals(CAP, cannedGraph.size());
        assertEquals(Optional.of("true"), truncated(canned));
    }

    @Test
    void cannedQueriesAreCutLikeTheEndpoint() {
        HttpResponse<String> canned = Http.get(capped.urls().cannedQueries().get("everything"));
        assertEquals(200, canned.statusCode(), canned.body());
        assertEquals(CAP, Http.rows(canned.body()).size());
        assertEquals(Optional.of("true"), truncated(canned));

        HttpResponse<String> csv = Http.get(capped.urls().cannedQueries().get("everything") + "?format=csv");
        assertEquals(CAP, csvRows(csv.body()));
        assertEquals(Optional.of("true"), truncated(csv));

        HttpResponse<String> whole = Http.get(unlimited.urls().cannedQueries().get("everything"));
        assertEquals(TRIPLES, Http.rows(whole.body()).size());
        assertEquals(Optional.empty(), truncated(whole));
    }

    @Test
    void webPagesMayReadTheHeaders() {
        String origin = "http://pages.example.org";
        for (HttpResponse<String> response : List.of(
                Http.get(capped.urls().cannedQueries().get("everything"), "Origin", origin),
                Http.post(capped.urls().sparql(), "application/sparql-query", EVERY_TRIPLE, "Origin", origin))) {
            List<String> exposed = new ArrayList<>();
            response.headers().allValues("Access-Control-Expose-Headers")
                    .forEach(value -> exposed.addAll(List.of(value.split("\\s*,\\s*"))));
            assertTrue(exposed.contains(RowCap.TRUNCATED_HEADER), response.headers().toString());
            assertTrue(exposed.contains(RowCap.MAX_ROWS_HEADER), response.headers().toString());
        }
    }

    @Test
    void theStoreItselfIsNotCapped() {
        long rows = store.read(dataset -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(EVERY_TRIPLE).build()) {
                ResultSet results = execution.execSelect();
                long count = 0;
                while (results.hasNext()) {
                    results.next();
                    count++;
                }
                return count;
            }
        });
        assertEquals(TRIPLES, rows, "the cap belongs to the server's answers, not to the store's context");
    }

    private static int csvRows(String csv) {
        ResultSet parsed = ResultSetMgr.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_CSV);
        int rows = 0;
        while (parsed.hasNext()) {
            parsed.next();
            rows++;
        }
        return rows;
    }

    private static Graph parseGraph(String nTriples) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(nTriples, Lang.NTRIPLES).parse(graph);
        return graph;
    }
}
