package org.newsgraph.graph;

import java.util.List;

/**
 * One entity as a node: its IRI (the id in every format), the kind it is drawn as, its canonical name and the other
 * names the articles used, the Wikidata id it is the same as ("Q159", or null), the status of a resolution or
 * evacuation ("Vetoed", or null), how many edges of the export touch it and which counted documents mention it.
 */
public record GraphNode(String id, EntityType type, String label, List<String> altLabels, String wikidata,
                        String status, int degree, List<String> documentIds) {

    public GraphNode {
        altLabels = List.copyOf(altLabels);
        documentIds = List.copyOf(documentIds);
    }

    /** The number of counted documents that mention the entity. */
    public int documents() {
        return documentIds.size();
    }
}
