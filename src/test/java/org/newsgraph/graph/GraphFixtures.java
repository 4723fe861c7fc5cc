package org.newsgraph.graph;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.newsgraph.store.GraphStore;

import java.net.URL;
import java.nio.file.Path;
import java.util.Iterator;

/** Stores built from the TriG files under src/test/resources/graph/, one named graph per document. */
final class GraphFixtures {

    /** Three articles about a draft resolution and two evacuations; see the file's header for what it holds. */
    static final String COUNCIL = "council.trig";
    /** Three articles reporting one evacuation operation, each with its status of it; see the file's header. */
    static final String TIMELINE = "timeline.trig";
    /** One article whose names and sentences carry script and markup. */
    static final String HOSTILE = "hostile.trig";

    private GraphFixtures() {
    }

    /** A closed store at {@code directory} holding every document of the given fixtures. */
    static Path storeWith(Path directory, String... fixtures) {
        try (GraphStore store = GraphStore.open(directory)) {
            for (String fixture : fixtures) {
                Dataset dataset = RDFDataMgr.loadDataset(resource(fixture).toString());
                for (Iterator<org.apache.jena.rdf.model.Resource> names = dataset.listModelNames(); names.hasNext(); ) {
                    Model graph = dataset.getNamedModel(names.next());
                    String id = graph.listObjectsOfProperty(DCTerms.identifier).next().asLiteral().getLexicalForm();
                    store.replaceDocument(id, graph);
                }
            }
        }
        return directory;
    }

    static URL resource(String name) {
        URL resource = GraphFixtures.class.getResource("/graph/" + name);
        if (resource == null) {
            throw new IllegalArgumentException("no fixture graph/" + name);
        }
        return resource;
    }
}
