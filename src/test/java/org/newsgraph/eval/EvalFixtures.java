package org.newsgraph.eval;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The made-up fixture store and files under src/test/resources/eval. */
final class EvalFixtures {

    private EvalFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(EvalFixtures.class.getResource("/eval/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** mini.trig in an in-memory TDB2 dataset set up as the pipeline's store is (union default graph). */
    static Dataset miniStore() {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        try (InputStream in = EvalFixtures.class.getResourceAsStream("/eval/mini.trig")) {
            Objects.requireNonNull(in, "eval/mini.trig");
            Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, in, Lang.TRIG));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataset;
    }

    /** The documents m1, m2 and m3 of mini.trig written into a real, closed TDB2 store at {@code folder}. */
    static Path miniStoreFolder(Path folder) {
        Dataset fixture = miniStore();
        Map<String, Model> graphs = Txn.calculateRead(fixture, () -> {
            Map<String, Model> byId = new LinkedHashMap<>();
            for (String id : List.of("m1", "m2", "m3")) {
                Model copy = ModelFactory.createDefaultModel();
                copy.add(fixture.getNamedModel("https://w3id.org/newsgraph/id/doc/" + id));
                byId.put(id, copy);
            }
            return byId;
        });
        fixture.close();
        try (GraphStore writable = GraphStore.openForWriting(folder)) {
            writable.replaceDocuments(graphs);
        }
        return folder;
    }

    /** mini.gold.tsv and the mini.entities.tsv it needs beside it, copied into {@code folder}: the gold file. */
    static Path miniGold(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path gold = Files.copy(resource("mini.gold.tsv"), folder.resolve("mini.gold.tsv"));
        Files.copy(resource("mini.entities.tsv"), folder.resolve("mini.entities.tsv"));
        return gold;
    }
}
