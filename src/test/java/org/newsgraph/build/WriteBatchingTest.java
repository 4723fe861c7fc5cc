package org.newsgraph.build;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.resolve.Gazetteer;
import org.newsgraph.store.GraphStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds of the seeds (annotations from the shared cache) with different batchings of the store writes. */
@Tag("corenlp")
class WriteBatchingTest {

    @TempDir
    Path temp;

    @Test
    void batchingChangesNothingInWhatIsStored() {
        SeedStore.report();
        Map<String, Model> perDocument = build(temp.resolve("per-document"), WriteBatching.perDocument(),
                BuildListener.SILENT);
        Map<String, Model> inPairs = build(temp.resolve("pairs"), new WriteBatching(2, Duration.ofHours(1)),
                BuildListener.SILENT);
        Map<String, Model> allAtOnce = build(temp.resolve("standard"), WriteBatching.standard(),
                BuildListener.SILENT);

        assertEquals(5, perDocument.size());
        for (Map<String, Model> other : List.of(inPairs, allAtOnce)) {
            assertEquals(perDocument.keySet(), other.keySet());
            perDocument.forEach((graph, model) ->
                    assertTrue(model.isIsomorphicWith(other.get(graph)), graph + " differs"));
        }
    }

    /**
     * The third document is held back until the first two can be read from the store: only the batch's time limit
     * can get them there, since the batch is far from full.
     */
    @Test
    void aBatchWaitingForASlowDocumentIsCommittedWhenItsTimeIsUp() throws Exception {
        SeedStore.report();
        Path store = temp.resolve("slow-stream");
        CountDownLatch firstTwoReadable = new CountDownLatch(1);
        AtomicReference<Set<String>> seenBeforeThird = new AtomicReference<>();
        AtomicInteger done = new AtomicInteger();
        BuildListener holdingBackTheThird = new BuildListener() {
            @Override
            public void started(int documents) {
            }

            @Override
            public void documentDone(String documentId, DocumentOutcome outcome) {
                if (done.incrementAndGet() != 3) {
                    return;
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (System.nanoTime() < deadline) {
                    try (GraphStore reading = GraphStore.openForReading(store)) {
                        Set<String> ids = reading.documentIds();
                        if (ids.size() >= 2) {
                            seenBeforeThird.set(ids);
                            firstTwoReadable.countDown();
                            return;
                        }
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        };
        Map<String, Model> built = build(store, new WriteBatching(32, Duration.ofMillis(200)), holdingBackTheThird);

        assertTrue(firstTwoReadable.await(0, TimeUnit.SECONDS), "the first two documents were never committed "
                + "while the third was held back");
        assertEquals(2, seenBeforeThird.get().size(), String.valueOf(seenBeforeThird.get()));
        assertEquals(5, built.size());
    }

    @Test
    void aBatchHoldsAtLeastOneDocument() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new WriteBatching(0, Duration.ZERO));
        assertEquals("a batch holds at least one document, got 0", refused.getMessage());
    }

    private static Map<String, Model> build(Path directory, WriteBatching batching, BuildListener listener) {
        GraphBuilder builder = new GraphBuilder(NlpConfig.standard(), new FactExtraction(Gazetteer.standard()),
                new BuildTimings(), batching);
        try (GraphStore store = GraphStore.open(directory)) {
            BuildReport report = builder.build(store, new BuildRequest(List.of(Path.of("seeds")),
                    IngestOptions.defaults(), 1, SeedStore.cacheDirectory()), listener);
            assertTrue(report.problems().isEmpty(), report.problems()::toString);
            return store.read(WriteBatchingTest::graphs);
        }
    }

    private static Map<String, Model> graphs(Dataset dataset) {
        Map<String, Model> graphs = new TreeMap<>();
        for (Iterator<Resource> names = dataset.listModelNames(); names.hasNext(); ) {
            String name = names.next().getURI();
            graphs.put(name, ModelFactory.createDefaultModel().add(dataset.getNamedModel(name)));
        }
        return graphs;
    }
}
