package org.newsgraph.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * TriG fixtures under src/test/resources/ (two invented articles in the mapper's layout), and real TDB2 stores built
 * from them through {@link GraphStore#replaceDocument}, the way {@code build} writes documents.
 */
public final class ServeFixtures {

    /** harbour and convoy: an opposition, a vote against, a statement, an evacuation; see the file's header. */
    public static final String TWO_DOCUMENTS = "/serve/two-documents.trig";

    private ServeFixtures() {
    }

    public static DatasetGraph dataset(String resource) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = ServeFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    /** A closed store at {@code directory} holding each named graph of the TriG resource as one document. */
    public static Path storeWith(Path directory, String resource) {
        DatasetGraph source = dataset(resource);
        try (GraphStore store = GraphStore.open(directory)) {
            Iterator<Node> graphs = source.listGraphNodes();
            while (graphs.hasNext()) {
                Model graph = ModelFactory.createModelForGraph(source.getGraph(graphs.next()));
                String id = graph.listObjectsOfProperty(DCTerms.identifier).next().asLiteral().getLexicalForm();
                store.replaceDocument(id, graph);
            }
        }
        return directory;
    }

    /** Every quad of the store at {@code directory}, copied out of TDB2 to compare with what comes back. */
    public static DatasetGraph quadsOf(Path directory) {
        try (GraphStore graphStore = GraphStore.openForReading(directory)) {
            return graphStore.read(dataset -> {
                DatasetGraph copy = DatasetGraphFactory.create();
                dataset.asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    public static Path storeWithTwoDocuments(Path directory) {
        return storeWith(directory, TWO_DOCUMENTS);
    }
}
