package org.newsgraph.eval;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newsgraph.eval.Diagnosis.FalseCause;
import org.newsgraph.eval.Diagnosis.MissCause;
import org.newsgraph.rdf.NG;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells where an error of the evaluation comes from ({@link Diagnosis}). A missed gold fact is traced through the
 * document's graph: is its subject there at all, its object, are they linked by another predicate, or does one of
 * them have the predicate with something else. A false fact is traced through the gold rows of its document.
 * Call it inside the evaluation's read transaction.
 */
final class ErrorDiagnoser {

    private final DocumentGraphs graphs;
    private final FactMatcher matcher;
    private final Map<String, Candidates> candidatesByDocument = new HashMap<>();

    ErrorDiagnoser(DocumentGraphs graphs, FactMatcher matcher) {
        this.graphs = graphs;
        this.matcher = matcher;
    }

    /** Why no prediction of the document matched the gold fact. */
    MissCause ofMiss(GoldFact gold, List<PredictedFact> predicted) {
        return ofMiss(gold, predicted, absentKey -> { });
    }

    /**
     * Why no prediction of the document matched the gold fact; {@code absentKeys} hears of each side that is a key
     * ({@code Resolution[drafter=X]}) picking nothing in the document, described by {@link #describeAbsentKey}.
     */
    MissCause ofMiss(GoldFact gold, List<PredictedFact> predicted, java.util.function.Consumer<String> absentKeys) {
        Optional<Candidates> candidates = candidates(gold.document());
        if (candidates.isEmpty()) {
            return MissCause.NO_DOCUMENT;
        }
        boolean subject = present(gold.document(), gold.subject(), candidates.get());
        boolean object = present(gold.document(), gold.object(), candidates.get());
        if (!subject) {
            describeAbsentKey(gold.document(), gold.subject()).ifPresent(absentKeys);
        }
        if (!object) {
            describeAbsentKey(gold.document(), gold.object()).ifPresent(absentKeys);
        }
        if (!subject && !object) {
            return MissCause.NO_SUBJECT_OR_OBJECT;
        }
        if (!subject) {
            return MissCause.NO_SUBJECT;
        }
        if (!object) {
            return MissCause.NO_OBJECT;
        }
        String predicate = gold.scoredPredicate().goldName();
        boolean samePredicateSeen = false;
        boolean subjectHasIt = false;
        boolean objectHasIt = false;
        for (PredictedFact fact : predicted) {
            boolean subjectMatches = matcher.matches(gold.document(), gold.subject(), fact.subject());
            boolean objectMatches = matcher.matches(gold.document(), gold.object(), fact.object());
            boolean samePredicate = fact.predicate().goldName().equals(predicate);
            samePredicateSeen |= subjectMatches && objectMatches && !samePredicate;
            subjectHasIt |= samePredicate && subjectMatches;
            objectHasIt |= samePredicate && objectMatches;
        }
        if (samePredicateSeen) {
            return MissCause.OTHER_PREDICATE;
        }
        if (subjectHasIt) {
            return MissCause.OTHER_OBJECT;
        }
        return objectHasIt ? MissCause.OTHER_SUBJECT : MissCause.UNLINKED;
    }

