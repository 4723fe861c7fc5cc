package org.newsgraph.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreFixtures;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadCommandTest {

    @TempDir
    Path temp;

    /** The fixtures as a dataset with one named graph per document, named by the document's IRI. */
    private static Dataset documents(String... fixtures) {
        Dataset dataset = DatasetFactory.create();
        for (String fixture : fixtures) {
            Model graph = StoreFixtures.model(fixture);
            String iri = graph.listSubjectsWithProperty(RDF.type, NG.Document).next().getURI();
            dataset.addNamedModel(iri, graph);
        }
        return dataset;
    }

    private static void write(Dataset dataset, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = file.toString().endsWith(".gz")
                ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            RDFDataMgr.write(out, dataset, Lang.NQUADS);
        }
    }

    private static Dataset stored(Path store) {
        try (GraphStore graphs = GraphStore.openForReading(store)) {
            return graphs.read(ds -> {
                Dataset copy = DatasetFactory.create();
                ds.listNames().forEachRemaining(name -> copy.addNamedModel(name, ds.getNamedModel(name)));
                return copy;
            });
        }
    }

    @Test
    void bulkLoadsPartitionedFilesIntoANewStore() throws IOException {
        Path folder = temp.resolve("nquads");
        write(documents(StoreFixtures.VETO), folder.resolve("part-00000.nq"));
        write(documents(StoreFixtures.BUSES), folder.resolve("part-00001.nq.gz"));
        Files.writeString(folder.resolve("_SUCCESS"), "");
        Path store = temp.resolve("db");

        CliRun run = CliRun.of("load", folder.toString(), "--store", store.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("in 2 graphs from 2 files"), run.toString());
        assertTrue(run.out().contains("bulk load"), run.toString());
        assertTrue(IsoMatcher.isomorphic(documents(StoreFixtures.VETO, StoreFixtures.BUSES).asDatasetGraph(),
                stored(store).asDatasetGraph()), "the store holds exactly the loaded graphs");
    }

    @Test
    void loadingIntoAStoreWithDocumentsReplacesTheirGraphsInsteadOfDuplicating() throws IOException {
        Path store = StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.VETO, StoreFixtures.BUSES);
        Path revised = temp.resolve("revised.nq");
        write(documents(StoreFixtures.VETO_REVISED), revised);

        CliRun first = CliRun.of("load", revised.toString(), "--store", store.toString());
        CliRun again = CliRun.of("load", revised.toString(), "--store", store.toString());

        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().contains("1 document graph replaced"), again.toString());
        assertTrue(IsoMatcher.isomorphic(documents(StoreFixtures.VETO_REVISED, StoreFixtures.BUSES).asDatasetGraph(),
                stored(store).asDatasetGraph()), "the revised document replaced the old one, the other stayed");
    }

    @Test
    void aMalformedLineIsNamedAndNothingIsWritten() throws IOException {
        Path store = StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.BUSES);
        Path folder = temp.resolve("nquads");
        write(documents(StoreFixtures.VETO_REVISED), folder.resolve("part-00000.nq"));
        List<String> lines = List.of(
                "<https://w3id.org/newsgraph/id/doc/x> <http://purl.org/dc/terms/identifier> \"x\" <https://w3id.org/newsgraph/id/doc/x> .",
                "<https://w3id.org/newsgraph/id/doc/x> <http://purl.org/dc/terms/title> \"a title\" <https://w3id.org/newsgraph/id/doc/x> <urn:one-term-too-many> .",
                "<https://w3id.org/newsgraph/id/doc/x> <http://purl.org/dc/terms/source> \"a source\" <https://w3id.org/newsgraph/id/doc/x> .");
        Files.write(folder.resolve("part-00001.nq"), lines);

        CliRun run = CliRun.of("load", folder.toString(), "--store", store.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(folder.resolve("part-00001.nq") + ":2: malformed N-Quads"), run.toString());
        assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace: " + run);
        assertTrue(IsoMatcher.isomorphic(documents(StoreFixtures.BUSES).asDatasetGraph(),
                stored(store).asDatasetGraph()), "the store is as it was");
    }

    @Test
    void triplesOutsideADocumentGraphAndMissingInputAreRefused() throws IOException {
        Path triples = temp.resolve("plain.nq");
        Files.writeString(triples, "<urn:a> <urn:b> <urn:c> .\n");
        Path store = temp.resolve("db");

        CliRun outside = CliRun.of("load", triples.toString(), "--store", store.toString());
        CliRun missing = CliRun.of("load", temp.resolve("nowhere").toString(), "--store",
                temp.resolve("other-db").toString());

        assertEquals(1, outside.exitCode(), outside.toString());
        assertTrue(outside.err().contains("plain.nq: a triple outside any named graph"), outside.toString());
        assertFalse(stored(store).listNames().hasNext(), "nothing was loaded");
        assertEquals(1, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("nowhere: no such file or directory"), missing.toString());
        assertFalse(Files.exists(temp.resolve("other-db")), "no store is created for a missing input");
    }
}
