package org.newsgraph.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.serve.CliResult;
import org.newsgraph.serve.ServeFixtures;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreFixtures;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text index of real TDB2 stores, written through the store as build, remove and load write, and searched. */
class StoreTextIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** The hits of {@code newsgraph search} as JSON. */
    private static JsonNode search(Path store, String... queryAndOptions) throws IOException {
        List<String> args = new ArrayList<>(List.of("search", "--store", store.toString(), "--format", "json"));
        args.addAll(List.of(queryAndOptions));
        CliResult result = CliResult.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("", result.err(), result.toString());
        return JSON.readTree(result.out()).path("hits");
    }

    private static List<String> texts(JsonNode hits) {
        List<String> texts = new ArrayList<>();
        hits.forEach(hit -> texts.add(hit.path("text").asText()));
        return texts;
    }

    private static void assertAgree(Path store) {
        List<String> expected = IndexAgreement.expected(store);
        assertFalse(expected.isEmpty());
        assertEquals(expected, IndexAgreement.indexed(store));
    }

    @Test
    void aBuiltStoreIsSearchableBySentenceQuoteAndName() throws IOException {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        assertAgree(store);

        JsonNode quote = search(store, "inspectors", "--field", "quote");
        assertEquals(1, quote.size(), quote.toString());
        assertEquals("quote", quote.get(0).path("field").asText());
        assertEquals("harbour", quote.get(0).path("document").asText());
        assertEquals("2021-05-10", quote.get(0).path("date").asText());
        assertTrue(quote.get(0).path("facts").get(0).asText().startsWith("Ilse Marlow said \"We will not sign"),
                quote.toString());

        JsonNode misspelt = search(store, "Marlw~", "--field", "label");
        assertEquals("Ilse Marlow", misspelt.get(0).path("entities").get(0).asText(), misspelt.toString());
        assertEquals("person", misspelt.get(0).path("types").get(0).asText());

        // A name used by both documents is one hit that lists both, the newer first.
        JsonNode name = search(store, "Ostravia", "--field", "label");
        assertEquals(1, name.size(), name.toString());
        assertEquals(List.of("convoy", "harbour"), List.of(name.get(0).path("documents").get(0).asText(),
                name.get(0).path("documents").get(1).asText()));
    }

    @Test
    void hitsAreRankedAndFilteredByFieldTypeAndDate() throws IOException {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        JsonNode all = search(store, "Ostravia");
        assertTrue(all.size() >= 3, all.toString());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).path("score").asDouble() >= all.get(i).path("score").asDouble(), all.toString());
        }
        for (JsonNode hit : search(store, "Ostravia", "--field", "sentence")) {
            assertEquals("sentence", hit.path("field").asText());
        }
        for (JsonNode hit : search(store, "Ostravia", "--until", "2021-05-10")) {
            assertEquals("harbour", hit.path("document").asText(), hit.toString());
        }
        for (JsonNode hit : search(store, "Ostravia", "--since", "2021-05-11")) {
            assertEquals("convoy", hit.path("document").asText(), hit.toString());
        }
        JsonNode people = search(store, "Ostravia OR Marlow", "--type", "Person");
        assertFalse(people.isEmpty());
        people.forEach(hit -> assertTrue(hit.path("types").toString().contains("person"), hit.toString()));
        assertEquals(1, search(store, "Ostravia", "--limit", "1").size());
        JsonNode phrase = search(store, "\"café-table inspectors\"");
        assertEquals(2, phrase.size(), "the quote and the sentence that holds it: " + phrase);
        phrase.forEach(hit -> assertTrue(hit.path("text").asText().contains("café-table inspectors"), hit.toString()));
        assertTrue(search(store, "zzzunknownword").isEmpty());
    }

    @Test
    void aChangedDocumentIsReindexedAndARemovedOneLeavesTheIndex() throws IOException {
        Path store = StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.VETO, StoreFixtures.BUSES);
        assertAgree(store);
        assertEquals(List.of(), texts(search(store, "sentence:\"will veto\"")));
        assertEquals(1, search(store, "brokered").size());

        try (GraphStore writing = GraphStore.openForWriting(store)) {
            writing.replaceDocument("veto", StoreFixtures.model(StoreFixtures.VETO_REVISED));
        }
        assertAgree(store);
        assertEquals(List.of("Russia will veto a United Nations Security Council resolution."),
                texts(search(store, "sentence:\"will veto\"")));

        CliResult removed = CliResult.run("remove", "buses", "--store", store.toString());
        assertEquals(0, removed.exitCode(), removed.toString());
        assertAgree(store);
        assertTrue(search(store, "brokered").isEmpty());
    }

    @Test
    void writesTheIndexMissedAreRepairedByTheNextSearch() throws IOException {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        List<String> before = IndexAgreement.indexed(store);
        // What a build killed between the store's commit and the index's leaves: the store changed, the index not.
        try (GraphStore reading = GraphStore.openForReading(store)) {
            DatasetGraph dsg = reading.dataset().asDatasetGraph();
            Txn.executeWrite(dsg, () -> {
                dsg.removeGraph(NodeFactory.createURI("https://w3id.org/newsgraph/id/doc/convoy"));
                var harbour = NodeFactory.createURI("https://w3id.org/newsgraph/id/doc/harbour");
                dsg.deleteAny(harbour, harbour, NG.contentHash.asNode(), org.apache.jena.graph.Node.ANY);
                dsg.add(harbour, harbour, NG.contentHash.asNode(), NodeFactory.createLiteralString("changed"));
                dsg.add(harbour, NodeFactory.createURI("https://w3id.org/newsgraph/id/person/ilse-marlow"),
                        org.apache.jena.vocabulary.SKOS.altLabel.asNode(), NodeFactory.createLiteralString("Ilsabet"));
            });
        }
        assertEquals(before, IndexAgreement.indexed(store), "nothing updated the index");
        assertNotEquals(IndexAgreement.expected(store), IndexAgreement.indexed(store));

        JsonNode hits = search(store, "Ilsabet");
        assertEquals(1, hits.size(), hits.toString());
        assertAgree(store);
        search(store, "Ostravia").forEach(hit -> assertEquals("harbour", hit.path("document").asText()));
    }

    @Test
    void loadedDocumentsAreIndexedWhetherBulkLoadedOrReplaced() throws IOException {
        DatasetGraph fixture = ServeFixtures.dataset(ServeFixtures.TWO_DOCUMENTS);
        Path quads = temp.resolve("two.nq");
        try (OutputStream out = Files.newOutputStream(quads)) {
            RDFDataMgr.write(out, fixture, Lang.NQUADS);
        }
        Path store = temp.resolve("db");
        CliResult bulk = CliResult.run("load", quads.toString(), "--store", store.toString());
        assertEquals(0, bulk.exitCode(), bulk.toString());
        assertAgree(store);
        assertEquals(1, search(store, "inspectors", "--field", "quote").size());

        CliResult again = CliResult.run("load", quads.toString(), "--store", store.toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertAgree(store);
        assertEquals(1, search(store, "inspectors", "--field", "quote").size(), "loading twice indexes once");
    }

    @Test
    void badSearchesGetOneClearLine() {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        CliResult unbalanced = CliResult.run("search", "\"harbour", "--store", store.toString());
        assertEquals(1, unbalanced.exitCode(), unbalanced.toString());
        assertTrue(unbalanced.err().startsWith("newsgraph: cannot read the search '\"harbour'"), unbalanced.err());
        assertEquals(1, unbalanced.err().strip().lines().count(), unbalanced.err());

        CliResult field = CliResult.run("search", "harbour", "--field", "title", "--store", store.toString());
        assertEquals(2, field.exitCode(), field.toString());
        assertTrue(field.err().contains("unknown --field 'title'"), field.err());

        CliResult type = CliResult.run("search", "harbour", "--type", "Persn", "--store", store.toString());
        assertEquals(2, type.exitCode(), type.toString());
        assertTrue(type.err().contains("unknown --type 'persn'"), type.err());

        CliResult date = CliResult.run("search", "harbour", "--since", "May", "--store", store.toString());
        assertEquals(2, date.exitCode(), date.toString());

        CliResult missing = CliResult.run("search", "harbour", "--store", temp.resolve("none").toString());
        assertEquals(1, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("no store at"), missing.err());
    }

    @Test
    void theTableNamesDocumentDateEntitiesAndFact() {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        CliResult table = CliResult.run("search", "quote:inspectors", "--store", store.toString());
        assertEquals(0, table.exitCode(), table.toString());
        List<String> lines = table.out().lines().toList();
        assertEquals(List.of("rank", "score", "field", "text", "entities", "fact", "document", "date"),
                List.of(lines.get(0).split("\\s{2,}")));
        assertTrue(lines.get(2).contains("harbour") && lines.get(2).contains("2021-05-10"), lines.get(2));
        assertEquals("1 hit", lines.get(lines.size() - 1));
    }
}
