package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Abstentions a sentence names without telling they were cast: "should have abstained" (what the speaker wanted, not
 * what was done) and "voted yes instead of abstaining" (the abstention is the course not taken).
 */
final class UncastAbstentions {

    private UncastAbstentions() {
    }

    static boolean untold(Sentence s, Token cue) {
        return ExtractionContext.hasModal(s, cue) || notTaken(s, cue);
    }

    /** "instead of abstaining", "rather than abstain": the alternative to what was done. */
    private static boolean notTaken(Sentence s, Token cue) {
        boolean byRelation = s.governorOf(cue.index())
                .map(d -> d.relation().matches("(?i).*:(instead|instead_of|rather|rather_than)")).orElse(false);
        boolean byMarker = s.dependentsOf(cue.index()).stream()
                .filter(d -> d.relation().matches("mark|case|advmod|cc"))
                .anyMatch(d -> s.token(d.dependent()).word().matches("(?i)instead|rather"));
        return byRelation || byMarker;
    }
}
