package org.newsgraph.store;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;

import java.net.URL;
import java.nio.file.Path;

/** The Turtle graphs under src/test/resources/store/, and stores built from them. */
public final class StoreFixtures {

    public static final String VETO = "doc-veto.ttl";
    public static final String VETO_REVISED = "doc-veto-revised.ttl";
    public static final String BUSES = "doc-buses.ttl";
    public static final String NO_DOCUMENT = "bad-no-document.ttl";

    private StoreFixtures() {
    }

    public static Model model(String fixture) {
        URL resource = StoreFixtures.class.getResource("/store/" + fixture);
        if (resource == null) {
            throw new IllegalArgumentException("no fixture store/" + fixture);
        }
        return RDFDataMgr.loadModel(resource.toString());
    }

    /** The dct:identifier of the fixture's document. */
    public static String documentId(Model graph) {
        return graph.listObjectsOfProperty(DCTerms.identifier).next().asLiteral().getLexicalForm();
    }

    /** A closed store at {@code directory} holding the given fixtures. */
    public static Path storeWith(Path directory, String... fixtures) {
        try (GraphStore store = GraphStore.open(directory)) {
            for (String fixture : fixtures) {
                Model graph = model(fixture);
                store.replaceDocument(documentId(graph), graph);
            }
        }
        return directory;
    }
}
