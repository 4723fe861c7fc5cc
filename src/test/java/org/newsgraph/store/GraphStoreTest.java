package org.newsgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.store.StoreFixtures.BUSES;
import static org.newsgraph.store.StoreFixtures.NO_DOCUMENT;
import static org.newsgraph.store.StoreFixtures.VETO;
import static org.newsgraph.store.StoreFixtures.VETO_REVISED;
import static org.newsgraph.store.StoreFixtures.model;

class GraphStoreTest {

    private static final String NG = "https://w3id.org/newsgraph/ontology#";

    @TempDir
    Path temp;

    @Test
    void createsTheFolderAndAnEmptyStore() {
        Path directory = temp.resolve("nested/db");
        try (GraphStore store = GraphStore.open(directory)) {
            assertTrue(GraphStore.exists(directory));
            assertEquals(Set.of(), store.documentIds());
            assertEquals(0, store.tripleCount());
            assertEquals(directory, store.location());
        }
    }

    @Test
    void replacingWithTheSameGraphTwiceChangesNothing() {
        try (GraphStore store = GraphStore.open(temp.resolve("db"))) {
            store.replaceDocument("veto", model(VETO));
            long once = store.tripleCount();
            store.replaceDocument("veto", model(VETO));
            assertEquals(once, store.tripleCount());
            assertEquals(model(VETO).size(), once);
            assertEquals(Set.of("veto"), store.documentIds());
        }
    }

