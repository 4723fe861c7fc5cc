package org.newsgraph.robust;

import org.newsgraph.TestFolders;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.build.BuildListener;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.serve.CliResult;
import org.newsgraph.serve.Http;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code serve --build} in a child JVM, queried over HTTP while it builds: every document graph a client sees is
 * the one an uninterrupted build stores, or absent. Builds in this JVM annotate every article first; the served
 * build finds all but the last few (in build order) in its annotation cache, so it stores the cached ones at once
 * and then spends many seconds loading CoreNLP for the rest: clients see the store between batches on any machine.
 */
@Tag("corenlp")
class ServeWhileBuildingTest {

    /** Two batches' worth and more, so that clients can see the store between two batches. */
    private static final int ARTICLES = 64;
    /** The articles dated last, left out of the served build's cache; the build stores them last. */
    private static final int ANNOTATED_BY_THE_SERVER = 4;
    private static final Pattern SERVING = Pattern.compile("(?m)^Serving .* at (http://\\S+/newsgraph)$");
    private static final String GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
    private static final long POLLING_LIMIT_NANOS = 120_000_000_000L;

    @TempDir
    static Path temp;

    static Path store;
    static String url;
    static long servePid;
    static Map<String, Model> uninterrupted;
    /** Per poll, graph name to triple count, in the order the polls were answered. */
    static final List<Map<String, Long>> seenWhileBuilding = new CopyOnWriteArrayList<>();
    static final List<String> failures = new CopyOnWriteArrayList<>();
    static final AtomicInteger graphsFetchedWhole = new AtomicInteger();
    static final AtomicInteger cannedAnswers = new AtomicInteger();
    static CliResult secondBuild;
    static Map<String, Long> atTheEnd;
    static ChildJvm.Result served;

