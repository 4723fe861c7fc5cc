package org.newsgraph.robust;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.query.QueryResult;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResolvedQuery;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.query.SavedListings;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreFixtures;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build killed with SIGKILL after some of its batches were committed, on a store whose listings were saved: no
 * saved listing is given for the store it left, the queries answer from the store, and the next write saves them
 * again for the new state.
 */
@Tag("corenlp")
class KilledBuildListingsTest {

    private static final int ARTICLES = 40;
    private static final QueryRunner QUERIES = new QueryRunner(List.of(Path.of("queries")));

    @TempDir
    Path temp;

    @Test
    void aKilledBuildLeavesNoSavedListingForTheStoreItLeft() throws Exception {
        Path store = temp.resolve("db");
        try (GraphStore writing = GraphStore.open(store)) {
            for (String fixture : List.of(StoreFixtures.VETO, StoreFixtures.BUSES)) {
                Model graph = StoreFixtures.model(fixture);
                writing.replaceDocument(StoreFixtures.documentId(graph), graph);
            }
            SavedListings.save(writing, QUERIES);
        }
        for (String name : SavedListings.NAMES) {
            assertTrue(SavedListings.answer(store, QUERIES.resolve(name)).isPresent(), "saved before: " + name);
        }

        Path articles = InventedArticles.write(temp.resolve("articles"), ARTICLES);
        ChildJvm build = ChildJvm.start(temp, "3g", List.of("build", articles.toString(), "--store",
                store.toString(), "--cache", temp.resolve("cache").toString(), "--threads", "1"));
        try (GraphStore holding = StoredDocuments.holdOnceStored(build, store, 3)) {
            // Killed while this JVM holds the folder, so between two of the build's commits.
            build.kill();
        } finally {
            build.kill();
        }

        try (GraphStore reading = GraphStore.openForReading(store)) {
            int stored = reading.documentIds().size();
            assertTrue(stored >= 3 && stored < ARTICLES + 2, "killed part way: " + stored);
            for (String name : SavedListings.NAMES) {
                ResolvedQuery query = QUERIES.resolve(name);
                assertEquals(Optional.empty(), SavedListings.answer(store, query), name + " after the kill");
                assertEquals(text(QUERIES.runOnStore(reading, query)), text(QUERIES.run(reading, query)), name);
            }
        }

        try (NewsGraph graph = new NewsGraph(GraphStore.open(store, GraphStore.Access.UPDATE), QUERIES)) {
            assertTrue(graph.remove("buses"));
        }
        try (GraphStore reading = GraphStore.openForReading(store)) {
            for (String name : SavedListings.NAMES) {
                ResolvedQuery query = QUERIES.resolve(name);
                Optional<QueryResult> saved = SavedListings.answer(store, query);
                assertTrue(saved.isPresent(), "saved again after remove: " + name);
                assertEquals(text(QUERIES.runOnStore(reading, query)), text(saved.get()), name);
            }
        }
    }

    private static String text(QueryResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.write(out, ResultFormat.TSV, false);
        return out.toString(StandardCharsets.UTF_8);
    }
}
