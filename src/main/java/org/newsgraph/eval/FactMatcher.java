package org.newsgraph.eval;

import org.apache.jena.graph.Node;

import java.util.LinkedHashSet;
import java.util.Set;

/** Decides whether a predicted fact is a gold fact, and which entities a name or key stands for. */
final class FactMatcher {

    private final DocumentGraphs graphs;

    FactMatcher(DocumentGraphs graphs) {
        this.graphs = graphs;
    }

    boolean matches(GoldFact gold, PredictedFact predicted) {
        return gold.document().equals(predicted.document())
                && gold.predicate().equals(predicted.predicate().goldName())
                && matches(gold.document(), gold.subject(), predicted.subject())
                && matches(gold.document(), gold.object(), predicted.object());
    }

    /** True when the node is what the term names in the document. */
    boolean matches(String document, Term term, Node node) {
        if (term instanceof Term.Entity entity) {
            return graphs.names().carriesAny(node, entity.names())
                    || entity.keys().stream().anyMatch(key -> graphs.entities(document, key).contains(node));
        }
        if (term instanceof Term.Quote quote) {
            return node.isLiteral() && MatchText.quoteContains(node.getLiteralLexicalForm(), quote.snippet());
        }
        Term.Status status = (Term.Status) term;
        return PredictionReader.statusValue(node).filter(status.values()::contains).isPresent();
    }

    /**
     * The entities one side of an entity pair stands for: every entity carrying one of its names anywhere in the
     * merged graph, and the entities its keys pick in its document.
     */
    Set<Node> entities(EntityPair.EntityName name) {
        Set<Node> found = new LinkedHashSet<>();
        for (String alternative : name.term().names()) {
            found.addAll(graphs.names().carrying(alternative));
        }
        for (EntityKey key : name.term().keys()) {
            found.addAll(graphs.entities(name.document(), key));
        }
        return found;
    }

    String display(Node node) {
        return graphs.names().display(node);
    }
}