    @Test
    void replacingADocumentSwapsItsGraphAndLeavesTheOthers() {
        try (GraphStore store = GraphStore.open(temp.resolve("db"))) {
            store.replaceDocuments(Map.of("veto", model(VETO), "buses", model(BUSES)));
            store.replaceDocument("veto", model(VETO_REVISED));

            assertEquals(model(VETO_REVISED).size() + model(BUSES).size(), store.tripleCount());
            assertEquals(Map.of("veto", "hash-veto-2", "buses", "hash-buses-1"), store.contentHashes());
            assertFalse(ask(store, "ASK { ?s ng:opposes ?o }"), "the old stance is gone");
            assertFalse(ask(store, "ASK { ?s a ng:Person }"), "the person only the old graph had is gone");
            assertTrue(ask(store, "ASK { ?s ng:vetoed ?o }"));
            assertTrue(ask(store, "ASK { ?evacuation ng:facilitatedBy ?russia }"), "the other document is intact");
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldGraph() {
        try (GraphStore store = GraphStore.open(temp.resolve("db"))) {
            store.replaceDocument("veto", model(VETO));
            long before = store.tripleCount();

            Model failing = ModelFactory.createModelForGraph(new FailingAfter(model(VETO_REVISED).getGraph(), 5));
            assertThrows(IllegalStateException.class, () -> store.replaceDocument("veto", failing));

            assertEquals(before, store.tripleCount());
            assertEquals(Map.of("veto", "hash-veto-1"), store.contentHashes());
        }
    }

    @Test
    void aGraphWithoutItsDocumentIsRefusedBeforeAnythingIsWritten() {
        try (GraphStore store = GraphStore.open(temp.resolve("db"))) {
            store.replaceDocument("veto", model(VETO));
            long before = store.tripleCount();

            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> store.replaceDocuments(Map.of("buses", model(BUSES), "ghost", model(NO_DOCUMENT))));

            assertTrue(refused.getMessage().contains("ghost"), refused.getMessage());
            assertEquals(before, store.tripleCount());
            assertEquals(Set.of("veto"), store.documentIds());
        }
    }

    @Test
    void removingADocumentKeepsWhatOtherDocumentsSay() {
        try (GraphStore store = GraphStore.open(StoreFixtures.storeWith(temp.resolve("db"), VETO, BUSES))) {
            assertTrue(store.removeDocument("veto"));

            assertEquals(Set.of("buses"), store.documentIds());
            assertEquals(model(BUSES).size(), store.tripleCount());
            assertTrue(ask(store, "ASK { ngr:actor\\/russia a ng:Country ; rdfs:label \"Russia\" }"),
                    "Russia is still known from the other document");
            assertFalse(ask(store, "ASK { ?s ng:opposes ?o }"));
            assertFalse(store.removeDocument("veto"), "a second removal finds nothing");
        }
    }

    @Test
    void queriesSeeTheUnionOfAllDocumentGraphs() {
        try (GraphStore store = GraphStore.openForReading(StoreFixtures.storeWith(temp.resolve("db"), VETO, BUSES))) {
            long documents = store.read(dataset -> {
                try (QueryExecution execution = QueryExecution.dataset(dataset)
                        .query("SELECT (COUNT(?d) AS ?n) { ?d a <" + NG + "Document> }").build()) {
                    return execution.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(2, documents);
            assertTrue(ask(store, "ASK { ?russia ng:opposes ?resolution . ?evacuation ng:facilitatedBy ?russia }"),
                    "one entity joins facts from two documents");
        }
    }

    @Test
    void statsCountClassesOnceAcrossDocumentsAndTriplesPerGraph() {
        Path directory = StoreFixtures.storeWith(temp.resolve("db"), VETO, BUSES);
        try (GraphStore store = GraphStore.open(directory)) {
            StoreStats stats = store.stats();
            assertEquals(2, stats.documents());
            assertEquals(model(VETO).size() + model(BUSES).size(), stats.triples());
            assertEquals(1L, stats.classCounts().get(NG + "Country"), "Russia is one entity in both graphs");
            assertEquals(3L, stats.classCounts().get(NG + "Evidence"));
            assertEquals(2L, stats.classCounts().get(NG + "Document"));
            assertEquals(1L, stats.predicateCounts().get(NG + "opposes"));
            List<Long> counts = List.copyOf(stats.predicateCounts().values());
            for (int i = 1; i < counts.size(); i++) {
                assertTrue(counts.get(i - 1) >= counts.get(i), "largest count first: " + counts);
            }
            assertTrue(stats.lastBuild().isEmpty());

            Instant finished = Instant.parse("2025-01-02T03:04:05Z");
            store.recordBuild(new LastBuild(finished, 2, 1, 1, 41.25));
            assertEquals(new LastBuild(finished, 2, 1, 1, 41.25), store.stats().lastBuild().orElseThrow());
            assertTrue(Files.isRegularFile(directory.resolve("newsgraph-build.json")));
        }
    }

    @Test
    void documentsAreSummarisedWithTheirFactCounts() {
        try (GraphStore store = GraphStore.openForReading(StoreFixtures.storeWith(temp.resolve("db"), VETO, BUSES))) {
            List<DocumentSummary> documents = store.documents();
            assertEquals(List.of(
                    new DocumentSummary("buses", "2016-12-18",
                            "Aleppo evacuations on the verge of collapse after buses are burned",
                            "The Washington Post", 1),
                    new DocumentSummary("veto", "2016-12-18",
                            "Russia says it will veto the UN resolution on monitoring Aleppo evacuations",
                            "International Business Times UK", 2)), documents);
        }
    }

    @Test
    void theStoreSurvivesClosingAndReopening() {
        Path directory = StoreFixtures.storeWith(temp.resolve("db"), VETO);
        try (GraphStore store = GraphStore.openForReading(directory)) {
            assertEquals(Map.of("veto", "hash-veto-1"), store.contentHashes());
        }
        try (GraphStore store = GraphStore.open(directory)) {
            store.replaceDocument("buses", model(BUSES));
        }
        try (GraphStore store = GraphStore.openForReading(directory)) {
            assertEquals(Set.of("buses", "veto"), store.documentIds());
        }
    }

    @Test
    void aSecondWriterInTheSameProgramIsRefused() {
        Path directory = temp.resolve("db");
        try (GraphStore first = GraphStore.open(directory)) {
            StoreException refused = assertThrows(StoreException.class, () -> GraphStore.open(directory));
            assertEquals("store " + directory + " is already open for writing in this program", refused.getMessage());
            assertThrows(StoreException.class, () -> GraphStore.open(directory, GraphStore.Access.UPDATE));

            try (GraphStore reader = GraphStore.openForReading(directory)) {
                first.replaceDocument("veto", model(VETO));
                assertEquals(Set.of("veto"), reader.documentIds(), "readers share the writer's store");
            }
            assertEquals(Set.of("veto"), first.documentIds(), "closing a reader leaves the writer working");
        }
        try (GraphStore again = GraphStore.open(directory)) {
            assertEquals(Set.of("veto"), again.documentIds());
        }
    }

    @Test
    void readingAMissingStoreFailsWithoutCreatingIt() {
        Path directory = temp.resolve("missing-db");
        StoreException missing = assertThrows(StoreException.class, () -> GraphStore.openForReading(directory));
        assertEquals("no store at " + directory + "; run 'newsgraph build' first", missing.getMessage());
        assertThrows(StoreException.class, () -> GraphStore.open(directory, GraphStore.Access.UPDATE));
        assertFalse(Files.exists(directory));
    }

    @Test
    void aStoreOpenedForReadingRefusesWrites() {
        try (GraphStore store = GraphStore.openForReading(StoreFixtures.storeWith(temp.resolve("db"), VETO))) {
            assertThrows(IllegalStateException.class, () -> store.removeDocument("veto"));
            assertThrows(IllegalStateException.class, () -> store.replaceDocument("veto", model(VETO)));
            assertEquals(Set.of("veto"), store.documentIds());
        }
    }

    @Test
    void aFolderWithOtherFilesIsNotTurnedIntoAStore() throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve("notes.txt"), "mine");
        StoreException refused = assertThrows(StoreException.class, () -> GraphStore.open(project));
        assertEquals(project + " is not a newsgraph store and is not empty; choose a new or empty folder",
                refused.getMessage());
        assertEquals(List.of(project.resolve("notes.txt")), Files.list(project).toList());
    }

    @Test
    void aServerAnnouncesWhereItAnswersQueriesUntilItClosesTheStore() {
        Path directory = StoreFixtures.storeWith(temp.resolve("db"), VETO);
        URI endpoint = URI.create("http://127.0.0.1:3030/newsgraph/sparql");
        try (GraphStore server = GraphStore.openForReading(directory)) {
            server.announceHolder("newsgraph serve at http://127.0.0.1:3030/newsgraph", endpoint);
            assertEquals(Optional.of(new AnnouncedHolder(ProcessHandle.current().pid(),
                    "newsgraph serve at http://127.0.0.1:3030/newsgraph", Optional.of(endpoint))),
                    GraphStore.announcedHolder(directory));
        }
        assertEquals(Optional.empty(), GraphStore.announcedHolder(directory));
        assertEquals(Optional.empty(), GraphStore.announcedHolder(temp.resolve("no-store-here")));
    }

    @Test
    void anAnnouncementFromBeforeServersGaveTheirEndpointStillNamesTheHolder() throws Exception {
        Path directory = StoreFixtures.storeWith(temp.resolve("db"), VETO);
        long pid = ProcessHandle.current().pid();
        Files.writeString(directory.resolve(GraphStore.HOLDER_FILE),
                "{\"pid\":" + pid + ",\"description\":\"newsgraph serve at http://127.0.0.1:3030/newsgraph\"}");
        assertEquals(Optional.of(new AnnouncedHolder(pid, "newsgraph serve at http://127.0.0.1:3030/newsgraph",
                Optional.empty())), GraphStore.announcedHolder(directory));

        Files.writeString(directory.resolve(GraphStore.HOLDER_FILE), "{\"pid\":" + pid
                + ",\"description\":\"something\",\"sparql\":\"file:///etc/passwd\"}");
        assertEquals(Optional.empty(), GraphStore.announcedHolder(directory).flatMap(AnnouncedHolder::sparqlEndpoint),
                "only an http(s) URL is an endpoint");
    }

    private static boolean ask(GraphStore store, String askQuery) {
        String prefixes = "PREFIX ng: <" + NG + "> PREFIX ngr: <https://w3id.org/newsgraph/id/> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        return store.read(dataset -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(prefixes + askQuery).build()) {
                return execution.execAsk();
            }
        });
    }

    /** A graph whose full listing breaks after some triples, as a crash in the middle of a write would. */
    private static final class FailingAfter extends GraphWrapper {
        private final int triples;

        FailingAfter(Graph graph, int triples) {
            super(graph);
            this.triples = triples;
        }

        @Override
        public ExtendedIterator<Triple> find() {
            Iterator<Triple> all = get().find();
            return WrappedIterator.create(new Iterator<>() {
                private int served;

                @Override
                public boolean hasNext() {
                    return all.hasNext();
                }

                @Override
                public Triple next() {
                    if (++served > triples) {
                        throw new IllegalStateException("write interrupted");
                    }
                    return all.next();
                }
            });
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            return get().find(s, p, o);
        }
    }
}
