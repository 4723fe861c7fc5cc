package org.newsgraph.export;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.NG;
import org.newsgraph.serve.CliResult;
import org.newsgraph.serve.ServeFixtures;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every export format, read back by RIOT and compared with the store it came from. */
class ExportCommandTest {

    private static final Node HARBOUR = NodeFactory.createURI("https://w3id.org/newsgraph/id/doc/harbour");

    @TempDir
    static Path temp;

    static Path store;
    /** What the store holds, copied out of TDB2. */
    static DatasetGraph stored;

    @BeforeAll
    static void buildStore() {
        store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        stored = ServeFixtures.quadsOf(store);
        assertEquals(118, stored.stream().count(), "two graphs of the fixture, blank node and all");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theWholeStoreReadsBackAsTheSameGraphs(ExportFormat format) {
        Path file = temp.resolve("store." + format.extension());
        CliResult run = CliResult.run("export", "--format", format.label(), "--out", file.toString(),
                "--store", store.toString());
        assertEquals(0, run.exitCode(), run.toString());
        DatasetGraph back = read(file, format.lang());
        if (format.keepsNamedGraphs()) {
            assertEquals(graphNames(stored), graphNames(back), format.label());
            assertTrue(IsoMatcher.isomorphic(stored, back), format.label() + " keeps each document graph");
            assertTrue(run.out().startsWith("Exported 118 quads in 2 document graphs as "), run.out());
        } else {
            assertFalse(back.listGraphNodes().hasNext(), format.label() + " has no named graphs");
            assertTrue(IsoMatcher.isomorphic(stored.getUnionGraph(), back.getDefaultGraph()),
                    format.label() + " holds the union graph");
            assertTrue(run.out().startsWith("Exported 114 triples of the union graph as "), run.out());
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void oneDocumentReadsBackAsItsGraph(ExportFormat format) {
        Path file = temp.resolve("harbour." + format.extension());
        CliResult run = CliResult.run("export", "--format", format.label(), "--graph", "harbour", "--out",
                file.toString(), "--store", store.toString());
        assertEquals(0, run.exitCode(), run.toString());
        DatasetGraph back = read(file, format.lang());
        if (format.keepsNamedGraphs()) {
            assertEquals(Set.of(HARBOUR), graphNames(back), "the document keeps its graph name");
            assertTrue(IsoMatcher.isomorphic(stored.getGraph(HARBOUR), back.getGraph(HARBOUR)), format.label());
        } else {
            assertTrue(IsoMatcher.isomorphic(stored.getGraph(HARBOUR), back.getDefaultGraph()), format.label());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nquads", "jsonld"})
    void theUnionInAQuadFormatIsItsDefaultGraph(String format) {
        Path file = temp.resolve("union-" + format);
        CliResult run = CliResult.run("export", "--format", format, "--graph", "union", "--out", file.toString(),
                "--store", store.toString());
        assertEquals(0, run.exitCode(), run.toString());
        DatasetGraph back = read(file, ExportFormat.parse(format).lang());
        assertFalse(back.listGraphNodes().hasNext());
        assertTrue(IsoMatcher.isomorphic(stored.getUnionGraph(), back.getDefaultGraph()));
    }

    @Test
    void theOntologyPrefixesAreDeclared() throws IOException {
        for (String format : List.of("turtle", "trig")) {
            String text = exportToString(format);
            assertTrue(text.startsWith("PREFIX dct: <http://purl.org/dc/terms/>\n"), text);
            assertTrue(text.contains("PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"), text);
            assertTrue(text.contains("ng:Document"), "names use the prefixes");
        }
        assertTrue(exportToString("jsonld").contains("\"ng\": \"https://w3id.org/newsgraph/ontology#\""));
        assertTrue(exportToString("rdfxml").contains("xmlns:ng=\"https://w3id.org/newsgraph/ontology#\""));
    }

    @Test
    void toStandardOutputTheSummaryGoesToStderr() {
        CliResult run = CliResult.run("export", "--format", "nquads", "--store", store.toString());
        assertEquals(0, run.exitCode(), run.toString());
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.fromString(run.out(), Lang.NQUADS).parse(back);
        assertTrue(IsoMatcher.isomorphic(stored, back));
        assertTrue(run.err().matches("Exported 118 quads in 2 document graphs as N-Quads \\([0-9.]+ kB\\) in "
                + "[0-9.]+ s\n"), run.err());
    }

    @Test
    void theFormatFollowsTheFileNameAndDefaultsToTrig() throws IOException {
        Path nt = temp.resolve("guess.nt");
        assertEquals(0, CliResult.run("export", "--out", nt.toString(), "--store", store.toString()).exitCode());
        assertTrue(IsoMatcher.isomorphic(stored.getUnionGraph(), read(nt, Lang.NTRIPLES).getDefaultGraph()));

        CliResult trig = CliResult.run("export", "--store", store.toString());
        assertTrue(trig.err().contains(" as TriG "), trig.err());
        assertTrue(IsoMatcher.isomorphic(stored, parse(trig.out(), Lang.TRIG)));

        CliResult unknown = CliResult.run("export", "--out", temp.resolve("graph.bin").toString(),
                "--store", store.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("newsgraph: cannot tell the format from 'graph.bin'; add --format "
                + "turtle|trig|nquads|ntriples|jsonld|rdfxml"), unknown.err());
    }

    @Test
    void aFailedExportLeavesTheEarlierFileAlone() throws IOException {
        Path file = Files.writeString(temp.resolve("keep.ttl"), "# an earlier export\n");
        CliResult run = CliResult.run("export", "--graph", "no-such-document", "--out", file.toString(),
                "--store", store.toString());
        assertEquals(new CliResult(1, "", "newsgraph: no document 'no-such-document' in " + store
                + "; 'newsgraph list' shows the ids\n"), run);
        assertEquals("# an earlier export\n", Files.readString(file));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(), files.filter(path -> path.toString().endsWith(".part")).toList());
        }
    }

    @Test
    void aOneGraphFormatCannotHoldEveryDocumentGraph() {
        CliResult run = CliResult.run("export", "--format", "turtle", "--graph", "all", "--store", store.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("newsgraph: turtle holds one graph: use --graph union or --graph ID"),
                run.err());
        assertEquals(2, CliResult.run("export", "--format", "yaml", "--store", store.toString()).exitCode());
        assertEquals(2, CliResult.run("export", "out.ttl", "--store", store.toString()).exitCode());
    }

    /**
     * In a small heap the streamed formats still work, while JSON-LD, built in memory, is refused at once with
     * advice instead of thrashing the garbage collector for minutes.
     */
    @Test
    void jsonLdThatCannotFitIsRefusedAtOnce() throws Exception {
        Path big = temp.resolve("big-db");
        try (GraphStore graphStore = GraphStore.open(big)) {
            Model graph = ModelFactory.createDefaultModel();
            Resource document = graph.createResource("https://w3id.org/newsgraph/id/doc/big")
                    .addProperty(RDF.type, NG.Document).addProperty(DCTerms.identifier, "big");
            for (int i = 0; i < 40_000; i++) {
                document.addProperty(RDFS.comment, "line " + i);
            }
            graphStore.replaceDocument("big", graph);
        }
        ChildRun jsonld = exportInSmallHeap(big, "jsonld");
        assertEquals(1, jsonld.exitCode(), jsonld.output());
        assertTrue(jsonld.output().startsWith("newsgraph: jsonld is built in memory: 40002 statements need about 78 "
                + "MB, more than the "), jsonld.output());
        ChildRun nquads = exportInSmallHeap(big, "nquads");
        assertEquals(0, nquads.exitCode(), nquads.output());
        assertTrue(nquads.output().startsWith("Exported 40002 quads in 1 document graph as N-Quads"),
                nquads.output());
    }

    private record ChildRun(int exitCode, String output) {
    }

    private ChildRun exportInSmallHeap(Path db, String format) throws Exception {
        Path out = temp.resolve("small-heap." + format);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "export", "--format", format, "--out", out.toString(), "--store", db.toString())
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "export " + format + " did not finish");
        return new ChildRun(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    private static String exportToString(String format) {
        CliResult run = CliResult.run("export", "--format", format, "--store", store.toString());
        assertEquals(0, run.exitCode(), run.toString());
        return run.out();
    }

    private static DatasetGraph read(Path file, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(file).lang(lang).parse(dataset);
        return dataset;
    }

    private static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.fromString(text, lang).parse(dataset);
        return dataset;
    }

    private static Set<Node> graphNames(DatasetGraph dataset) {
        Set<Node> names = new HashSet<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        return names;
    }
}
