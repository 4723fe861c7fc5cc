package org.newsgraph.eval;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.newsgraph.eval.EvalReport.Score;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the knowledge graph against gold facts, as {@code eval/GUIDELINES.md} defines it.
 *
 * <h2>What is compared</h2>
 * Only the documents of the gold file are scored; what the store holds for other documents is ignored. A fact
 * belongs to a document when its triple is in that document's named graph, so the same fact stated by two
 * articles counts once in each. The predictions of a document are what {@link PredictionReader} reads from its
 * graph (implied stances included, {@code said} only for quotes of three words or more).
 *
 * <h2>When a prediction matches a gold fact</h2>
 * Same document, same predicate, and subject and object both match:
 * <ul>
 *   <li>a name matches an entity that carries it as {@code rdfs:label} or {@code skos:altLabel} anywhere in the
 *   merged graph, ignoring case, runs of white space and the kind of apostrophe; {@code A|B} matches either;</li>
 *   <li>a key matches the entities it picks in that document's graph: {@code Resolution[drafter=X]} a resolution
 *   there that an entity named X drafted ({@code ng:drafted} or {@code ng:draftedBy} in that graph),
 *   {@code Resolution[number=N]} one whose {@code ng:number} there is N, {@code Evacuation[from=X]} an evacuation
 *   there with an {@code ng:from} named X, {@code [*]} every resolution or evacuation of the document;</li>
 *   <li>a quote snippet matches a quote that begins with or contains it on word boundaries, once both are lower
 *   case, without punctuation and with single spaces;</li>
 *   <li>a status matches the lower-cased local name of the {@code ng:status} individual.</li>
 * </ul>
 *
 * <h2>Counting</h2>
 * Per predicate, summed over documents (micro-averaged), then summed over predicates for the overall row:
 * <ul>
 *   <li>gold: the non-optional gold facts; matched: those that some prediction matches;</li>
 *   <li>predicted: the predictions that remain once optional facts are set aside; correct: those that match some
 *   non-optional gold fact;</li>
 *   <li>precision = correct / predicted, recall = matched / gold, F1 their harmonic mean.</li>
 * </ul>
 * Optional gold facts ({@code ?supports}) are removed from both sides: they are not gold facts to find, and a
 * prediction that matches one is not counted. A prediction that matches an optional and a non-optional gold fact
 * alike is counted as correct, since an optional row exists to spare a system, never to penalise one. An optional
 * row with a predicate that is not scored ({@code ?consideredBy}) is accepted and changes nothing. A gold
 * {@code vetoed}, {@code votedAgainst} or {@code votedFor} row also stands for an optional row of the stance it
 * implies ({@link ImpliedStances}), so a graph that states the stance with the vote is not penalised for it.
 * <p>
 * One prediction may match several gold facts (one long quote holding two gold snippets) and several predictions
 * one gold fact, which is why matched and correct are counted apart.
 *
 * <h2>Diagnosis</h2>
 * Each miss is traced to the first step at which it was lost in the document's graph, and each false fact to how it
 * stands to the gold of its document ({@link Diagnosis}, {@link ErrorDiagnoser}); the counts per predicate and cause
 * come with the report, so they can be read for a part whose facts are not to be looked at one by one.
 *
 * <h2>Entity pairs</h2>
 * Each side of a pair stands for the entities that carry one of its names anywhere in the merged graph, or that its
 * key picks in its document ({@code Key@document}). A {@code same} pair holds when the two sets share an entity, a
 * {@code distinct} pair when they share none; a side that stands for nothing therefore fails {@code same} and
 * passes {@code distinct}, as the guidelines' "no entity carries both" says.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /**
     * Reads the gold file and, when {@code entities} is not null, the entity-pair file, then scores the dataset.
     * The files are read first, so a malformed one fails ({@link GoldFormatException}) before the store is touched.
     */
    public static EvalReport run(Dataset dataset, Path gold, Path entities) {
        GoldFile goldFile = GoldFile.read(gold);
        EntityPairs pairs = entities == null ? null : EntityPairs.read(entities);
        return run(dataset, goldFile, pairs);
    }

    /** Scores the dataset in a read transaction, or in the caller's when it is already inside one. */
    public static EvalReport run(Dataset dataset, GoldFile gold, EntityPairs pairs) {
        return Txn.calculateRead(dataset, () -> score(new DocumentGraphs(dataset.asDatasetGraph()), gold, pairs));
    }

    private static EvalReport score(DocumentGraphs graphs, GoldFile gold, EntityPairs pairs) {
        FactMatcher matcher = new FactMatcher(graphs);
        ErrorDiagnoser diagnoser = new ErrorDiagnoser(graphs, matcher);
        Diagnosis.Tally tally = new Diagnosis.Tally();
        Map<String, List<PredictedFact>> predictions = PredictionReader.read(graphs, gold.documents());
        Map<ScoredPredicate, Score> byPredicate = new EnumMap<>(ScoredPredicate.class);
        List<EvalReport.DocumentScore> perDocument = new ArrayList<>();
        List<EvalReport.Miss> misses = new ArrayList<>();
        List<PredictedFact> falseFacts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int optionalOnly = 0;

        for (String document : gold.documents()) {
            if (!predictions.containsKey(document)) {
                missing.add(document);
            }
            List<GoldFact> rows = gold.factsOf(document);
            List<GoldFact> required = rows.stream().filter(r -> !r.optional() && r.scored().isPresent()).toList();
            List<GoldFact> optional = new ArrayList<>(rows.stream().filter(GoldFact::optional).toList());
            optional.addAll(ImpliedStances.optionalStances(rows));
            List<PredictedFact> predicted = new ArrayList<>(predictions.getOrDefault(document, List.of()));
            predicted.sort(Comparator.comparing(PredictedFact::predicate).thenComparing(PredictedFact::describe));
            Map<ScoredPredicate, Score> counts = new EnumMap<>(ScoredPredicate.class);

            for (PredictedFact fact : predicted) {
                boolean correct = required.stream().anyMatch(g -> matcher.matches(g, fact));
                if (!correct && optional.stream().anyMatch(g -> matcher.matches(g, fact))) {
                    optionalOnly++;
                    continue;
                }
                add(counts, fact.predicate(), new Score(0, 1, 0, correct ? 1 : 0));
                if (!correct) {
                    falseFacts.add(fact);
                    tally.falseFact(fact.predicate(), diagnoser.ofFalse(fact, rows));
                }
            }
            for (GoldFact fact : required) {
                boolean found = predicted.stream().anyMatch(p -> matcher.matches(fact, p));
                add(counts, fact.scoredPredicate(), new Score(1, 0, found ? 1 : 0, 0));
                if (!found) {
                    Diagnosis.MissCause cause = diagnoser.ofMiss(fact, predicted, tally::absentKey);
                    tally.miss(fact.scoredPredicate(), cause);
                    misses.add(new EvalReport.Miss(document, fact.line(), fact.scoredPredicate(), fact.describe(),
                            cause));
                }
            }
            counts.forEach((predicate, score) -> add(byPredicate, predicate, score));
            perDocument.add(new EvalReport.DocumentScore(document,
                    counts.values().stream().reduce(Score.ZERO, Score::plus)));
        }

        List<EvalReport.PredicateScore> rows = new ArrayList<>();
        for (ScoredPredicate predicate : ScoredPredicate.values()) {
            rows.add(new EvalReport.PredicateScore(predicate, byPredicate.getOrDefault(predicate, Score.ZERO)));
        }
        Score overall = byPredicate.values().stream().reduce(Score.ZERO, Score::plus);
        EvalReport.PairScore pairScore = pairs == null ? null : pairs(matcher, pairs);
        return new EvalReport(gold.path(), List.copyOf(gold.documents()), missing, rows, overall, perDocument,
                misses, falseFacts, optionalOnly, pairScore, tally.done());
    }

    private static EvalReport.PairScore pairs(FactMatcher matcher, EntityPairs pairs) {
        List<EvalReport.PairResult> results = new ArrayList<>();
        for (EntityPair pair : pairs.pairs()) {
            Set<Node> first = matcher.entities(pair.first());
            Set<Node> second = matcher.entities(pair.second());
            boolean shared = first.stream().anyMatch(second::contains);
            boolean held = pair.kind() == EntityPair.Kind.SAME ? shared : !shared;
            results.add(new EvalReport.PairResult(pair, held, describe(matcher, first), describe(matcher, second)));
        }
        return new EvalReport.PairScore(pairs.path(), results);
    }

    private static List<String> describe(FactMatcher matcher, Set<Node> entities) {
        return entities.stream()
                .map(node -> matcher.display(node) + (node.isURI() ? " <" + node.getURI() + ">" : ""))
                .sorted().toList();
    }

    private static void add(Map<ScoredPredicate, Score> counts, ScoredPredicate predicate, Score score) {
        counts.merge(predicate, score, Score::plus);
    }
}
