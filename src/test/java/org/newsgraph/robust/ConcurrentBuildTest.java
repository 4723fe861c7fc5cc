package org.newsgraph.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.build.BuildListener;
import org.newsgraph.build.BuildReport;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.store.GraphStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A build in a child JVM, on invented articles, while this JVM and other child JVMs read the same store, a second
 * build is started on it, and finally the build is killed with SIGKILL part way through. What the readers saw and
 * what the killed build left are compared with an uninterrupted build of the same articles, graph by graph.
 * <p>
 * One build run serves every assertion: a child JVM loading CoreNLP costs seconds to tens of seconds.
 */
@Tag("corenlp")
class ConcurrentBuildTest {

    /**
     * More than the build can have annotated while this test held the store: its first batches (up to 64 documents
     * by the first look at the store) plus the 64 documents annotation may run ahead of the writer.
     */
    private static final int ARTICLES = 200;

    @TempDir
    static Path temp;

    static Path articles;
    static long firstBuildPid;
    static ChildJvm.Result secondBuild;
    static ChildJvm.Result childReader;
    static final List<Map<String, Model>> seenWhileBuilding = new ArrayList<>();
    static String killedBuildErr;
    static Map<String, Model> afterKill;
    static Map<String, Model> uninterrupted;
    static BuildReport resumed;
    static Map<String, Model> afterResume;

