package org.newsgraph.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.SavedListings;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.StoreFixtures;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commands that write a store save the whole-archive listings for the state they leave, and {@code query NAME}
 * prints from a saved listing exactly what it prints from the store.
 */
class SavedListingsCommandTest {

    private static final QueryRunner QUERIES = new QueryRunner(List.of(Path.of("queries")));
    private static final List<String> FORMATS = List.of("table", "csv", "tsv", "json");

    @TempDir
    Path temp;

    @Test
    void loadAndCompactSaveTheListingsAndQueryPrintsWhatTheStoreAnswers() throws IOException {
        Path store = temp.resolve("db");
        Path first = writeNQuads(temp.resolve("first.nq"), StoreFixtures.model(StoreFixtures.VETO),
                StoreFixtures.model(StoreFixtures.BUSES), RDFDataMgr.loadModel(SavedListingsCommandTest.class
                        .getResource("/listings/doc-statements.ttl").toString()));
        CliRun load = CliRun.of("load", first.toString(), "--store", store.toString());
        assertEquals(0, load.exitCode(), load.toString());
        Map<String, String> afterFirstLoad = savedOutputs(store);

        Path second = writeNQuads(temp.resolve("second.nq"), StoreFixtures.model(StoreFixtures.VETO_REVISED));
        load = CliRun.of("load", second.toString(), "--store", store.toString());
        assertEquals(0, load.exitCode(), load.toString());
        Map<String, String> afterSecondLoad = savedOutputs(store);
        assertFalse(afterFirstLoad.equals(afterSecondLoad), "the replaced graph changed the listings");

        CliRun compact = CliRun.of("compact", "--store", store.toString());
        assertEquals(0, compact.exitCode(), compact.toString());
        assertEquals(afterSecondLoad, savedOutputs(store), "compaction keeps the answers, saved for its new files");
    }

    /**
     * Every listing in every format, printed by {@code query} while a saved answer holds (checked), then again with
     * the saved answers gone: the two must be the same text.
     */
    private static Map<String, String> savedOutputs(Path store) throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String name : SavedListings.NAMES) {
            assertTrue(SavedListings.answer(store, QUERIES.resolve(name)).isPresent(), "saved: " + name);
            for (String format : FORMATS) {
                outputs.put(name + " " + format, query(store, name, format));
            }
        }
        Path folder = store.resolve(SavedListings.FOLDER);
        Path away = store.resolveSibling("listings-away");
        Files.move(folder, away);
        try {
            for (String name : SavedListings.NAMES) {
                for (String format : FORMATS) {
                    assertEquals(query(store, name, format), outputs.get(name + " " + format), name + " " + format);
                }
            }
        } finally {
            Files.move(away, folder);
        }
        return outputs;
    }

    private static String query(Path store, String name, String format) {
        CliRun run = CliRun.of("query", name, "--store", store.toString(), "--format", format);
        assertEquals(0, run.exitCode(), run.toString());
        return run.out();
    }

    private static Path writeNQuads(Path file, Model... graphs) throws IOException {
        Dataset dataset = DatasetFactory.create();
        for (Model graph : graphs) {
            dataset.addNamedModel(graph.listSubjectsWithProperty(RDF.type, NG.Document).next().getURI(), graph);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, dataset, Lang.NQUADS);
        }
        return file;
    }
}
