package org.newsgraph.eval;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name each entity carries in the merged graph: its {@code rdfs:label}s and {@code skos:altLabel}s from all
 * document graphs, in {@link MatchText#name} form. One entity is one IRI across the corpus, so the names another
 * article gave it are its names here too; otherwise a later article's canonical label would hide the name the gold
 * uses.
 */
final class EntityNames {

    private final Map<Node, Set<String>> namesByEntity = new HashMap<>();
    private final Map<String, Set<Node>> entitiesByName = new HashMap<>();
    private final Map<Node, String> labels = new HashMap<>();
    /** Gold names are compared against many predictions; each is normalised once. */
    private final Map<String, String> normalised = new HashMap<>();

    EntityNames(DatasetGraph dataset) {
        for (Node property : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
            Iterator<Quad> quads = dataset.find(Node.ANY, Node.ANY, property, Node.ANY);
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (!quad.getObject().isLiteral()) {
                    continue;
                }
                String written = quad.getObject().getLiteralLexicalForm();
                String name = MatchText.name(written);
                namesByEntity.computeIfAbsent(quad.getSubject(), k -> new HashSet<>()).add(name);
                entitiesByName.computeIfAbsent(name, k -> new HashSet<>()).add(quad.getSubject());
                if (property.equals(RDFS.label.asNode())) {
                    // Several graphs may disagree on the label; the smallest keeps reports the same from run to run.
                    labels.merge(quad.getSubject(), written, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
    }

    /** Names of an entity; a literal is named by its text. */
    Set<String> namesOf(Node node) {
        if (node.isLiteral()) {
            return Set.of(MatchText.name(node.getLiteralLexicalForm()));
        }
        return namesByEntity.getOrDefault(node, Set.of());
    }

    /** True when the node carries one of {@code names} (as written; compared in {@link MatchText#name} form). */
    boolean carriesAny(Node node, List<String> names) {
        Set<String> own = namesOf(node);
        return names.stream().map(name -> normalised.computeIfAbsent(name, MatchText::name)).anyMatch(own::contains);
    }

    /** Entities carrying a name. */
    Set<Node> carrying(String name) {
        return entitiesByName.getOrDefault(MatchText.name(name), Set.of());
    }

    /** How a report shows a node: its label, the text of a literal, else the IRI. */
    String display(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        String label = labels.get(node);
        if (label != null) {
            return label;
        }
        return node.isURI() ? node.getURI() : node.toString();
    }
}
