package org.newsgraph.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.build.BuildListener;
import org.newsgraph.build.BuildReport;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.search.IndexAgreement;
import org.newsgraph.serve.CliResult;
import org.newsgraph.store.GraphStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build in a child JVM killed with SIGKILL part way, then a search, a remove and the build that finishes the rest:
 * after each, the text index holds exactly the entries of the documents the store holds, as they are stored.
 */
@Tag("corenlp")
class KilledBuildSearchTest {

    // More than the two batches (64 articles) the build may annotate ahead of its writer, so that a build held at a
    // batch boundary cannot have all of them ready to commit when it is let go.
    private static final int ARTICLES = 200;

    @TempDir
    Path temp;

    @Test
    void searchAndStoreAgreeAfterAKilledBuildARemoveAndTheNextBuild() throws Exception {
        Path articles = InventedArticles.write(temp.resolve("articles"), ARTICLES);
        Path store = temp.resolve("db");
        Path cache = temp.resolve("cache");
        ChildJvm build = ChildJvm.start(temp, "3g", List.of("build", articles.toString(), "--store",
                store.toString(), "--cache", cache.toString(), "--threads", "1"));
        try (GraphStore holding = StoredDocuments.holdOnceStored(build, store, 2)) {
            // Killed while this JVM holds the folder: the build cannot commit another batch in between.
            build.kill();
        } finally {
            build.kill();
        }
        Set<String> stored = documents(store);
        assertTrue(stored.size() >= 2 && stored.size() < ARTICLES, "killed part way: " + stored.size());

        JsonNode hits = search(store, "veto");
        assertEquals(IndexAgreement.expected(store), IndexAgreement.indexed(store),
                "the search after the kill brought the index in step");
        Set<String> found = new TreeSet<>();
        hits.forEach(hit -> hit.path("documents").forEach(document -> found.add(document.asText())));
        assertFalse(found.isEmpty());
        assertTrue(stored.containsAll(found), "hits name only stored documents: " + found);

        String removed = stored.iterator().next();
        CliResult remove = CliResult.run("remove", removed, "--store", store.toString());
        assertEquals(0, remove.exitCode(), remove.toString());
        assertEquals(IndexAgreement.expected(store), IndexAgreement.indexed(store), "after remove");
        search(store, "veto").forEach(hit ->
                assertFalse(hit.path("documents").toString().contains("\"" + removed + "\""), hit.toString()));

        try (NewsGraph graph = NewsGraph.open(store)) {
            BuildReport report = graph.build(new BuildRequest(List.of(articles), IngestOptions.defaults(), 2, cache),
                    BuildListener.SILENT);
            assertTrue(report.problems().isEmpty(), report.problems()::toString);
        }
        assertEquals(ARTICLES, documents(store).size());
        assertEquals(IndexAgreement.expected(store), IndexAgreement.indexed(store), "after the next build");
        Set<String> all = new TreeSet<>();
        search(store, "veto", "--limit", "1000").forEach(hit ->
                hit.path("documents").forEach(document -> all.add(document.asText())));
        assertEquals(documents(store), all, "every article's veto sentence is found");
    }

    private static JsonNode search(Path store, String... queryAndOptions) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("search", "--store", store.toString(),
                "--format", "json"));
        args.addAll(List.of(queryAndOptions));
        CliResult result = CliResult.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.toString());
        return new ObjectMapper().readTree(result.out()).path("hits");
    }

    private static Set<String> documents(Path store) {
        try (GraphStore reading = GraphStore.openForReading(store)) {
            return reading.documentIds();
        }
    }
}
