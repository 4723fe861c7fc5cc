package org.newsgraph.search;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.StoredDocumentGraphs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The document graphs of a store as the index sees them: graph name, document node, id and stamp. */
final class StoredDocuments {

    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node DOCUMENT = NG.Document.asNode();
    private static final Node CONTENT_HASH = NG.contentHash.asNode();

    /**
     * One stored document. The stamp is the index layout's version and the document's ng:contentHash, which changes
     * whenever its text, metadata or the extraction that made the graph change; a graph loaded without one is
     * stamped by its size.
     */
    record Stored(Node graph, Node node, String id, String stamp) {
    }

    private StoredDocuments() {
    }

    /** Graph name (IRI) to document, for every document graph; the caller holds a read transaction. */
    static Map<String, Stored> in(DatasetGraph dsg) {
        return storedUnderIri(dsg, StoredDocumentGraphs.identifierQuads(dsg));
    }

    /**
     * The stored documents with these ids, found through the index on the identifier rather than by a scan of all
     * documents, so that indexing each batch of a build does not cost the size of the whole store.
     */
    static Map<String, Stored> withIds(DatasetGraph dsg, Collection<String> ids) {
        List<Quad> quads = new ArrayList<>();
        ids.forEach(id -> quads.addAll(StoredDocumentGraphs.identifierQuads(dsg, id)));
        return storedUnderIri(dsg, quads);
    }

    /** The stored documents in these graphs (IRIs), each found by its graph name. */
    static Map<String, Stored> inGraphs(DatasetGraph dsg, Collection<String> graphs) {
        Map<String, Stored> documents = new TreeMap<>();
        for (String graph : graphs) {
            collect(dsg, dsg.findNG(NodeFactory.createURI(graph), Node.ANY, IDENTIFIER, Node.ANY), documents);
        }
        return documents;
    }

    private static Map<String, Stored> storedUnderIri(DatasetGraph dsg, List<Quad> identifierQuads) {
        Map<String, Stored> documents = new TreeMap<>();
        for (Quad quad : identifierQuads) {
            if (quad.getGraph().isURI()) {
                documents.put(quad.getGraph().getURI(), stored(dsg, quad));
            }
        }
        return documents;
    }

    private static void collect(DatasetGraph dsg, Iterator<Quad> quads, Map<String, Stored> documents) {
        try {
            quads.forEachRemaining(quad -> {
                Node graph = quad.getGraph();
                if (graph.isURI() && quad.getObject().isLiteral()
                        && dsg.contains(graph, quad.getSubject(), TYPE, DOCUMENT)) {
                    documents.put(graph.getURI(), stored(dsg, quad));
                }
            });
        } finally {
            Iter.close(quads);
        }
    }

    private static Stored stored(DatasetGraph dsg, Quad quad) {
        return new Stored(quad.getGraph(), quad.getSubject(), quad.getObject().getLiteralLexicalForm(),
                stamp(dsg, quad.getGraph(), quad.getSubject()));
    }

    private static String stamp(DatasetGraph dsg, Node graph, Node document) {
        Iterator<Quad> hashes = dsg.find(graph, document, CONTENT_HASH, Node.ANY);
        String version = SearchSchema.LAYOUT_VERSION + ":";
        if (hashes.hasNext()) {
            return version + hashes.next().getObject().getLiteralLexicalForm();
        }
        return version + "size:" + dsg.getGraph(graph).size();
    }
}