    /** How a prediction that matched no gold fact stands to the gold rows of its document (optional ones too). */
    FalseCause ofFalse(PredictedFact fact, List<GoldFact> rows) {
        String document = fact.document();
        List<GoldFact> scored = rows.stream().filter(r -> r.scored().isPresent()).toList();
        if (scored.stream().noneMatch(r -> names(document, r, fact.subject()))) {
            return FalseCause.SUBJECT_NOT_IN_GOLD;
        }
        // A status is a value rather than something the gold names, so a wrong one is told as another object.
        if (fact.predicate() != ScoredPredicate.STATUS
                && scored.stream().noneMatch(r -> names(document, r, fact.object()))) {
            return FalseCause.OBJECT_NOT_IN_GOLD;
        }
        String predicate = fact.predicate().goldName();
        boolean otherObject = false;
        boolean otherSubject = false;
        for (GoldFact row : scored) {
            boolean subjectMatches = matcher.matches(document, row.subject(), fact.subject());
            boolean objectMatches = matcher.matches(document, row.object(), fact.object());
            if (subjectMatches && objectMatches && !row.scoredPredicate().goldName().equals(predicate)) {
                return FalseCause.OTHER_PREDICATE;
            }
            boolean samePredicate = row.scoredPredicate().goldName().equals(predicate);
            otherObject |= samePredicate && subjectMatches;
            otherSubject |= samePredicate && objectMatches;
        }
        if (otherObject) {
            return FalseCause.OTHER_OBJECT;
        }
        return otherSubject ? FalseCause.OTHER_SUBJECT : FalseCause.UNRELATED;
    }

    /**
     * For a term made only of keys that picks nothing: its kind and attributes, and whether the document has any
     * entity of that kind at all ("Resolution[number], none of its kind in the document"). A term that also names
     * an entity is not described, since a name can fail for reasons of its own.
     */
    Optional<String> describeAbsentKey(String document, Term term) {
        if (!(term instanceof Term.Entity entity) || entity.keys().isEmpty() || !entity.names().isEmpty()) {
            return Optional.empty();
        }
        EntityKey.Kind kind = entity.keys().get(0).kind();
        String attributes = entity.keys().stream().map(k -> k.attribute().word()).distinct().sorted()
                .collect(java.util.stream.Collectors.joining("|"));
        boolean kindThere = graphs.graph(document).map(graph -> graph.contains(Node.ANY,
                org.apache.jena.vocabulary.RDF.type.asNode(),
                (kind == EntityKey.Kind.RESOLUTION ? NG.Resolution : NG.Evacuation).asNode())).orElse(false);
        if (!kindThere) {
            return Optional.of(kind.word() + "[" + attributes + "], none of its kind in the document");
        }
        return Optional.of(kind.word() + "[" + attributes + "], others of its kind in the document ("
                + (attributeGiven(document, entity.keys()) ? "some with" : "none with") + " a " + attributes + "; "
                + whereKeyNamesStand(document, entity, kind) + ")");
    }

