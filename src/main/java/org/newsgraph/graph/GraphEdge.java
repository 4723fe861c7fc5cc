package org.newsgraph.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * One relation between two nodes, however many articles state it: the number of evidence sentences behind it, the
 * counted documents that assert it, and the first and last publication date among them (null when none is dated).
 * {@code id} is "e" and the edge's position in the export, stable for one store and filter.
 */
public record GraphEdge(String id, String source, Relation relation, String target, int evidence,
                        List<String> documentIds, LocalDate firstDate, LocalDate lastDate) {

    public GraphEdge {
        documentIds = List.copyOf(documentIds);
    }

    public int documents() {
        return documentIds.size();
    }

    GraphEdge withId(String newId) {
        return new GraphEdge(newId, source, relation, target, evidence, documentIds, firstDate, lastDate);
    }
}
