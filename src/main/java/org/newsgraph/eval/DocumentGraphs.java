package org.newsgraph.eval;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the evaluation sees of a dataset: each document's named graph by its {@code dct:identifier}, the names of
 * every entity, and the entities a gold key picks in a document. Built inside a read transaction and used within it.
 * <p>
 * Documents are found by the identifier their graph states rather than by minting the graph IRI, because the base of
 * minted IRIs can be changed when the store is built.
 */
final class DocumentGraphs {

    private final DatasetGraph dataset;
    private final Map<String, Node> graphsById = new LinkedHashMap<>();
    private final EntityNames names;
    private final Map<String, Map<EntityKey, Set<Node>>> keyCache = new HashMap<>();

    DocumentGraphs(DatasetGraph dataset) {
        this.dataset = dataset;
        this.names = new EntityNames(dataset);
        Iterator<Node> graphs = dataset.listGraphNodes();
        while (graphs.hasNext()) {
            Node graphNode = graphs.next();
            documentId(dataset.getGraph(graphNode), graphNode).ifPresent(id -> graphsById.putIfAbsent(id, graphNode));
        }
    }

    /** The identifier of the graph's document: the one the graph states about itself, else any ng:Document's. */
    private static Optional<String> documentId(Graph graph, Node graphNode) {
        Node identifier = DCTerms.identifier.asNode();
        Iterator<Triple> own = graph.find(graphNode, identifier, Node.ANY);
        if (own.hasNext()) {
            return Optional.of(own.next().getObject()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
        }
        Iterator<Triple> any = graph.find(Node.ANY, identifier, Node.ANY);
        while (any.hasNext()) {
            Triple t = any.next();
            if (t.getObject().isLiteral() && graph.contains(t.getSubject(), RDF.type.asNode(), NG.Document.asNode())) {
                return Optional.of(t.getObject().getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    Set<String> documentIds() {
        return graphsById.keySet();
    }

    Optional<Graph> graph(String documentId) {
        return Optional.ofNullable(graphsById.get(documentId)).map(dataset::getGraph);
    }

    EntityNames names() {
        return names;
    }

    /**
     * The entities a key picks in one document: those typed as the key's class in that document's graph, described
     * there by the key's attribute. Empty when the document is not in the store.
     */
    Set<Node> entities(String documentId, EntityKey key) {
        return keyCache.computeIfAbsent(documentId, id -> new HashMap<>())
                .computeIfAbsent(key, k -> pick(documentId, k));
    }

    private Set<Node> pick(String documentId, EntityKey key) {
        Optional<Graph> found = graph(documentId);
        if (found.isEmpty()) {
            return Set.of();
        }
        Graph graph = found.get();
        Node type = (key.kind() == EntityKey.Kind.RESOLUTION ? NG.Resolution : NG.Evacuation).asNode();
        Set<Node> picked = new LinkedHashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (describes(graph, t.getSubject(), key)) {
                picked.add(t.getSubject());
            }
        });
        return picked;
    }

    private boolean describes(Graph graph, Node entity, EntityKey key) {
        return switch (key.attribute()) {
            case ANY -> true;
            case DRAFTER -> anyObjectNamed(graph, entity, NG.draftedBy.asNode(), key)
                    || graph.find(Node.ANY, NG.drafted.asNode(), entity).toList().stream()
                    .anyMatch(t -> names.carriesAny(t.getSubject(), key.values()));
            case FROM -> anyObjectNamed(graph, entity, NG.from.asNode(), key);
            case NUMBER -> graph.find(entity, NG.number.asNode(), Node.ANY).toList().stream()
                    .anyMatch(t -> t.getObject().isLiteral() && key.values().stream().map(MatchText::name)
                            .anyMatch(MatchText.name(t.getObject().getLiteralLexicalForm())::equals));
        };
    }

    private boolean anyObjectNamed(Graph graph, Node entity, Node property, EntityKey key) {
        return graph.find(entity, property, Node.ANY).toList().stream()
                .anyMatch(t -> names.carriesAny(t.getObject(), key.values()));
    }
}
