package org.newsgraph.eval;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the facts each document's named graph states, as the gold format names them (GUIDELINES.md, "From the graph
 * to these rows"). Call it inside a read transaction.
 * <ul>
 *   <li>Stances, roles and slots are the {@code ng:} property of the same name; {@code drafted} is also read from its
 *   inverse {@code ng:draftedBy}, {@code abstained} is {@code ng:abstainedOn}.</li>
 *   <li>{@code vetoed} and {@code votedAgainst} also state {@code opposes}, {@code votedFor} states {@code supports}:
 *   the ontology makes them sub-properties, and the gold writes the stance a vote expresses.</li>
 *   <li>{@code said} is a statement's {@code ng:speaker} with its {@code ng:quote}, for quotes of three words or more;
 *   shorter ones are scare quotes, which are not scored either way.</li>
 *   <li>{@code status} is the lower-cased local name of the {@code ng:status} individual; {@code ng:Draft} is not
 *   scored.</li>
 * </ul>
 * One fact read from several triples (an {@code opposes} stated and implied by a veto) is one prediction carrying
 * the evidence of each.
 */
public final class PredictionReader {

    private static final Map<Property, List<ScoredPredicate>> DIRECT = direct();

    private PredictionReader() {
    }

    private static Map<Property, List<ScoredPredicate>> direct() {
        Map<Property, List<ScoredPredicate>> map = new LinkedHashMap<>();
        map.put(NG.drafted, List.of(ScoredPredicate.DRAFTED));
        map.put(NG.supports, List.of(ScoredPredicate.SUPPORTS));
        map.put(NG.opposes, List.of(ScoredPredicate.OPPOSES));
        map.put(NG.vetoed, List.of(ScoredPredicate.VETOED, ScoredPredicate.OPPOSES));
        map.put(NG.votedFor, List.of(ScoredPredicate.VOTED_FOR, ScoredPredicate.SUPPORTS));
        map.put(NG.votedAgainst, List.of(ScoredPredicate.VOTED_AGAINST, ScoredPredicate.OPPOSES));
        map.put(NG.abstainedOn, List.of(ScoredPredicate.ABSTAINED));
        map.put(NG.represents, List.of(ScoredPredicate.REPRESENTS));
        map.put(NG.concerns, List.of(ScoredPredicate.CONCERNS));
        map.put(NG.from, List.of(ScoredPredicate.FROM));
        map.put(NG.to, List.of(ScoredPredicate.TO));
        map.put(NG.facilitatedBy, List.of(ScoredPredicate.FACILITATED_BY));
        map.put(NG.obstructedBy, List.of(ScoredPredicate.OBSTRUCTED_BY));
        return map;
    }

    /** The predicted facts of each of {@code documentIds} the dataset holds; documents it lacks are left out. */
    public static Map<String, List<PredictedFact>> read(Dataset dataset, Collection<String> documentIds) {
        return read(new DocumentGraphs(dataset.asDatasetGraph()), documentIds);
    }

    static Map<String, List<PredictedFact>> read(DocumentGraphs graphs, Collection<String> documentIds) {
        Map<String, List<PredictedFact>> byDocument = new LinkedHashMap<>();
        for (String id : documentIds) {
            graphs.graph(id).ifPresent(graph -> byDocument.put(id, readDocument(id, graph, graphs.names())));
        }
        return byDocument;
    }

    private static List<PredictedFact> readDocument(String id, Graph graph, EntityNames names) {
        Map<List<Object>, Collected> facts = new LinkedHashMap<>();
        for (Map.Entry<Property, List<ScoredPredicate>> entry : DIRECT.entrySet()) {
            for (Triple t : graph.find(Node.ANY, entry.getKey().asNode(), Node.ANY).toList()) {
                for (ScoredPredicate predicate : entry.getValue()) {
                    collect(facts, predicate, t.getSubject(), t.getObject(), t);
                }
            }
        }
        for (Triple t : graph.find(Node.ANY, NG.draftedBy.asNode(), Node.ANY).toList()) {
            collect(facts, ScoredPredicate.DRAFTED, t.getObject(), t.getSubject(), t);
        }
        for (Triple t : graph.find(Node.ANY, NG.status.asNode(), Node.ANY).toList()) {
            statusValue(t.getObject()).filter(value -> !value.equals("draft"))
                    .ifPresent(value -> collect(facts, ScoredPredicate.STATUS, t.getSubject(), t.getObject(), t));
        }
        for (Triple speaker : graph.find(Node.ANY, NG.speaker.asNode(), Node.ANY).toList()) {
            for (Triple quote : graph.find(speaker.getSubject(), NG.quote.asNode(), Node.ANY).toList()) {
                if (quote.getObject().isLiteral()
                        && MatchText.words(quote.getObject().getLiteralLexicalForm()) >= 3) {
                    collect(facts, ScoredPredicate.SAID, speaker.getObject(), quote.getObject(), speaker);
                }
            }
        }
        List<PredictedFact> predicted = new ArrayList<>();
        for (Collected c : facts.values()) {
            String objectText = c.predicate == ScoredPredicate.STATUS
                    ? statusValue(c.object).orElseThrow() : names.display(c.object);
            predicted.add(new PredictedFact(id, c.predicate, c.subject, c.object, names.display(c.subject),
                    objectText, evidence(graph, c.sources)));
        }
        return predicted;
    }

    /** The lower-cased local name of a status individual. */
    static Optional<String> statusValue(Node node) {
        if (!node.isURI()) {
            return Optional.empty();
        }
        String uri = node.getURI();
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return Optional.of(uri.substring(cut + 1).toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty());
    }

    private static void collect(Map<List<Object>, Collected> facts, ScoredPredicate predicate, Node subject,
                                Node object, Triple source) {
        facts.computeIfAbsent(List.of(predicate, subject, object), k -> new Collected(predicate, subject, object))
                .sources.add(source);
    }

    private static List<FactEvidence> evidence(Graph graph, Set<Triple> sources) {
        Set<FactEvidence> found = new LinkedHashSet<>();
        for (Triple source : sources) {
            for (Triple about : graph.find(Node.ANY, RDF.subject.asNode(), source.getSubject()).toList()) {
                Node node = about.getSubject();
                if (graph.contains(node, RDF.predicate.asNode(), source.getPredicate())
                        && graph.contains(node, RDF.object.asNode(), source.getObject())) {
                    found.add(new FactEvidence(text(graph, node, NG.sentence), text(graph, node, NG.rule),
                            confidence(graph, node)));
                }
            }
        }
        return List.copyOf(found);
    }

    private static String text(Graph graph, Node node, Property property) {
        return graph.find(node, property.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .findFirst().orElse("");
    }

    private static double confidence(Graph graph, Node node) {
        return graph.find(node, NG.confidence.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral)
                .map(n -> n.getLiteralValue() instanceof Number number ? number.doubleValue() : Double.NaN)
                .findFirst().orElse(Double.NaN);
    }

    private static final class Collected {
        final ScoredPredicate predicate;
        final Node subject;
        final Node object;
        final Set<Triple> sources = new LinkedHashSet<>();

        Collected(ScoredPredicate predicate, Node subject, Node object) {
            this.predicate = predicate;
            this.subject = subject;
            this.object = object;
        }
    }
}