    /**
     * Whether what the key names is in the graph at all and, if so, how it stands to the entities of the key's kind:
     * an origin found as a destination, a drafter found only as a voter, tells another fault than a place never
     * linked to any evacuation.
     */
    private String whereKeyNamesStand(String document, Term.Entity entity, EntityKey.Kind kind) {
        List<String> values = entity.keys().stream().flatMap(key -> key.values().stream()).toList();
        Term.Entity named = new Term.Entity(String.join("|", values), values, List.of());
        Optional<Graph> graph = graphs.graph(document);
        Set<Node> nodes = candidates(document).map(c -> c.entities().stream()
                .filter(node -> !values.isEmpty() && matcher.matches(document, named, node))
                .collect(java.util.stream.Collectors.toSet())).orElse(Set.of());
        if (nodes.isEmpty() || graph.isEmpty()) {
            return "what the key names is not in the graph";
        }
        Node type = (kind == EntityKey.Kind.RESOLUTION ? NG.Resolution : NG.Evacuation).asNode();
        Set<Node> ofKind = graph.get().find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), type)
                .mapWith(Triple::getSubject).toSet();
        java.util.SortedSet<String> links = new java.util.TreeSet<>();
        for (Triple t : graph.get().find().toList()) {
            boolean forward = ofKind.contains(t.getSubject()) && nodes.contains(t.getObject());
            boolean backward = nodes.contains(t.getSubject()) && ofKind.contains(t.getObject());
            if ((forward || backward) && t.getPredicate().getURI().startsWith(NG.NS)) {
                links.add((backward ? "^" : "") + t.getPredicate().getLocalName());
            }
        }
        if (!links.isEmpty()) {
            return "what the key names is linked to one of its kind by " + String.join(", ", links);
        }
        java.util.SortedSet<String> readAs = predicatesReadWhereNamed(graph.get(), ofKind, values);
        return "what the key names is in the graph, linked to none of its kind, "
                + (readAs.isEmpty() ? "named only in sentences none was read from"
                : "named in a sentence its " + String.join(", ", readAs) + " was read from");
    }

    /**
     * The predicates of the facts about an entity of the kind that were read from a sentence naming one of the
     * values: an origin named where only the status was read tells another fault than one named where another
     * origin was.
     */
    private static java.util.SortedSet<String> predicatesReadWhereNamed(Graph graph, Set<Node> ofKind, List<String> values) {
        java.util.SortedSet<String> predicates = new java.util.TreeSet<>();
        for (Triple t : graph.find(Node.ANY, NG.sentence.asNode(), Node.ANY).toList()) {
            boolean aboutKind = graph.find(t.getSubject(), org.apache.jena.vocabulary.RDF.subject.asNode(), Node.ANY)
                    .toList().stream().anyMatch(s -> ofKind.contains(s.getObject()));
            String sentence = t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm().toLowerCase(java.util.Locale.ROOT) : "";
            if (aboutKind && values.stream().anyMatch(v -> sentence.contains(v.toLowerCase(java.util.Locale.ROOT)))) {
                graph.find(t.getSubject(), org.apache.jena.vocabulary.RDF.predicate.asNode(), Node.ANY)
                        .forEach(p -> predicates.add(p.getObject().getLocalName()));
            }
        }
        return predicates;
    }

    /**
     * Whether any entity of the document has the attribute the key describes by, so a miss can be told apart as a
     * wrong value (the origin, the drafter found is another one) or no value at all.
     */
    private boolean attributeGiven(String document, List<EntityKey> keys) {
        return graphs.graph(document).map(graph -> keys.stream().anyMatch(key -> switch (key.attribute()) {
            case FROM -> graph.contains(Node.ANY, NG.from.asNode(), Node.ANY);
            case DRAFTER -> graph.contains(Node.ANY, NG.drafted.asNode(), Node.ANY)
                    || graph.contains(Node.ANY, NG.draftedBy.asNode(), Node.ANY);
            case NUMBER -> graph.contains(Node.ANY, NG.number.asNode(), Node.ANY);
            case ANY -> true;
        })).orElse(false);
    }


    private boolean names(String document, GoldFact row, Node node) {
        return matcher.matches(document, row.subject(), node) || matcher.matches(document, row.object(), node);
    }

    private boolean present(String document, Term term, Candidates candidates) {
        if (term instanceof Term.Status) {
            // a status value exists whether or not the graph gives it; a wrong one is told as another object
            return true;
        }
        Set<Node> pool = term instanceof Term.Quote ? candidates.quotes() : candidates.entities();
        return pool.stream().anyMatch(node -> matcher.matches(document, term, node));
    }

    private Optional<Candidates> candidates(String document) {
        if (!candidatesByDocument.containsKey(document)) {
            candidatesByDocument.put(document, graphs.graph(document).map(Candidates::of).orElse(null));
        }
        return Optional.ofNullable(candidatesByDocument.get(document));
    }

    /**
     * What a gold term may stand for in one document's graph: the entities it mentions and the quotes of its
     * statements.
     */
    private record Candidates(Set<Node> entities, Set<Node> quotes) {

        static Candidates of(Graph graph) {
            Set<Node> entities = new LinkedHashSet<>();
            Set<Node> quotes = new LinkedHashSet<>();
            for (Triple t : graph.find().toList()) {
                entities.add(t.getSubject());
                if (!t.getObject().isLiteral()) {
                    entities.add(t.getObject());
                }
                if (t.getPredicate().equals(NG.quote.asNode())) {
                    quotes.add(t.getObject());
                }
            }
            return new Candidates(entities, quotes);
        }
    }
}
