package org.newsgraph.build;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryResult;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed articles' evacuations followed across reports, built by the whole pipeline into real TDB2 stores: the
 * December operation out of Aleppo is one resource with a dated status from each article, every evacuation has an
 * origin, and an article added to a built store joins the operation while the stored articles stay as they were.
 */
@Tag("corenlp")
class EventsAcrossReportsTest {

    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dct: <http://purl.org/dc/terms/>
            """;

    @TempDir
    Path temp;

    /** The evacuation IRIs a document's graph holds, with their origins' labels: "IRI <- Aleppo". */
    private static Set<String> evacuations(GraphStore store, String documentId) {
        return store.read(dataset -> {
            Set<String> found = new java.util.TreeSet<>();
            String query = PREFIXES + "SELECT ?e ?origin WHERE { GRAPH <" + Iris.document(documentId) + "> {"
                    + " ?e a ng:Evacuation ; ng:from ?o . ?o rdfs:label ?origin } }";
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                exec.execSelect().forEachRemaining(row -> found.add(row.getResource("e").getURI() + " <- "
                        + row.getLiteral("origin").getString()));
            }
            return found;
        });
    }

    private static String evacuationFrom(GraphStore store, String documentId, String origin) {
        return evacuations(store, documentId).stream().filter(e -> e.endsWith(" <- " + origin))
                .map(e -> e.substring(0, e.indexOf(" <- "))).findFirst()
                .orElseThrow(() -> new AssertionError("no evacuation from " + origin + " in " + documentId + ": "
                        + evacuations(store, documentId)));
    }

    @Test
    void theDecemberOperationIsOneEvacuationWithEachReportsStatusByDate() {
        GraphStore store = SeedStore.store();
        String december = evacuationFrom(store, "000_c8d5d176efd0c936", "Aleppo");
        assertEquals(december, evacuationFrom(store, "001_265c067fbcdf253c", "Aleppo"));
        assertEquals(december, evacuationFrom(store, "004_442479824f2ea1a4", "Aleppo"));
        String october = evacuationFrom(store, "003_d47dbbe6e72bd05c", "Aleppo");
        assertFalse(october.equals(december), "the October plan is another operation");

        QueryResult.Select timeline = (QueryResult.Select) QueryRunner.standard().run(store, "evacuation-timeline");
        Binding first = timeline.rows().get(0);
        String label = store.read(dataset -> dataset.getUnionModel().getResource(december)
                .getProperty(org.apache.jena.vocabulary.RDFS.label).getString());
        List<String> steps = new ArrayList<>();
        for (Binding row : timeline.rows()) {
            if (text(row, "evacuation").equals(label)) {
                assertFalse(text(row, "sentence").isBlank(), row.toString());
                steps.add(text(row, "date") + " " + text(row, "status") + " " + text(row, "document"));
            }
        }
        assertEquals(List.of("2016-12-13 Planned 004_442479824f2ea1a4", "2016-12-18 Suspended 000_c8d5d176efd0c936",
                "2016-12-18 Suspended 001_265c067fbcdf253c"), steps, "first row: " + first);
    }

    @Test
    void everyEvacuationHasAnOriginAndItsFactsKeepTheirArticles() {
        GraphStore store = SeedStore.store();
        long originless = store.read(dataset -> {
            String query = PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ng:Evacuation "
                    + "FILTER NOT EXISTS { ?e ng:from ?o } }";
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(0, originless);
        String december = evacuationFrom(store, "000_c8d5d176efd0c936", "Aleppo");
        // who ran and who stopped it come from one article, the statuses from three: each in its own graph
        Set<String> facilitatorsIn = store.read(dataset -> {
            Set<String> graphs = new java.util.TreeSet<>();
            String query = PREFIXES + "SELECT ?g WHERE { GRAPH ?g { <" + december + "> ng:facilitatedBy ?x ."
                    + " ?ev <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <" + december + "> ;"
                    + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ng:facilitatedBy ; ng:sentence ?s } }";
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                exec.execSelect().forEachRemaining(row -> graphs.add(row.getResource("g").getURI()));
            }
            return graphs;
        });
        assertEquals(Set.of(Iris.document("000_c8d5d176efd0c936")), facilitatorsIn);
    }

    @Test
    void aLaterReportAddedToABuiltStoreJoinsTheOperationAndLeavesTheOthersAlone() throws IOException {
        SeedStore.store();
        Path earlier = temp.resolve("earlier");
        Path later = temp.resolve("later");
        Files.createDirectories(earlier);
        Files.createDirectories(later);
        List<String> manifest = Files.readAllLines(Path.of("seeds/manifest.tsv"));
        String laterId = "001_265c067fbcdf253c";
        List<String> earlierManifest = new ArrayList<>();
        List<String> laterManifest = new ArrayList<>();
        for (String line : manifest) {
            if (line.startsWith("#") || line.isBlank()) {
                earlierManifest.add(line);
                laterManifest.add(line);
                continue;
            }
            String id = line.split("\t")[0];
            boolean isLater = id.equals(laterId);
            (isLater ? laterManifest : earlierManifest).add(line);
            Files.copy(Path.of("seeds", id + ".txt"), (isLater ? later : earlier).resolve(id + ".txt"));
        }
        Files.write(earlier.resolve("manifest.tsv"), earlierManifest);
        Files.write(later.resolve("manifest.tsv"), laterManifest);

        try (GraphStore store = GraphStore.openForWriting(temp.resolve("db"))) {
            BuildReport first = new GraphBuilder().build(store, SeedStore.request(List.of(earlier)),
                    BuildListener.SILENT);
            assertEquals(4, first.documents(), first.toString());
            Model before = graph(store, "000_c8d5d176efd0c936");
            String december = evacuationFrom(store, "000_c8d5d176efd0c936", "Aleppo");
            String fouaa = evacuationFrom(store, "000_c8d5d176efd0c936", "Kafraya");

            BuildReport second = new GraphBuilder().build(store, SeedStore.request(List.of(later)),
                    BuildListener.SILENT);
            assertEquals(1, second.documents(), second.toString());
            assertEquals(december, evacuationFrom(store, laterId, "Aleppo"));
            assertEquals(fouaa, evacuationFrom(store, laterId, "Kafraya"));
            assertTrue(before.isIsomorphicWith(graph(store, "000_c8d5d176efd0c936")),
                    "the stored article's graph changed when a later one was added");
            assertEquals(5, store.documentIds().size());
        }
    }

    private static Model graph(GraphStore store, String documentId) {
        return store.read(dataset -> ModelFactory.createDefaultModel()
                .add(dataset.getNamedModel(Iris.document(documentId))));
    }

    private static String text(Binding row, String variable) {
        Node node = row.get(Var.alloc(variable));
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
