package org.newsgraph.query;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreFixtures;
import org.newsgraph.store.StoreState;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The saved answers of the whole-archive listings on a real TDB2 store: exactly the query's answer in every format,
 * given only while the store is in the state they were saved for, whoever changed it.
 */
class SavedListingsTest {

    private static final QueryRunner QUERIES = new QueryRunner(List.of(Path.of("queries")));

    @TempDir
    Path temp;

    @Test
    void theSavedAnswerIsTheQuerysAnswerInEveryFormat() {
        Path directory = storeWithSavedListings();
        try (GraphStore store = GraphStore.openForReading(directory)) {
            for (String name : SavedListings.NAMES) {
                ResolvedQuery query = QUERIES.resolve(name);
                QueryResult saved = SavedListings.answer(directory, query).orElseThrow(
                        () -> new AssertionError("no saved answer for " + name));
                QueryResult fresh = QUERIES.runOnStore(store, query);
                assertFalse(((QueryResult.Select) fresh).rows().isEmpty(), name + " has rows on the fixtures");
                assertSameOutput(fresh, saved, name);
                assertSameOutput(fresh, QUERIES.run(store, query), name + " through run");
            }
        }
    }

    @Test
    void anUpdateThroughADatasetOpenedDirectlyMakesItStaleAndTheQueryAnswers() {
        Path directory = storeWithSavedListings();
        ResolvedQuery actors = QUERIES.resolve("actors");
        String before = output(SavedListings.answer(directory, actors).orElseThrow(), ResultFormat.CSV);

        Dataset direct = TDB2Factory.connectDataset(directory.toString());
        try {
            Txn.executeWrite(direct, () -> UpdateAction.parseExecute("""
                    PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    INSERT DATA { GRAPH <https://w3id.org/newsgraph/id/doc/statements> {
                      <https://w3id.org/newsgraph/id/actor/teodor_krell> a ng:Person ; rdfs:label "Teodor Krell" ;
                        ng:mentionedIn <https://w3id.org/newsgraph/id/doc/statements> .
                    } }""", direct));
        } finally {
            TDBInternal.expel(direct.asDatasetGraph());
        }

        assertEquals(Optional.empty(), SavedListings.answer(directory, actors), "stale after another writer");
        try (GraphStore store = GraphStore.openForReading(directory)) {
            QueryResult answer = QUERIES.run(store, actors);
            String after = output(answer, ResultFormat.CSV);
            assertTrue(after.contains("Teodor Krell"), after);
            assertFalse(before.contains("Teodor Krell"));
            assertEquals(output(QUERIES.runOnStore(store, actors), ResultFormat.CSV), after);
        }
    }

    @Test
    void theStateChangesWithEveryCommitInTheWritingProcess() {
        Path directory = temp.resolve("db");
        try (GraphStore store = GraphStore.open(directory)) {
            store.replaceDocument("veto", StoreFixtures.model(StoreFixtures.VETO));
            Optional<String> one = StoreState.of(directory);
            store.read(dataset -> dataset.isEmpty());
            assertEquals(one, StoreState.of(directory), "a read leaves the state");
            store.replaceDocument("buses", StoreFixtures.model(StoreFixtures.BUSES));
            Optional<String> two = StoreState.of(directory);
            store.removeDocument("buses");
            Optional<String> three = StoreState.of(directory);
            assertTrue(one.isPresent() && two.isPresent() && three.isPresent());
            assertNotEquals(one, two);
            assertNotEquals(two, three);
            assertNotEquals(one, three, "the same documents again, after a removal, are another state");
        }
    }

    @Test
    void removeSavesTheListingsAgain() {
        Path directory = storeWithSavedListings();
        ResolvedQuery evidence = QUERIES.resolve("evidence");
        String before = output(SavedListings.answer(directory, evidence).orElseThrow(), ResultFormat.TSV);
        try (NewsGraph graph = new NewsGraph(GraphStore.open(directory, GraphStore.Access.UPDATE), QUERIES)) {
            assertTrue(graph.remove("statements"));
        }
        try (GraphStore store = GraphStore.openForReading(directory)) {
            for (String name : SavedListings.NAMES) {
                ResolvedQuery query = QUERIES.resolve(name);
                QueryResult saved = SavedListings.answer(directory, query).orElseThrow(
                        () -> new AssertionError("no saved answer for " + name + " after remove"));
                assertSameOutput(QUERIES.runOnStore(store, query), saved, name);
            }
        }
        String after = output(SavedListings.answer(directory, evidence).orElseThrow(), ResultFormat.TSV);
        assertNotEquals(before, after);
        assertFalse(after.contains("Harbour Council"), after);
    }

    @Test
    void anotherQueryTextADamagedFileOrALeftoverAreNotAnswers() throws IOException {
        Path directory = storeWithSavedListings();
        ResolvedQuery actors = QUERIES.resolve("actors");
        Path edited = Files.writeString(temp.resolve("actors.rq"),
                Files.readString(actors.file()).replace("ORDER BY DESC(?documents) ?actor", "ORDER BY ?actor"));
        ResolvedQuery other = QUERIES.resolve(edited.toString());
        assertEquals("actors", other.name());
        assertEquals(Optional.empty(), SavedListings.answer(directory, other), "an edited query is another query");

        Path file = directory.resolve(SavedListings.FOLDER).resolve("actors" + SavedListings.EXTENSION);
        byte[] whole = Files.readAllBytes(file);
        Files.write(directory.resolve(SavedListings.FOLDER).resolve("actors.4242.tmp"), whole);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(Optional.empty(), SavedListings.answer(directory, actors), "a cut file is no answer");
        try (GraphStore store = GraphStore.openForReading(directory)) {
            assertSameOutput(QUERIES.runOnStore(store, actors), QUERIES.run(store, actors), "actors");
        }

        try (GraphStore store = GraphStore.open(directory, GraphStore.Access.UPDATE)) {
            SavedListings.save(store, QUERIES);
        }
        assertTrue(SavedListings.answer(directory, actors).isPresent(), "saved again");
        assertFalse(Files.exists(directory.resolve(SavedListings.FOLDER).resolve("actors.4242.tmp")),
                "the next save deletes what a killed one left");
    }

    private Path storeWithSavedListings() {
        Path directory = temp.resolve("db");
        try (GraphStore store = GraphStore.open(directory)) {
            for (String fixture : List.of(StoreFixtures.VETO, StoreFixtures.BUSES)) {
                Model graph = StoreFixtures.model(fixture);
                store.replaceDocument(StoreFixtures.documentId(graph), graph);
            }
            store.replaceDocument("statements", statementsFixture());
            SavedListings.save(store, QUERIES);
        }
        return directory;
    }

    static Model statementsFixture() {
        return RDFDataMgr.loadModel(SavedListingsTest.class.getResource("/listings/doc-statements.ttl").toString());
    }

    private static void assertSameOutput(QueryResult expected, QueryResult actual, String name) {
        for (ResultFormat format : ResultFormat.values()) {
            assertEquals(output(expected, format), output(actual, format), name + " as " + format.label());
        }
        assertEquals(wideTable(expected), wideTable(actual), name + " as a wide table");
    }

    private static String output(QueryResult result, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.write(out, format, false);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String wideTable(QueryResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.write(out, ResultFormat.TABLE, true);
        return out.toString(StandardCharsets.UTF_8);
    }
}
