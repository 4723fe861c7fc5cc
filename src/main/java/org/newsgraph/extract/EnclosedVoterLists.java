package org.newsgraph.extract;

import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Voters named in a list set off by brackets or dashes beside one side of a tally: "one against (X)", "two (X and Y)
 * against and three (Z, W, V) abstained", "just five – A, B, C, D and E – opposed it", "the remaining members - A, B
 * and C - voted in favour". The parser attaches such lists loosely and often to the wrong word, so the list is read
 * token by token: it holds names and the words that join them, nothing else, and the side is the word right before
 * the opening mark or right after the closing one.
 */
final class EnclosedVoterLists {

    /** The longest list read, in tokens: a tally of a council of fifteen with its commas and conjunctions. */
    private static final int MAX_LIST_TOKENS = 60;
    private static final Map<String, String> COUNT_SIDES = Map.of("against", "votedAgainst", "abstention",
            "abstainedOn", "abstentions", "abstainedOn", "favour", "votedFor", "favor", "votedFor");
    private static final Map<String, String> RULE_SIDES = Map.of("votedfor", "votedFor", "votedagainst",
            "votedAgainst", "abstainedon", "abstainedOn");
    /** Verbs of a stance that, said of a count of members, tell how the counted members voted. */
    private static final Map<String, String> COUNTED_STANCES = Map.of("oppose", "votedAgainst", "reject",
            "votedAgainst", "support", "votedFor", "back", "votedFor", "favour", "votedFor", "favor", "votedFor");
    /** Words that join the names of a list without naming anyone. */
    private static final Set<String> JOINING_WORDS = Set.of(",", "and", "the", "as", "well", "or", "including",
            "such", "also", "both", "namely", ";");

    private EnclosedVoterLists() {
    }

    static void find(ExtractionContext context, Sentence s, String target, SemgrexRules voteRules,
            List<VoteTallies.Tally> tallies) {
        boolean countsVotes = s.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("vote"));
        for (int open = 2; open < s.tokens().size(); open++) {
            boolean bracket = isOpeningBracket(s.token(open));
            if (!bracket && !isDash(s, open)) {
                continue;
            }
            int close = closing(s, open, bracket);
            if (close < 0) {
                continue;
            }
            Optional<List<String>> voters = names(context, s, open, close);
            if (voters.isEmpty()) {
                continue;
            }
            String before = COUNT_SIDES.get(s.token(open - 1).lemma().toLowerCase(Locale.ROOT));
            if (bracket && countsVotes && before != null) {
                tallies.add(new VoteTallies.Tally(voters.get(), before, target, open - 1, "vote-count"));
            } else if (close < s.tokens().size()) {
                List<String> all = new ArrayList<>(voters.get());
                // "Apart from X, three other countries - A, B and C - voted against"
                StanceHolders.companions(context, s, s.token(close + 1)).stream().filter(a -> !all.contains(a))
                        .forEach(all::add);
                sideAfter(s, open, close, voteRules).ifPresent(side -> tallies.add(
                        new VoteTallies.Tally(all, side, target, close + 1, "vote-enclosed-list")));
            }
            open = close;
        }
    }

    /**
     * The side named right after the list: a vote verb ("- voted in favour"), an abstention, or, after a count
     * ("two (X, Y) against", "just five – ... – opposed it"), the word of a side or a verb of stance.
     */
    private static Optional<String> sideAfter(Sentence s, int open, int close, SemgrexRules voteRules) {
        Token next = s.token(close + 1);
        String lemma = next.lemma().toLowerCase(Locale.ROOT);
        boolean verb = next.pos().startsWith("VB");
        if (verb && (ExtractionContext.isNegated(s, next.index()) || ExtractionContext.hasModal(s, next))) {
            return Optional.empty();
        }
        if (verb && lemma.equals("abstain")) {
            return Optional.of("abstainedOn");
        }
        if (verb && lemma.equals("vote")) {
            return voteRules.matches(s).stream().filter(m -> m.has("cue") && m.node("cue") == next.index())
                    .map(m -> RULE_SIDES.get(m.label())).filter(java.util.Objects::nonNull).findFirst()
                    .or(() -> sideWordAfter(s, close + 2));
        }
        if (!isCount(s, open - 1)) {
            return Optional.empty();
        }
        if (verb) {
            return Optional.ofNullable(COUNTED_STANCES.get(lemma));
        }
        String side = COUNT_SIDES.get(lemma);
        if (side == null && lemma.equals("in") && close + 2 <= s.tokens().size()) {
            side = COUNT_SIDES.get(s.token(close + 2).lemma().toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(side);
    }

    /** "- voted against, while": the parser may hang a bare side word anywhere; it follows the verb. */
    private static Optional<String> sideWordAfter(Sentence s, int t) {
        if (t > s.tokens().size()) {
            return Optional.empty();
        }
        String word = s.token(t).word().toLowerCase(Locale.ROOT);
        if (word.equals("in") && t < s.tokens().size()) {
            word = s.token(t + 1).word().toLowerCase(Locale.ROOT);
        }
        return Optional.ofNullable(switch (word) {
            case "against", "no" -> "votedAgainst";
            case "for", "favour", "favor", "yes" -> "votedFor";
            default -> null;
        });
    }

    /** "two", "just five", "three countries", "the remaining members": a count of members, or what is left of them. */
    private static boolean isCount(Sentence s, int t) {
        Token token = s.token(t);
        if (token.pos().equals("CD")) {
            return true;
        }
        return token.pos().equals("NNS") && t > 1 && (s.token(t - 1).pos().equals("CD")
                || s.token(t - 1).lemma().equalsIgnoreCase("remain") || s.token(t - 1).lemma().equalsIgnoreCase("other"));
    }

    /** The actors of the list between the marks, when it holds nothing but names and the words joining them. */
    private static Optional<List<String>> names(ExtractionContext context, Sentence s, int open, int close) {
        List<String> actors = new ArrayList<>();
        for (int t = open + 1; t < close; t++) {
            Optional<String> actor = context.actorAt(s.index(), t);
            if (actor.isPresent()) {
                if (!actors.contains(actor.get())) {
                    actors.add(actor.get());
                }
            } else if (!JOINING_WORDS.contains(s.token(t).word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return actors.isEmpty() ? Optional.empty() : Optional.of(actors);
    }

    private static int closing(Sentence s, int open, boolean bracket) {
        for (int t = open + 1; t <= Math.min(s.tokens().size(), open + MAX_LIST_TOKENS); t++) {
            if (bracket ? isClosingBracket(s.token(t)) : isDash(s, t)) {
                return t;
            }
        }
        return -1;
    }

    private static boolean isOpeningBracket(Token token) {
        return token.word().equals("(") || token.pos().equals("-LRB-");
    }

    private static boolean isClosingBracket(Token token) {
        return token.word().equals(")") || token.pos().equals("-RRB-");
    }

    /** A dash between words, not the hyphen of "Ostrovia-led": it stands apart from the word before it. */
    static boolean isDash(Sentence s, int t) {
        Token token = s.token(t);
        return token.word().matches("-+|\u2014|\u2013") && t > 1 && s.token(t - 1).end() < token.begin();
    }
}
