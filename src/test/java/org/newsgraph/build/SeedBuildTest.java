package org.newsgraph.build;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.ingest.IngestProblem;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline on the seed articles into a real TDB2 folder: CoreNLP, extraction, resolution, mapping, store,
 * and the canned opposition query on the result.
 */
@Tag("corenlp")
class SeedBuildTest {

    @TempDir
    static Path workspace;
    private static GraphStore store;
    private static BuildReport firstBuild;

    @BeforeAll
    static void buildSeeds() {
        firstBuild = SeedStore.report();
        // a store of its own, so the writes below never disturb the shared seed store
        store = GraphStore.openForWriting(workspace.resolve("db"));
        new GraphBuilder().build(store, request(List.of(Path.of("seeds"))), BuildListener.SILENT);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static BuildRequest request(List<Path> inputs) {
        return new BuildRequest(inputs, IngestOptions.defaults(), 2, SeedStore.cacheDirectory());
    }

    @Test
    void allSeedsAreBuiltWithoutProblems() {
        assertEquals(5, firstBuild.documents());
        assertEquals(5, firstBuild.documentsAnnotated());
        assertTrue(firstBuild.problems().isEmpty(), firstBuild.problems()::toString);
        assertTrue(firstBuild.facts() > 50, "facts: " + firstBuild.facts());
        assertEquals(5, SeedStore.store().documentIds().size());
    }

    @Test
    void oppositionQueryShowsRussiaAgainstTheFrenchDraftsWithTheirSentences() throws IOException {
        String query = Files.readString(Path.of("queries/opposition.rq"));
        List<String> rows = store.read(ds -> {
            List<String> found = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                exec.execSelect().forEachRemaining((QuerySolution row) -> found.add(String.join(" | ",
                        row.get("actor").toString(), row.get("drafter").toString(), row.get("document").toString(),
                        row.get("sentence").toString(), row.get("date").toString())));
            }
            return found;
        });
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Russia | France | 000_c8d5d176efd0c936")
                && r.contains("2016-12-18")), () -> String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Russia | France | 003_d47dbbe6e72bd05c")
                && r.contains("veto")), () -> String.join("\n", rows));
    }

    @Test
    void theBuiltGraphConformsToTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        boolean conforms = store.read(ds -> ShaclValidator.get().validate(shapes, ds.getUnionModel().getGraph()).conforms());
        assertTrue(conforms);
    }

    @Test
    void rebuildingUnchangedSeedsSkipsThemAndKeepsTheTriples() {
        long triples = store.tripleCount();
        BuildReport again = new GraphBuilder().build(store, request(List.of(Path.of("seeds"))), BuildListener.SILENT);
        assertEquals(5, again.documentsUnchanged());
        assertEquals(0, again.documentsAnnotated());
        assertEquals(triples, store.tripleCount());
    }

    @Test
    void removingAndRebuildingArticlesGivesBackExactlyTheSameTriples() {
        java.util.Set<String> before = quads();
        store.removeDocument("000_c8d5d176efd0c936");
        store.removeDocument("003_d47dbbe6e72bd05c");
        assertTrue(quads().size() < before.size());
        new GraphBuilder().build(store, request(List.of(Path.of("seeds"))), BuildListener.SILENT);
        assertEquals(before, quads());
    }

    private static java.util.Set<String> quads() {
        return store.read(ds -> {
            java.util.Set<String> all = new java.util.TreeSet<>();
            ds.asDatasetGraph().find().forEachRemaining(q -> all.add(q.toString()));
            return all;
        });
    }

    @Test
    void badInputsAreReportedByNameWhileTheRestBuilds() throws IOException {
        Path batch = Files.createDirectories(workspace.resolve("batch"));
        Files.writeString(batch.resolve("empty.txt"), "");
        Files.write(batch.resolve("binary.txt"), new byte[]{0, 1, 2, 3, 0, 0, 5});
        Files.writeString(batch.resolve("good.txt"),
                "Valdoria said on Monday it would veto the resolution drafted by Norland.\n");
        Path missing = workspace.resolve("no-such-folder");
        BuildReport report = new GraphBuilder().build(store, request(List.of(batch, missing)), BuildListener.SILENT);
        List<String> problems = report.problems().stream().map(IngestProblem::message).toList();
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("empty.txt")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("binary.txt")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("no-such-folder")), problems::toString);
        assertTrue(store.documentIds().contains("good"));
        assertTrue(store.documentIds().contains("000_c8d5d176efd0c936"), "earlier documents stay");
        store.removeDocument("good");
    }
}
