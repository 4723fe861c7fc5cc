package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A vote whose verb is left out after the first clause: "A voted for the text, B against, and C abstained", "A voted in
 * favour, B and C against", "A voted no, with B against". The parser cannot read such a gap (it makes the names an object
 * of the verb, or a modifier of the text voted on), so the words after the vote verb are read in order: a list of
 * names opened by a comma, "and" or "with", then the side alone ("against", "for", "in favour"), then the end of the
 * clause.
 */
final class GappedVotes {

    /** What may open the list of names of a gapped clause. */
    private static final Set<String> OPENERS = Set.of(",", "and", "with", ";");
    /** What may close a gapped clause after its side. */
    private static final Set<String> CLOSERS = Set.of(",", ".", ";", "and", "while", "whereas", "--", "-", "\u2013",
            "\u2014");

    private GappedVotes() {
    }

    static List<VoteTallies.Tally> find(ExtractionContext context, Sentence s, String target) {
        List<VoteTallies.Tally> tallies = new ArrayList<>();
        int verb = voteVerb(s);
        if (verb < 0) {
            return tallies;
        }
        int t = verb + 1;
        while (t <= s.tokens().size()) {
            Optional<Gap> gap = gapAt(context, s, t);
            if (gap.isPresent()) {
                tallies.add(new VoteTallies.Tally(gap.get().voters(), gap.get().predicate(), target, gap.get().side(),
                        "vote-gapped"));
                t = gap.get().end();
            } else {
                t++;
            }
        }
        return tallies;
    }

    /** Whether the token is a name of a gapped clause, which is no object of the vote verb before it. */
    static boolean inGap(ExtractionContext context, Sentence s, int token) {
        int verb = voteVerb(s);
        if (verb < 0 || token <= verb) {
            return false;
        }
        for (int t = verb + 1; t <= token; t++) {
            Optional<Gap> gap = gapAt(context, s, t);
            if (gap.isPresent() && token < gap.get().side()) {
                return true;
            }
        }
        return false;
    }

    private record Gap(List<String> voters, String predicate, int side, int end) {}

    /** The first recorded vote verb of the sentence ("voted"), or -1. */
    private static int voteVerb(Sentence s) {
        for (Token token : s.tokens()) {
            if (token.lemma().equalsIgnoreCase("vote") && token.pos().matches("VB[DNP]?")) {
                return token.index();
            }
        }
        return -1;
    }

    /** The gapped clause whose names begin at {@code start}, right after an opener. */
    private static Optional<Gap> gapAt(ExtractionContext context, Sentence s, int start) {
        if (start < 2 || !OPENERS.contains(s.token(start - 1).word().toLowerCase(Locale.ROOT))
                || context.actorAt(s.index(), start).isEmpty()) {
            return Optional.empty();
        }
        List<String> voters = new ArrayList<>();
        int t = start;
        int lastName = start;
        while (t <= s.tokens().size()) {
            Optional<String> actor = context.actorAt(s.index(), t);
            if (actor.isPresent()) {
                actor.filter(a -> !voters.contains(a)).ifPresent(voters::add);
                lastName = t;
            } else if (!s.token(t).word().matches("(?i),|and") || s.token(t).word().equals(",")
                    && t + 1 <= s.tokens().size() && context.actorAt(s.index(), t + 1).isEmpty()
                    && !s.token(t + 1).word().equalsIgnoreCase("and")) {
                break;
            }
            t++;
        }
        int side = lastName + 1;
        if (side > s.tokens().size()) {
            return Optional.empty();
        }
        String word = s.token(side).word().toLowerCase(Locale.ROOT);
        String predicate;
        int after;
        if (word.equals("against") || word.equals("for")) {
            predicate = word.equals("against") ? "votedAgainst" : "votedFor";
            after = side + 1;
        } else if (word.equals("in") && side + 1 <= s.tokens().size()
                && s.token(side + 1).word().matches("(?i)favou?r")) {
            predicate = "votedFor";
            after = side + 2;
        } else {
            return Optional.empty();
        }
        boolean closed = after > s.tokens().size()
                || CLOSERS.contains(s.token(after).word().toLowerCase(Locale.ROOT));
        return closed ? Optional.of(new Gap(voters, predicate, side, after)) : Optional.empty();
    }
}
