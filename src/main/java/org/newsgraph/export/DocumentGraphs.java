package org.newsgraph.export;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The document graphs of a store, by document id: a named graph holding an ng:Document with that dct:identifier.
 * Looked up with pattern matching on the quads, so an id is never spliced into a query.
 */
public final class DocumentGraphs {

    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node DOCUMENT = NG.Document.asNode();

    private DocumentGraphs() {
    }

    /** Document id to graph name, sorted by id; call inside a read transaction. */
    public static Map<String, Node> byId(DatasetGraph dsg) {
        Map<String, Node> graphs = new TreeMap<>();
        dsg.findNG(Node.ANY, Node.ANY, IDENTIFIER, Node.ANY).forEachRemaining(quad -> {
            if (isDocument(dsg, quad)) {
                graphs.putIfAbsent(quad.getObject().getLiteralLexicalForm(), quad.getGraph());
            }
        });
        return graphs;
    }

    /** The graph of document {@code id}; call inside a read transaction. */
    public static Optional<Node> find(DatasetGraph dsg, String id) {
        Node literal = NodeFactory.createLiteralString(id);
        Iterator<Quad> quads = dsg.findNG(Node.ANY, Node.ANY, IDENTIFIER, literal);
        try {
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (isDocument(dsg, quad)) {
                    return Optional.of(quad.getGraph());
                }
            }
            return Optional.empty();
        } finally {
            Iter.close(quads);
        }
    }

    private static boolean isDocument(DatasetGraph dsg, Quad quad) {
        return quad.getObject().isLiteral() && dsg.contains(quad.getGraph(), quad.getSubject(), TYPE, DOCUMENT);
    }
}
