package org.newsgraph.spark;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.NQuadsLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job in local[2] on the seed articles against {@code newsgraph build seeds}: the same graphs, document by
 * document, and the same evaluation scores once its output is loaded into TDB2.
 */
class SparkSeedsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SEEDS = ROOT.resolve("seeds");
    private static final Path GOLD = ROOT.resolve("eval/seeds.gold.tsv");
    private static final Path PAIRS = ROOT.resolve("eval/seeds.entities.tsv");

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
}
