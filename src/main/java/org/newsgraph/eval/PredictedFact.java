package org.newsgraph.eval;

import org.apache.jena.graph.Node;

import java.util.List;

/**
 * A fact the graph states for one document, in the gold format's terms. {@code object} is an entity, the quote
 * literal of a {@code said}, or the status individual of a {@code status}. {@code subjectText} and
 * {@code objectText} are how reports show them (labels, the quote, the status value); {@code evidence} comes from the
 * evidence nodes of the triples the fact was read from.
 */
public record PredictedFact(String document, ScoredPredicate predicate, Node subject, Node object,
                            String subjectText, String objectText, List<FactEvidence> evidence) {

    public PredictedFact {
        evidence = List.copyOf(evidence);
    }

    public String describe() {
        return subjectText + " " + predicate.goldName() + " "
                + (predicate == ScoredPredicate.SAID ? "\"" + objectText + "\"" : objectText);
    }
}
