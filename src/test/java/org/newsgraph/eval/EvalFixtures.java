package org.newsgraph.eval;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
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
}
