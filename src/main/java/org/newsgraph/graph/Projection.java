package org.newsgraph.graph;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The part of the knowledge graph an export shows: entity nodes, relation edges between them, the evidence
 * sentences behind the edges, the documents they come from, by id, and the status timelines of the evacuations
 * shown (each article's report of an operation's state, in date order). Nodes are ordered by label and edges by their
 * ends, so the same store and filter always give the same file.
 */
public record Projection(GraphFilter filter, List<GraphNode> nodes, List<GraphEdge> edges,
                         List<EvidenceSentence> evidence, Map<String, SourceDocument> documents,
                         List<StatusTimeline> timelines) {

    public Projection {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        evidence = List.copyOf(evidence);
        documents = Collections.unmodifiableMap(new TreeMap<>(documents));
        timelines = List.copyOf(timelines);
    }

    /** A projection without status timelines. */
    public Projection(GraphFilter filter, List<GraphNode> nodes, List<GraphEdge> edges,
                      List<EvidenceSentence> evidence, Map<String, SourceDocument> documents) {
        this(filter, nodes, edges, evidence, documents, List.of());
    }

    /**
     * The projection as a JGraphT graph for its exporters: directed, with parallel edges (Russia both opposes and
     * vetoed one resolution) and loops allowed.
     */
    public Graph<GraphNode, GraphEdge> toJGraphT() {
        Graph<GraphNode, GraphEdge> graph = new DirectedPseudograph<>(null, null, false);
        Map<String, GraphNode> byId = new HashMap<>();
        for (GraphNode node : nodes) {
            graph.addVertex(node);
            byId.put(node.id(), node);
        }
        for (GraphEdge edge : edges) {
            graph.addEdge(byId.get(edge.source()), byId.get(edge.target()), edge);
        }
        return graph;
    }
}
