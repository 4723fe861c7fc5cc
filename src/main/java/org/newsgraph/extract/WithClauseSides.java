package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sides of a count told by participles in one "with" clause: "adopted by 13 votes, with A voting against and B
 * abstaining", "with 12 votes in favour, A and B voting against and C abstaining". The parser rarely reads two such
 * participles joined by "and" (it makes the second name a conjunct of "against", or leaves the second participle an
 * orphan of its name, and the first name then takes both sides), so the clause is read in the order of its words: the
 * names before each side phrase cast that side.
 */
final class WithClauseSides {

    static final String RULE = "tally-with-clause-sides";

    private WithClauseSides() {
    }

    static List<VoteTallies.Tally> find(ExtractionContext context, Sentence s, String target) {
        List<VoteTallies.Tally> tallies = new ArrayList<>();
        for (int with = 1; with < s.tokens().size(); with++) {
            if (s.token(with).word().equalsIgnoreCase("with")) {
                read(context, s, target, with + 1, tallies);
            }
        }
        // one side alone is read by the tally rules; only two or more sides in one clause need the word order
        return tallies.size() >= 2 ? tallies : List.of();
    }

    private static void read(ExtractionContext context, Sentence s, String target, int from,
                             List<VoteTallies.Tally> tallies) {
        List<String> voters = new ArrayList<>();
        int t = from;
        while (t <= s.tokens().size()) {
            Token token = s.token(t);
            Optional<Side> side = sideAt(s, t);
            if (side.isPresent()) {
                if (!voters.isEmpty()) {
                    tallies.add(new VoteTallies.Tally(List.copyOf(voters), side.get().predicate(), target, t, RULE));
                }
                voters.clear();
                t += side.get().length();
                continue;
            }
            Optional<String> actor = context.actorAt(s.index(), t).filter(a -> !a.equals(target)
                    && context.kindOf(a) != EntityKind.PERSON);
            if (actor.isPresent()) {
                if (!voters.contains(actor.get())) {
                    voters.add(actor.get());
                }
            } else if (token.word().matches("[;:.]") || token.pos().matches("VBD|VBZ|VBP|MD")) {
                // the clause of "with" ends with the sentence's next finite verb or a stronger stop
                return;
            }
            t++;
        }
    }

    private record Side(String predicate, int length) {}

    /** "voting against", "voting in favour", "voting for", "voting (\") no/yes", "abstaining", "dissenting". */
    private static Optional<Side> sideAt(Sentence s, int t) {
        String word = s.token(t).word().toLowerCase(Locale.ROOT);
        if (word.equals("abstaining")) {
            return Optional.of(new Side("abstainedOn", 1));
        }
        if (word.equals("dissenting")) {
            return Optional.of(new Side("votedAgainst", 1));
        }
        if (!word.equals("voting")) {
            return Optional.empty();
        }
        int next = t + 1;
        while (next <= s.tokens().size() && s.token(next).pos().matches("``|''")) {
            next++;
        }
        String after = next <= s.tokens().size() ? s.token(next).word().toLowerCase(Locale.ROOT) : "";
        String then = next + 1 <= s.tokens().size() ? s.token(next + 1).word().toLowerCase(Locale.ROOT) : "";
        return switch (after) {
            case "against", "no", "nay" -> Optional.of(new Side("votedAgainst", next - t + 1));
            case "for", "yes" -> Optional.of(new Side("votedFor", next - t + 1));
            case "in" -> then.matches("favou?r") ? Optional.of(new Side("votedFor", next - t + 2)) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