    @BeforeAll
    static void buildReadRefuseKillAndResume() throws Exception {
        articles = InventedArticles.write(temp.resolve("articles"), ARTICLES);
        Path store = temp.resolve("db");
        Path cache = temp.resolve("cache");
        Path countsQuery = Files.writeString(temp.resolve("graph-sizes.rq"),
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");

        ChildJvm build = ChildJvm.start(temp, "3g", List.of("build", articles.toString(), "--store",
                store.toString(), "--cache", cache.toString(), "--threads", "1"));
        firstBuildPid = build.pid();
        try {
            StoredDocuments.await(build, store, 1);
            // While this JVM holds the folder the build cannot commit its next batch: it is certainly still
            // running, whatever the speed of the machine.
            try (GraphStore holding = GraphStore.openForReading(store)) {
                secondBuild = ChildJvm.run(temp, List.of("build", articles.toString(), "--store", store.toString(),
                        "--no-cache"), 60);
                seenWhileBuilding.add(holding.read(StoredGraphs::copyOf));
                // Started while the folder is held here, so that the build runs free only for the moment of the
                // child's query, not for the seconds its JVM takes to start.
                ChildJvm reader = ChildJvm.start(temp, "512m", List.of("query", countsQuery.toString(), "--format",
                        "json", "--store", store.toString()));
                awaitWaiting(reader);
                holding.close();
                childReader = reader.await(60);
            }
            // Held again the moment the build has committed one more batch. It cannot have finished meanwhile:
            // annotation runs a bounded number of documents ahead of the writer, and the writer was held until now.
            try (GraphStore holding = holdOnceGrown(build, store, seenWhileBuilding.get(0).size())) {
                seenWhileBuilding.add(holding.read(StoredGraphs::copyOf));
                assertTrue(build.isAlive(), "a build waiting for the store is still running");
            }
            // Killed the moment the folder is free: the build is taking it back to commit the batch it holds.
            build.kill();
            killedBuildErr = build.errSoFar();
        } finally {
            build.kill();
        }

        afterKill = snapshot(store);
        Built again = buildInProcess(store, cache);
        resumed = again.report;
        afterResume = again.graphs;
        // From the annotations the two builds above cached: the same input to the same rules, never interrupted.
        uninterrupted = buildInProcess(temp.resolve("uninterrupted-db"), cache).graphs;
    }

    @Test
    void aSecondBuildIsRefusedAtOnceNamingTheFirst() {
        assertEquals(new ChildJvm.Result(1, "", "newsgraph: store " + temp.resolve("db") + " is being written by "
                + "another build or remove (pid " + firstBuildPid + "); wait for it to finish and try again\n"),
                secondBuild);
    }

    @Test
    void readersInOtherProcessesSeeOnlyWholeDocumentsWhileTheBuildWrites() throws Exception {
        assertEquals(0, childReader.exitCode(), childReader.toString());
        JsonNode bindings = new ObjectMapper().readTree(childReader.out()).path("results").path("bindings");
        assertTrue(bindings.size() >= 1, "the reading child saw the first batch: " + childReader.out());
        for (JsonNode row : bindings) {
            String graph = row.path("g").path("value").asText();
            assertTrue(uninterrupted.containsKey(graph), graph);
            assertEquals(uninterrupted.get(graph).size(), row.path("n").path("value").asLong(), graph);
        }
        for (Map<String, Model> seen : seenWhileBuilding) {
            assertFalse(seen.isEmpty());
            assertWholeDocuments(seen);
        }
        assertTrue(seenWhileBuilding.get(1).size() > seenWhileBuilding.get(0).size(),
                "the build went on while it was read");
        assertFalse(killedBuildErr.contains("Exception"), killedBuildErr);
    }

    @Test
    void aKilledBuildLeavesEveryDocumentWhollyInOrWhollyOut() {
        assertTrue(afterKill.size() >= seenWhileBuilding.get(1).size(), "committed documents survive the kill");
        assertTrue(afterKill.size() < ARTICLES, "the build was killed part way: " + afterKill.size());
        assertWholeDocuments(afterKill);
    }

    @Test
    void theNextBuildFinishesTheRestAndMatchesAnUninterruptedBuild() {
        assertEquals(ARTICLES, uninterrupted.size());
        assertTrue(resumed.problems().isEmpty(), resumed.problems()::toString);
        assertEquals(afterKill.size(), resumed.documentsUnchanged(), "what the killed build stored is kept");
        assertEquals(ARTICLES - afterKill.size(), resumed.documentsAnnotated() + resumed.documentsFromCache());
        assertEquals(uninterrupted.keySet(), afterResume.keySet());
        assertWholeDocuments(afterResume);
    }

    private static void assertWholeDocuments(Map<String, Model> seen) {
        seen.forEach((graph, model) -> {
            assertTrue(uninterrupted.containsKey(graph), "unknown graph " + graph);
            assertTrue(model.isIsomorphicWith(uninterrupted.get(graph)),
                    graph + " differs from the uninterrupted build's: " + model.size() + " triples against "
                            + uninterrupted.get(graph).size());
        });
    }

    /** The store held by this JVM as soon as it holds more than {@code documents} documents. */
    private static GraphStore holdOnceGrown(ChildJvm build, Path store, int documents) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!build.isAlive()) {
                fail("the build ended before it stored more than " + documents + " documents\n" + build.errSoFar());
            }
            GraphStore holding = GraphStore.openForReading(store);
            if (holding.documentIds().size() > documents) {
                return holding;
            }
            holding.close();
            Thread.sleep(20);
        }
        fail("the build stored no more than " + documents + " documents in 180 s\n" + build.errSoFar());
        return null;
    }

    /** Waits until {@code child} says it waits for the store, which it does once it has asked for it. */
    private static void awaitWaiting(ChildJvm child) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!child.errSoFar().contains("waiting up to")) {
            if (!child.isAlive() || System.nanoTime() - deadline >= 0) {
                fail("the reading child never waited for the store\n" + child.errSoFar());
            }
            Thread.sleep(50);
        }
    }

    /** Every named graph of the store, copied out of it. */
    private static Map<String, Model> snapshot(Path store) {
        try (GraphStore reading = GraphStore.openForReading(store)) {
            return reading.read(StoredGraphs::copyOf);
        }
    }


    private record Built(BuildReport report, Map<String, Model> graphs) {
    }

    private static Built buildInProcess(Path store, Path cache) {
        try (NewsGraph graph = NewsGraph.open(store)) {
            BuildReport report = graph.build(new BuildRequest(List.of(articles), IngestOptions.defaults(), 2, cache),
                    BuildListener.SILENT);
            return new Built(report, graph.store().read(StoredGraphs::copyOf));
        }
    }
}
