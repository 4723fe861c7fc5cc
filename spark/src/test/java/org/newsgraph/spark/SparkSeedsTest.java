package org.newsgraph.spark;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.build.BuildListener;
import org.newsgraph.build.BuildReport;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.query.QueryResult;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.NQuadsLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job in local[2] on the seed articles against {@code newsgraph build seeds}: the same graphs, document by
 * document, the same evacuation operations followed across articles with each report's dated status, and the same
 * evaluation scores once its output is loaded into TDB2.
 */
class SparkSeedsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SEEDS = ROOT.resolve("seeds");
    private static final Path GOLD = ROOT.resolve("eval/seeds.gold.tsv");
    private static final Path PAIRS = ROOT.resolve("eval/seeds.entities.tsv");
    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    @TempDir
    static Path temp;

    static SparkSession spark;
    static SparkBuildJob.Summary summary;
    static Path localStore;
    static Path sparkStore;
    static NQuadsLoader.Report loaded;

    @BeforeAll
    static void buildBothWays() {
        localStore = temp.resolve("local-db");
        try (GraphStore store = GraphStore.open(localStore)) {
            BuildReport report = new GraphBuilder().build(store,
                    new BuildRequest(List.of(SEEDS), IngestOptions.defaults(), 2, null), BuildListener.SILENT);
            assertTrue(report.problems().isEmpty(), report.problems().toString());
        }
        spark = SparkSession.builder().master("local[2]").appName("newsgraph-seeds-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        Path out = temp.resolve("spark-out");
        summary = SparkBuildJob.run(spark, JobOptions.defaults(List.of(SEEDS.toString()), out.toString())
                .withPartitions(3));
        sparkStore = temp.resolve("spark-db");
        try (GraphStore store = GraphStore.open(sparkStore)) {
            loaded = NQuadsLoader.load(store, out.resolve("nquads"));
        }
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theJobBuildsEveryDocumentIntoPartitionedNQuadsWithASummary() throws Exception {
        assertEquals(5, summary.documents());
        assertEquals(0, summary.failed());
        assertEquals(List.of(), summary.problems());
        assertTrue(loaded.bulk(), "a new store is bulk loaded");
        assertEquals(summary.quads(), loaded.quads());
        try (Stream<Path> parts = Files.list(temp.resolve("spark-out/nquads"))) {
            assertTrue(parts.filter(p -> p.getFileName().toString().matches("part-\\d+\\.nq")).count() >= 2,
                    "one file per partition");
        }
        String json = Files.readString(temp.resolve("spark-out/summary.json"));
        assertTrue(json.contains("\"documents\" : 5"), json);
    }

    @Test
    void theLoadedStoreIsIsomorphicToTheLocalBuildGraphByGraph() {
        try (GraphStore local = GraphStore.openForReading(localStore);
             GraphStore distributed = GraphStore.openForReading(sparkStore)) {
            local.read(l -> distributed.read(d -> {
                DatasetGraph a = l.asDatasetGraph();
                DatasetGraph b = d.asDatasetGraph();
                Set<Node> names = new HashSet<>();
                a.listGraphNodes().forEachRemaining(names::add);
                assertEquals(5, names.size());
                Set<Node> loadedNames = new HashSet<>();
                b.listGraphNodes().forEachRemaining(loadedNames::add);
                assertEquals(names, loadedNames);
                for (Node name : names) {
                    Graph expected = a.getGraph(name);
                    Graph actual = b.getGraph(name);
                    assertEquals(expected.size(), actual.size(), name.getURI());
                    assertTrue(expected.isIsomorphicWith(actual), name + " differs");
                }
                // the stored default graph (not the union view queries see) stays empty both ways
                assertTrue(a.getGraph(Quad.defaultGraphIRI).isEmpty());
                assertTrue(b.getGraph(Quad.defaultGraphIRI).isEmpty());
                return null;
            }));
        }
    }

    @Test
    void parquetTablesAreReadWithTheirColumnsOrNamedByFileAndRow() throws Exception {
        Path tables = temp.resolve("tables");
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
                .add("body", "string").add("published", "string");
        List<org.apache.spark.sql.Row> rows = List.of(
                org.apache.spark.sql.RowFactory.create("Lena Varga, the mayor of Ostrava Nova, said the bridge "
                        + "would reopen on Monday.", "2024-05-02"),
                org.apache.spark.sql.RowFactory.create("The Harbour Workers Union voted to end the strike in "
                        + "Port Selen.", "2024-05-03"));
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(tables.toString());
        Path out = temp.resolve("parquet-out");
        JobOptions options = new JobOptions(List.of(tables.toString()), JobOptions.PARQUET, null, "body", "id",
                "published", "title", "source", out.toString(), 2);

        SparkBuildJob.Summary parquet = SparkBuildJob.run(spark, options);

        assertEquals(2, parquet.documents(), parquet.toString());
        assertEquals(List.of(), parquet.problems());
        Set<String> ids = new HashSet<>();
        try (GraphStore store = GraphStore.open(temp.resolve("parquet-db"))) {
            NQuadsLoader.load(store, out.resolve("nquads"));
            ids.addAll(store.documentIds());
            assertEquals(List.of("2024-05-02", "2024-05-03"), store.documents().stream()
                    .map(d -> d.date()).sorted().toList());
        }
        assertEquals(2, ids.size());
        assertTrue(ids.stream().allMatch(id -> id.matches("part-.+-0000[12]")), ids.toString());
    }

    @Test
    void theSeedEvalScoresOfBothStoresAreEqual() {
        EvalReport local;
        EvalReport distributed;
        try (GraphStore store = GraphStore.openForReading(localStore)) {
            local = Evaluation.run(store.dataset(), GOLD, PAIRS);
        }
        try (GraphStore store = GraphStore.openForReading(sparkStore)) {
            distributed = Evaluation.run(store.dataset(), GOLD, PAIRS);
        }
        assertEquals(local.overall(), distributed.overall());
        assertEquals(local.predicates(), distributed.predicates());
        assertEquals(local.pairs().held(), distributed.pairs().held());
        assertEquals(local.pairs().total(), distributed.pairs().total());
        assertFalse(local.documents().isEmpty());
        assertTrue(distributed.overall().f1() > 0.9, "F1 " + distributed.overall().f1());
    }

    @Test
    void evacuationsAreOneOperationAcrossArticlesWithEachReportsStatusAsInTheLocalBuild() {
        try (GraphStore local = GraphStore.openForReading(localStore);
             GraphStore distributed = GraphStore.openForReading(sparkStore)) {
            Map<String, Set<String>> expected = local.read(SparkSeedsTest::evacuationsByDocument);
            Map<String, Set<String>> actual = distributed.read(SparkSeedsTest::evacuationsByDocument);
            assertEquals(expected, actual);
            for (String id : actual.keySet()) {
                Model want = local.read(dataset -> evacuationFacts(dataset, id));
                Model got = distributed.read(dataset -> evacuationFacts(dataset, id));
                assertEquals(want.size(), got.size(), id);
                assertTrue(want.isIsomorphicWith(got), "the evacuation facts of " + id + " differ");
            }
            Set<String> operations = new TreeSet<>();
            actual.values().forEach(operations::addAll);
            assertEquals(operations.size(), summary.resolution().evacuations(), summary.resolution().toString());

            // 13 and 18 December: three reports of one operation; 6 and 7 October: the plan, another one
            Set<String> december = shared(actual, "004_442479824f2ea1a4", "000_c8d5d176efd0c936",
                    "001_265c067fbcdf253c");
            assertEquals(1, december.size(), actual.toString());
            Set<String> october = shared(actual, "002_888ebe0971092bfb", "003_d47dbbe6e72bd05c");
            assertEquals(1, october.size(), actual.toString());
            assertTrue(Collections.disjoint(december, october), actual.toString());

            List<String> timeline = timeline(distributed);
            assertEquals(timeline(local), timeline);
            String label = distributed.read(dataset -> dataset.getUnionModel()
                    .getResource(december.iterator().next()).getProperty(RDFS.label).getString());
            assertEquals(List.of("2016-12-13 Planned 004_442479824f2ea1a4", "2016-12-18 Suspended 000_c8d5d176efd0c936",
                            "2016-12-18 Suspended 001_265c067fbcdf253c"),
                    timeline.stream().filter(row -> row.startsWith(label + " | "))
                            .map(row -> row.substring(label.length() + 3)).toList(), timeline.toString());
        }
    }

    /** Per document, the evacuation IRIs its graph holds. */
    private static Map<String, Set<String>> evacuationsByDocument(Dataset dataset) {
        Map<String, Set<String>> found = new TreeMap<>();
        String query = PREFIXES + "SELECT ?g ?e WHERE { GRAPH ?g { ?e a ng:Evacuation } }";
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
            exec.execSelect().forEachRemaining(row -> found.computeIfAbsent(
                    row.getResource("g").getURI().substring(Iris.document("").length()), k -> new TreeSet<>())
                    .add(row.getResource("e").getURI()));
        }
        return found;
    }

    /** What a document says of its evacuations: their facts, their status reports, the evidence of their facts. */
    private static Model evacuationFacts(Dataset dataset, String documentId) {
        String query = PREFIXES + "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + Iris.document(documentId) + "> {"
                + " { ?s a ng:Evacuation ; ?p ?o } UNION { ?s a ng:StatusReport ; ?p ?o }"
                + " UNION { ?s rdf:subject ?e ; ?p ?o . ?e a ng:Evacuation } } }";
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
            return exec.execConstruct();
        }
    }

    private static Set<String> shared(Map<String, Set<String>> evacuations, String... documentIds) {
        Set<String> shared = new TreeSet<>(evacuations.getOrDefault(documentIds[0], Set.of()));
        for (String id : documentIds) {
            shared.retainAll(evacuations.getOrDefault(id, Set.of()));
        }
        return shared;
    }

    /** The evacuation-timeline query's rows: "operation | date status document". */
    private static List<String> timeline(GraphStore store) {
        QueryResult.Select rows = (QueryResult.Select) new QueryRunner(List.of(ROOT.resolve("queries")))
                .run(store, "evacuation-timeline");
        List<String> timeline = new ArrayList<>();
        for (Binding row : rows.rows()) {
            assertFalse(text(row, "sentence").isBlank(), row.toString());
            timeline.add(text(row, "evacuation") + " | " + text(row, "date") + " " + text(row, "status") + " "
                    + text(row, "document"));
        }
        return timeline;
    }

    private static String text(Binding row, String variable) {
        Node node = row.get(Var.alloc(variable));
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
