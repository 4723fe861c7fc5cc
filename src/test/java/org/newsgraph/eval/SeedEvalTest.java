package org.newsgraph.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.build.SeedStore;

import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed articles, built by the whole pipeline, scored against the hand-written seed gold, with the quality bars
 * the project holds itself to. On failure the message carries the full explanation: every miss and false fact.
 */
@Tag("corenlp")
class SeedEvalTest {

    static final double MIN_OVERALL_F1 = 0.90;
    static final double MIN_PREDICATE_F1 = 0.75;
    /** Predicates with fewer gold facts than this are too small to hold to the per-predicate bar. */
    static final int PREDICATE_BAR_MIN_GOLD = 5;
    static final double MIN_SAID_PRECISION = 0.95;
    static final double MIN_ENTITY_PAIRS_HELD = 0.95;

    private static EvalReport report;

    @BeforeAll
    static void evaluate() {
        report = SeedStore.store().read(dataset -> Evaluation.run(dataset,
                Path.of("eval/seeds.gold.tsv"), Path.of("eval/seeds.entities.tsv")));
        System.out.println(report.toText(false));
    }

    @Test
    void overallF1() {
        assertTrue(report.overall().f1() >= MIN_OVERALL_F1, () -> failure("overall F1 %.3f < %.2f",
                report.overall().f1(), MIN_OVERALL_F1));
    }

    @Test
    void everyWellSupportedPredicate() {
        for (EvalReport.PredicateScore row : report.predicates()) {
            EvalReport.Score score = row.score();
            if (score.gold() >= PREDICATE_BAR_MIN_GOLD) {
                assertTrue(score.f1() >= MIN_PREDICATE_F1, () -> failure("%s F1 %.3f < %.2f", row.predicate(),
                        score.f1(), MIN_PREDICATE_F1));
            }
        }
    }

    @Test
    void quotesAreAttributedPrecisely() {
        EvalReport.Score said = report.score(ScoredPredicate.SAID);
        assertTrue(said.gold() > 0 && said.precision() >= MIN_SAID_PRECISION, () -> failure("said precision %.3f < %.2f",
                said.precision(), MIN_SAID_PRECISION));
    }

    @Test
    void entityPairsHold() {
        double held = report.pairs().percent() / 100;
        assertTrue(held >= MIN_ENTITY_PAIRS_HELD, () -> failure("entity pairs %.3f < %.2f", held,
                MIN_ENTITY_PAIRS_HELD));
    }

    /** The December evacuation of eastern Aleppo is one operation across articles, the October plan another. */
    @Test
    void everyEvacuationPairHolds() {
        var evacuations = report.pairs().results().stream()
                .filter(r -> r.pair().first().text().startsWith("Evacuation["))
                .toList();
        assertTrue(evacuations.size() >= 5, () -> failure("only %d evacuation pairs", evacuations.size()));
        evacuations.forEach(r -> assertTrue(r.held(), () -> failure("does not hold: %s", r.pair().describe())));
    }

    private static String failure(String format, Object... values) {
        return String.format(Locale.ROOT, format, values) + System.lineSeparator() + report.toText(true);
    }
}
