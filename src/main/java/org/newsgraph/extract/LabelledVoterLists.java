package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A breakdown of a vote written as labels and lists, without a verb the parser could build on: "Against: A, B and C.
 * Abstaining: D and E.", "Voting against: A, B; abstaining: C, D". Each part of the sentence between semicolons is
 * read alone: a short label made only of vote words, a colon, then names and the words joining them, nothing else.
 */
final class LabelledVoterLists {

    private static final Set<String> AGAINST = Set.of("against", "no", "opposed", "nays", "noes");
    private static final Set<String> FOR = Set.of("for", "favour", "favor", "yes", "ayes", "yeas");
    private static final Set<String> ABSTAINED = Set.of("abstaining", "abstained", "abstention", "abstentions",
            "abstain");
    /** Words a label may hold besides the side: "Voting in favour", "Those voting against", "The following abstained". */
    private static final Set<String> LABEL_WORDS = Set.of("voting", "voted", "vote", "votes", "in", "of", "those",
            "the", "following", "countries", "states", "members", "nations", "and");
    private static final int MAX_LABEL_TOKENS = 5;

    private LabelledVoterLists() {
    }

    static List<VoteTallies.Tally> find(ExtractionContext context, Sentence s, String target) {
        List<VoteTallies.Tally> tallies = new ArrayList<>();
        int start = 1;
        for (int t = 1; t <= s.tokens().size() + 1; t++) {
            if (t > s.tokens().size() || s.token(t).word().equals(";")) {
                part(context, s, start, t, target).ifPresent(tallies::add);
                start = t + 1;
            }
        }
        return tallies;
    }

    /** The vote of the tokens from {@code start} up to {@code end} (exclusive), when they are a label and a list. */
    private static Optional<VoteTallies.Tally> part(ExtractionContext context, Sentence s, int start, int end,
            String target) {
        int colon = -1;
        for (int t = start; t < end && t - start <= MAX_LABEL_TOKENS; t++) {
            if (s.token(t).word().equals(":")) {
                colon = t;
                break;
            }
        }
        if (colon <= start) {
            return Optional.empty();
        }
        String side = null;
        int sideToken = -1;
        for (int t = start; t < colon; t++) {
            String word = s.token(t).word().toLowerCase(Locale.ROOT);
            String said = AGAINST.contains(word) ? "votedAgainst" : FOR.contains(word) ? "votedFor"
                    : ABSTAINED.contains(word) ? "abstainedOn" : null;
            if (said != null) {
                if (side != null && !side.equals(said)) {
                    return Optional.empty();
                }
                side = said;
                sideToken = t;
            } else if (!LABEL_WORDS.contains(word) || context.actorAt(s.index(), t).isPresent()) {
                return Optional.empty();
            }
        }
        if (side == null) {
            return Optional.empty();
        }
        List<String> voters = new ArrayList<>();
        for (int t = colon + 1; t < end; t++) {
            Optional<String> actor = context.actorAt(s.index(), t);
            String word = s.token(t).word().toLowerCase(Locale.ROOT);
            if (actor.isPresent()) {
                actor.filter(a -> !voters.contains(a)).ifPresent(voters::add);
            } else if (!ListedVoters.joinsNames(s, t) && !word.equals(".")) {
                return Optional.empty();
            }
        }
        return voters.isEmpty() ? Optional.empty()
                : Optional.of(new VoteTallies.Tally(voters, side, target, sideToken, "vote-labelled-list"));
    }
}
