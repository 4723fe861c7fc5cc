package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stance a recorded vote expresses (GUIDELINES.md, "Scoring"): a gold {@code vetoed} or {@code votedAgainst}
 * row implies {@code opposes}, a {@code votedFor} row implies {@code supports}. The graph states the stance with
 * every vote, so when an annotator writes the vote without its stance row the stance is optional: stating it is
 * never an error, and leaving it out is not a miss. A stance row the gold does write stays required.
 */
final class ImpliedStances {

    private static final Map<ScoredPredicate, ScoredPredicate> IMPLIED = Map.of(
            ScoredPredicate.VETOED, ScoredPredicate.OPPOSES,
            ScoredPredicate.VOTED_AGAINST, ScoredPredicate.OPPOSES,
            ScoredPredicate.VOTED_FOR, ScoredPredicate.SUPPORTS);

    private ImpliedStances() {
    }

    /**
     * An optional stance row for each vote row of {@code rows}, with the vote's subject, object and line. Added
     * beside a stance row the gold writes itself it changes nothing: a prediction matching a required row is
     * correct whatever optional rows it also matches.
     */
    static List<GoldFact> optionalStances(List<GoldFact> rows) {
        List<GoldFact> stances = new ArrayList<>();
        for (GoldFact row : rows) {
            ScoredPredicate stance = row.scored().map(IMPLIED::get).orElse(null);
            if (stance != null) {
                stances.add(new GoldFact(row.document(), row.subject(), stance.goldName(), row.object(), true,
                        row.line(), stance));
            }
        }
        return stances;
    }
}
