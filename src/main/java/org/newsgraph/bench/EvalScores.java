package org.newsgraph.bench;

import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.ScoredPredicate;

/** The seed eval's headline figures: overall precision, recall and F1, quote attribution, entity pairs. */
public record EvalScores(double precision, double recall, double f1, double saidPrecision, double saidRecall,
                         int pairsHeld, int pairsTotal) {

    static EvalScores of(EvalReport report) {
        EvalReport.Score overall = report.overall();
        EvalReport.Score said = report.score(ScoredPredicate.SAID);
        int held = report.pairs() == null ? 0 : report.pairs().held();
        int total = report.pairs() == null ? 0 : report.pairs().total();
        return new EvalScores(overall.precision(), overall.recall(), overall.f1(), said.precision(), said.recall(),
                held, total);
    }

    public double pairsPercent() {
        return pairsTotal == 0 ? 0 : 100.0 * pairsHeld / pairsTotal;
    }
}