    @BeforeAll
    static void serveWhileBuilding() throws Exception {
        Path articles = InventedArticles.write(temp.resolve("articles"), ARTICLES);
        Path cache = temp.resolve("cache");
        // InventedArticles dates article i later than article i - 1 within the first 27, and the last ones of the
        // 64 fall in the latest month: leaving them out leaves out what the build stores last.
        List<Path> cached = new ArrayList<>();
        for (int i = 0; i < ARTICLES - ANNOTATED_BY_THE_SERVER; i++) {
            cached.add(articles.resolve(String.format(Locale.ROOT, "article-%02d.txt", i)));
        }
        try (NewsGraph graph = NewsGraph.open(temp.resolve("cache-filling-db"))) {
            graph.build(new BuildRequest(cached, IngestOptions.defaults(), 2, cache), BuildListener.SILENT);
        }
        Path cacheOfAll = TestFolders.copyTree(cache, temp.resolve("cache-all"));
        try (NewsGraph graph = NewsGraph.open(temp.resolve("uninterrupted-db"))) {
            graph.build(new BuildRequest(List.of(articles), IngestOptions.defaults(), 2, cacheOfAll),
                    BuildListener.SILENT);
            uninterrupted = graph.store().read(StoredGraphs::copyOf);
        }
        List<String> canned = cannedQueryNames();
        store = temp.resolve("db");
        ChildJvm serve = ChildJvm.start(temp, "3g", List.of("serve", "--build", articles.toString(), "--store",
                store.toString(), "--cache", cache.toString(), "--threads", "1", "--port", "0"));
        servePid = serve.pid();
        try {
            url = awaitServing(serve);
            // One client counts triples per graph as often as it can, so that it sees the store between batches;
            // another fetches whole graphs and runs the canned queries meanwhile.
            AtomicBoolean reported = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(2);
            Future<?> counting = clients.submit(() -> {
                while (!reported.get()) {
                    Map<String, Long> sizes = graphSizes();
                    if (sizes != null) {
                        seenWhileBuilding.add(sizes);
                    }
                }
            });
            Future<?> fetching = clients.submit(() -> {
                for (int poll = 0; !reported.get(); poll++) {
                    Map<String, Long> sizes = graphSizes();
                    if (sizes != null) {
                        fetchWhole(sizes, poll);
                    }
                    cannedQuery(canned.get(poll % canned.size()));
                }
            });
            clients.shutdown();
            try {
                long deadline = System.nanoTime() + POLLING_LIMIT_NANOS;
                while (!serve.outSoFar().contains("\nBuilt ")) {
                    if (!serve.isAlive()) {
                        fail("serve --build ended by itself\n" + serve.stop(10));
                    }
                    if (System.nanoTime() > deadline) {
                        fail("the build did not report within 120 s\n" + serve.errSoFar());
                    }
                    Thread.sleep(20);
                }
            } finally {
                reported.set(true);
                counting.get(60, TimeUnit.SECONDS);
                fetching.get(60, TimeUnit.SECONDS);
            }
            secondBuild = CliResult.run("build", articles.toString(), "--store", store.toString(), "--no-cache");
            atTheEnd = graphSizes();
            // After the build the server warms up on the canned queries, then says it serves everything.
            long deadline = System.nanoTime() + POLLING_LIMIT_NANOS;
            while (!serve.outSoFar().contains("\nPress Ctrl-C to stop.") && serve.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            served = serve.stop(30);
        }
    }

    @Test
    void queriesNeverFailWhileTheBuildWrites() {
        assertEquals(List.of(), failures);
        assertTrue(seenWhileBuilding.size() >= 2, "polled " + seenWhileBuilding.size() + " times");
        assertTrue(cannedAnswers.get() >= 2, "canned queries answered " + cannedAnswers + " times");
    }

    @Test
    void everyDocumentGraphSeenWhileBuildingIsWholeOrAbsent() {
        for (Map<String, Long> sizes : seenWhileBuilding) {
            sizes.forEach((graph, triples) -> {
                assertTrue(uninterrupted.containsKey(graph), "unknown graph " + graph);
                assertEquals(uninterrupted.get(graph).size(), triples, graph + " seen in part");
            });
        }
        assertTrue(graphsFetchedWhole.get() >= 1, "no document graph was fetched while building");
        List<Integer> documents = seenWhileBuilding.stream().map(Map::size).toList();
        assertTrue(documents.get(0) < ARTICLES, "the first poll came after the whole build: " + documents);
        assertTrue(documents.stream().anyMatch(seen -> seen > 0 && seen < ARTICLES),
                "no poll saw the store between two batches: " + documents);
        for (int i = 1; i < documents.size(); i++) {
            assertTrue(documents.get(i) >= documents.get(i - 1), "documents went missing: " + documents);
        }
    }

    @Test
    void afterTheBuildTheServerServesEveryDocumentAndReportsAsBuildDoes() throws IOException {
        assertEquals(ARTICLES, atTheEnd.size());
        uninterrupted.forEach((graph, model) -> assertEquals(model.size(), atTheEnd.get(graph), graph));
        assertTrue(served.out().contains("\nBuilt " + ARTICLES + " documents (" + ANNOTATED_BY_THE_SERVER
                + " annotated, " + (ARTICLES - ANNOTATED_BY_THE_SERVER) + " from cache, 0 unchanged)"),
                served.toString());
        assertTrue(served.out().contains("\nServing " + ARTICLES + " documents at " + url + "\nPress Ctrl-C to stop."),
                served.toString());
        assertTrue(served.err().contains("newsgraph: server stopped; store " + store + " closed"), served.toString());
        assertTrue(served.err().contains("\nWarmed up with " + cannedQueryNames().size() + " canned queries in "),
                served.toString());
        assertFalse(served.err().contains("Exception"), served.toString());
    }

    @Test
    void aBuildElsewhereIsRefusedNamingTheServerAndServeBuild() {
        assertEquals(new CliResult(1, "", "newsgraph: store " + store + " is held by newsgraph serve at " + url
                + " (pid " + servePid + "); to change the store while serving it, stop that and run "
                + "'newsgraph serve --build INPUT...' instead\n"), secondBuild);
    }

    /** Graph name to triple count, as a client sees the store now; null, with the failure noted, if refused. */
    private static Map<String, Long> graphSizes() {
        HttpResponse<String> response = Http.get(url + "/sparql?query="
                + URLEncoder.encode(GRAPH_SIZES, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
        if (response.statusCode() != 200) {
            failures.add("graph sizes: HTTP " + response.statusCode() + " " + response.body());
            return null;
        }
        Map<String, Long> sizes = new TreeMap<>();
        for (Map<String, Node> row : Http.rows(response.body())) {
            sizes.put(row.get("g").getURI(), ((Number) row.get("n").getLiteralValue()).longValue());
        }
        return sizes;
    }

    /** One of the graphs just seen, in turn, through the Graph Store Protocol: it must be the uninterrupted one. */
    private static void fetchWhole(Map<String, Long> sizes, int poll) {
        if (sizes.isEmpty()) {
            return;
        }
        String graph = new ArrayList<>(sizes.keySet()).get(poll % sizes.size());
        HttpResponse<String> response = Http.get(url + "?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8),
                "Accept", "application/n-triples");
        if (response.statusCode() != 200) {
            failures.add(graph + ": HTTP " + response.statusCode() + " " + response.body());
            return;
        }
        Model fetched = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(fetched);
        if (!fetched.isIsomorphicWith(uninterrupted.get(graph))) {
            failures.add(graph + ": " + fetched.size() + " triples, not the uninterrupted build's "
                    + uninterrupted.get(graph).size());
        }
        graphsFetchedWhole.incrementAndGet();
    }

    private static void cannedQuery(String name) {
        HttpResponse<String> response = Http.get(url + "/q/" + name);
        if (response.statusCode() != 200) {
            failures.add("canned " + name + ": HTTP " + response.statusCode() + " " + response.body());
            return;
        }
        Http.rows(response.body());
        cannedAnswers.incrementAndGet();
    }

    private static List<String> cannedQueryNames() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<String> names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".rq"))
                    .map(name -> name.substring(0, name.length() - ".rq".length())).sorted().toList();
            assertFalse(names.isEmpty(), "no canned queries in queries/");
            return names;
        }
    }

    private static String awaitServing(ChildJvm serve) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Matcher serving = SERVING.matcher(serve.outSoFar());
            if (serving.find()) {
                return serving.group(1);
            }
            if (!serve.isAlive()) {
                fail("serve --build ended before it served\n" + serve.stop(10));
            }
            Thread.sleep(20);
        }
        fail("serve --build did not serve within 60 s\n" + serve.errSoFar());
        return null;
    }
}
