package org.newsgraph.extract;

import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "A, who is a member of the government, voted against the agreement": a relative aside between the voter and the
 * vote often leads the parser to make the voter the root and the vote a clause of the aside, with the aside's noun
 * as its subject. The names right before the aside cast the vote told right after its closing comma.
 */
final class AsideSubjectVoters {

    /** Adverbs that may stand between the aside's closing comma and the vote. */
    private static final String BETWEEN = "(?i)also|then|later|eventually|nonetheless|nevertheless|however|too";

    private AsideSubjectVoters() {
    }

    static Optional<VoteTallies.Tally> find(ExtractionContext context, Sentence s, String target, SemgrexRules voteRules) {
        for (CompanionVoters.VoteCue cue : CompanionVoters.voteCues(s, voteRules)) {
            List<String> voters = beforeAside(context, s, cue.token(), target);
            if (!voters.isEmpty()) {
                return Optional.of(new VoteTallies.Tally(voters, cue.side(), target, cue.token(), "vote-after-aside"));
            }
        }
        return Optional.empty();
    }

    /** The names before ", who ... ," or ", which ... ," that ends right before the vote at {@code cue}. */
    private static List<String> beforeAside(ExtractionContext context, Sentence s, int cue, String target) {
        int close = cue - 1;
        while (close >= 1 && s.token(close).word().matches(BETWEEN)) {
            close--;
        }
        if (close < 4 || !s.token(close).word().equals(",")) {
            return List.of();
        }
        int open = -1;
        for (int t = close - 1; t >= 2; t--) {
            String word = s.token(t).word().toLowerCase(Locale.ROOT);
            if (word.matches("[.;:]") || s.token(t).lemma().toLowerCase(Locale.ROOT).matches("vote|abstain")) {
                // an aside that is a vote itself is read by CompanionVoters
                return List.of();
            }
            if (word.matches("who|which") && s.token(t - 1).word().equals(",")) {
                open = t - 1;
                break;
            }
        }
        List<String> voters = new ArrayList<>();
        for (int n = open - 1; n >= 1; n--) {
            Optional<String> actor = context.actorAt(s.index(), n);
            if (actor.isPresent()) {
                actor.filter(a -> !voters.contains(a) && !a.equals(target)).ifPresent(a -> voters.add(0, a));
            } else if (!s.token(n).word().toLowerCase(Locale.ROOT).matches(",|and|the")) {
                break;
            }
        }
        return voters;
    }
}
