package org.newsgraph.rdf;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The document graphs of a store: named graphs holding an ng:Document with a dct:identifier. Store, search index
 * and exports all find documents here, by pattern matching on the quads so that an id is never spliced into a
 * query, and through TDB2's index on the identifier literal so that finding one document never costs a scan of all
 * of them. Every method is called inside a read transaction.
 */
public final class StoredDocumentGraphs {

    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node DOCUMENT = NG.Document.asNode();

    private StoredDocumentGraphs() {
    }

    /** Document id to graph name, sorted by id. */
    public static Map<String, Node> byId(DatasetGraph dsg) {
        Map<String, Node> graphs = new TreeMap<>();
        identifierQuads(dsg).forEach(quad -> graphs.putIfAbsent(quad.getObject().getLiteralLexicalForm(),
                quad.getGraph()));
        return graphs;
    }

    /** The identifier quads of every stored document, as {@link #identifierQuads(DatasetGraph, String)} gives them. */
    public static List<Quad> identifierQuads(DatasetGraph dsg) {
        return documentQuads(dsg, Node.ANY);
    }

    /** The graph of document {@code id}, the first when a faulty load left more than one. */
    public static Optional<Node> find(DatasetGraph dsg, String id) {
        List<Quad> documents = identifierQuads(dsg, id);
        return documents.isEmpty() ? Optional.empty() : Optional.of(documents.get(0).getGraph());
    }

    /**
     * The quads stating {@code id} as an ng:Document's identifier, one per graph describing that document: the graph,
     * the document node and the id, as replacing or indexing a document needs them.
     */
    public static List<Quad> identifierQuads(DatasetGraph dsg, String id) {
        return documentQuads(dsg, NodeFactory.createLiteralString(id));
    }

    private static List<Quad> documentQuads(DatasetGraph dsg, Node identifier) {
        List<Quad> documents = new ArrayList<>();
        Iterator<Quad> quads = dsg.findNG(Node.ANY, Node.ANY, IDENTIFIER, identifier);
        try {
            quads.forEachRemaining(quad -> {
                if (isDocument(dsg, quad)) {
                    documents.add(quad);
                }
            });
        } finally {
            Iter.close(quads);
        }
        return documents;
    }

    private static boolean isDocument(DatasetGraph dsg, Quad quad) {
        return quad.getObject().isLiteral() && dsg.contains(quad.getGraph(), quad.getSubject(), TYPE, DOCUMENT);
    }
}
