package org.newsgraph.extract;

import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Voters told as companions of another voter, whose side they take: "Voting with A were B, C and D" (the side A took
 * on the text, told before, or for it when A drafted it) and "A, which had said it would back the text, abstained, as
 * did B" (the side of the vote before ", as did", however the parser broke the clause). The parser reads both badly
 * ("Voting" as a name, "as did B" hung on the aside), so they are read in order of the words.
 */
final class CompanionVoters {

    private static final Map<String, String> RULE_SIDES = Map.of("votedfor", "votedFor", "votedagainst",
            "votedAgainst", "abstainedon", "abstainedOn");
    private static final List<String> VOTE_PREDICATES = List.of("votedFor", "votedAgainst", "abstainedOn");
    /** Nouns that name the text a relative clause's vote is on. */
    private static final String TEXT_NOUNS = "resolution|draft|text|motion|bill|measure|proposal";

    private CompanionVoters() {
    }

    /** A recorded vote a sentence casts: the token that casts it and its side. */
    record VoteCue(int token, String side) {}

    /**
     * The recorded votes a sentence casts, in the order the companion readings try them: each vote rule's cue with its
     * side, then every verb "abstain" that is not negated.
     */
    static List<VoteCue> voteCues(Sentence s, SemgrexRules voteRules) {
        List<VoteCue> cues = new ArrayList<>();
        for (SemgrexRules.Match m : voteRules.matches(s)) {
            String side = RULE_SIDES.get(m.label());
            if (side != null && m.has("cue")) {
                cues.add(new VoteCue(m.node("cue"), side));
            }
        }
        s.tokens().stream().filter(k -> k.lemma().equalsIgnoreCase("abstain") && k.pos().startsWith("VB")
                && !ExtractionContext.isNegated(s, k.index()))
                .forEach(k -> cues.add(new VoteCue(k.index(), "abstainedOn")));
        return cues;
    }

    static List<VoteTallies.Tally> find(ExtractionContext context, Sentence s, String target, SemgrexRules voteRules) {
        List<VoteTallies.Tally> tallies = new ArrayList<>();
        votingWith(context, s, target).ifPresent(tallies::add);
        asDid(context, s, target, voteRules).ifPresent(tallies::add);
        relative(context, s, target).ifPresent(tallies::add);
        withAside(context, s, target).ifPresent(tallies::add);
        joinedAfterVote(context, s, target, voteRules).ifPresent(tallies::add);
        return tallies;
    }

    /**
     * "with A and B, both close partners of X, abstaining": the participle of the vote after an aside on the names of
     * "with", which the parser hangs on the aside instead (X is no voter).
     */
    private static Optional<VoteTallies.Tally> withAside(ExtractionContext context, Sentence s, String target) {
        for (int t = 1; t + 4 <= s.tokens().size(); t++) {
            if (!s.token(t).word().equalsIgnoreCase("with")) {
                continue;
            }
            List<String> voters = new ArrayList<>();
            int n = t + 1;
            for (; n <= s.tokens().size() && !endsNames(context, s, n); n++) {
                Optional<String> actor = context.actorAt(s.index(), n);
                if (actor.isPresent()) {
                    actor.filter(a -> !voters.contains(a) && !a.equals(target)).ifPresent(voters::add);
                } else if (!s.token(n).word().matches("(?i),|and|the")) {
                    break;
                }
            }
            if (voters.isEmpty() || n > s.tokens().size() || !s.token(n).word().equals(",")) {
                continue;
            }
            int close = n + 1;
            while (close <= s.tokens().size() && !s.token(close).word().equals(",")) {
                close++;
            }
            int cue = close + 1;
            if (cue > s.tokens().size()) {
                continue;
            }
            String word = s.token(cue).word().toLowerCase(Locale.ROOT);
            String next = cue + 1 <= s.tokens().size() ? s.token(cue + 1).word().toLowerCase(Locale.ROOT) : "";
            String side = word.equals("abstaining") ? "abstainedOn"
                    : !word.equals("voting") ? null
                    : next.matches("against|no") ? "votedAgainst"
                    : next.matches("for|in|yes") ? "votedFor" : null;
            if (side != null) {
                return Optional.of(new VoteTallies.Tally(voters, side, target, cue, "vote-with-aside"));
            }
        }
        return Optional.empty();
    }

    /**
     * "All members but A, which abstained, voted in favour", "A and B, which voted against it, ...": a relative clause
     * that is only a vote casts it for the names it is set on, which the parser often loses in a long sentence.
     */
    private static Optional<VoteTallies.Tally> relative(ExtractionContext context, Sentence s, String target) {
        for (int t = 3; t + 1 <= s.tokens().size(); t++) {
            if (!(s.token(t).word().matches("(?i)which|who") && s.token(t - 1).word().equals(","))) {
                continue;
            }
            int cue = t + 1;
            while (cue < s.tokens().size() && s.token(cue).word().matches("(?i)also|had|have|has")) {
                cue++;
            }
            // "A, which with B voted against it,": the companions named before the vote vote with A; the parser
            // takes A for the object of the vote and loses it
            List<String> companions = new ArrayList<>();
            int after = companionsAt(context, s, cue, companions);
            if (after > cue) {
                cue = after;
                while (cue < s.tokens().size() && s.token(cue).word().matches("(?i)also|had|have|has|both")) {
                    cue++;
                }
            }
            String side = null;
            int end = cue + 1;
            String word = s.token(cue).word().toLowerCase(Locale.ROOT);
            if (word.equals("abstained")) {
                side = "abstainedOn";
            } else if (word.equals("voted") && end <= s.tokens().size()) {
                String next = s.token(end).word().toLowerCase(Locale.ROOT);
                side = next.equals("against") ? "votedAgainst" : next.equals("for") ? "votedFor" : null;
                end++;
                if (next.equals("in") && end <= s.tokens().size() && s.token(end).word().matches("(?i)favou?r")) {
                    side = "votedFor";
                    end++;
                }
            }
            // the clause is the vote alone, or with the text as "it": "which abstained,", "which voted against it."
            if (end <= s.tokens().size() && s.token(end).word().equalsIgnoreCase("it")) {
                end++;
            } else if (!companions.isEmpty()) {
                end = afterTheText(s, end);
            }
            if (side == null || end <= s.tokens().size() && !s.token(end).word().matches("[,.;]")) {
                continue;
            }
            List<String> voters = new ArrayList<>();
            for (int n = t - 2; n >= 1; n--) {
                Optional<String> actor = context.actorAt(s.index(), n);
                if (actor.isPresent()) {
                    actor.filter(a -> !voters.contains(a) && !a.equals(target)).ifPresent(a -> voters.add(0, a));
                } else if (!s.token(n).word().toLowerCase(Locale.ROOT).matches(",|and|the")) {
                    break;
                }
            }
            voters.removeIf(v -> context.kindOf(v) == EntityKind.ORGANIZATION);
            if (!voters.isEmpty()) {
                companions.stream().filter(c -> !voters.contains(c)).forEach(voters::add);
                return Optional.of(new VoteTallies.Tally(voters, side, target, cue, "vote-relative-clause"));
            }
        }
        return Optional.empty();
    }

    /**
     * "with B", "along with B and C", "together with B", "alongside B" at {@code from}: the names are added to
     * {@code names} and the token after them returned, else {@code from}.
     */
    private static int companionsAt(ExtractionContext context, Sentence s, int from, List<String> names) {
        int t = from;
        if (t < s.tokens().size() && s.token(t).word().matches("(?i)along|together")
                && s.token(t + 1).word().equalsIgnoreCase("with")) {
            t++;
        } else if (!s.token(t).word().matches("(?i)with|alongside")) {
            return from;
        }
        List<String> found = new ArrayList<>();
        int n = t + 1;
        for (; n <= s.tokens().size(); n++) {
            Optional<String> actor = context.actorAt(s.index(), n);
            if (actor.isPresent()) {
                actor.filter(a -> !found.contains(a)).ifPresent(found::add);
            } else if (found.isEmpty() || !s.token(n).word().matches("(?i),|and|the")) {
                break;
            }
        }
        if (found.isEmpty() || n > s.tokens().size()) {
            return from;
        }
        names.addAll(found);
        return n;
    }

    /**
     * The token after "the resolution", "the draft", "this text" at {@code t}: the text voted on, told in full, so that
     * the clause still ends with the vote; else {@code t}.
     */
    private static int afterTheText(Sentence s, int t) {
        if (t + 1 > s.tokens().size() || !s.token(t).word().matches("(?i)the|this|that")) {
            return t;
        }
        int n = t + 1;
        while (n < s.tokens().size() && s.token(n).pos().matches("JJ|NN|NNP|HYPH") && !s.token(n + 1).pos().matches("[.,:]")) {
            n++;
        }
        return s.token(n).lemma().toLowerCase(Locale.ROOT).matches(TEXT_NOUNS) ? n + 1 : t;
    }

    /** "Voting with A were B, C and D", "Voting alongside A was B". */
    private static Optional<VoteTallies.Tally> votingWith(ExtractionContext context, Sentence s, String target) {
        int first = s.tokens().size() > 1 && s.token(1).word().matches("(?i)and|but") ? 2 : 1;
        if (s.tokens().size() < first + 4 || !s.token(first).word().equalsIgnoreCase("voting")
                || !s.token(first + 1).word().matches("(?i)with|alongside")) {
            return Optional.empty();
        }
        List<String> leaders = new ArrayList<>();
        int t = first + 2;
        for (; t <= s.tokens().size() && !s.token(t).word().matches("(?i)were|was"); t++) {
            Optional<String> actor = context.actorAt(s.index(), t);
            if (actor.isPresent()) {
                actor.filter(a -> !leaders.contains(a)).ifPresent(leaders::add);
            } else if (!ListedVoters.joinsNames(s, t)) {
                return Optional.empty();
            }
        }
        Optional<String> side = leaders.isEmpty() ? Optional.empty() : sideOf(context, leaders.get(0), target);
        if (side.isEmpty()) {
            return Optional.empty();
        }
        List<String> voters = namesAfter(context, s, t + 1, target);
        voters.removeAll(leaders);
        return voters.isEmpty() ? Optional.empty()
                : Optional.of(new VoteTallies.Tally(voters, side.get(), target, first, "vote-voting-with"));
    }

    /** A comma that ends a list of names: no name or "and" follows it. */
    private static boolean endsNames(ExtractionContext context, Sentence s, int t) {
        return s.token(t).word().equals(",") && (t == s.tokens().size() || context.actorAt(s.index(), t + 1).isEmpty()
                && !s.token(t + 1).word().equalsIgnoreCase("and"));
    }

    /** The side the document has given a voter on the text so far, or for it when the voter drafted it. */
    private static Optional<String> sideOf(ExtractionContext context, String voter, String target) {
        Set<String> sides = new HashSet<>();
        for (String predicate : VOTE_PREDICATES) {
            context.factsWith(predicate).stream().filter(f -> f.subject().equals(voter) && f.hasObjectEntity(target))
                    .forEach(f -> sides.add(predicate));
        }
        if (sides.isEmpty() && context.factsWith("drafted").stream()
                .anyMatch(f -> f.subject().equals(voter) && f.hasObjectEntity(target))) {
            sides.add("votedFor");
        }
        return sides.size() == 1 ? Optional.of(sides.iterator().next()) : Optional.empty();
    }

    /**
     * The names of a list from {@code from} to the end of the sentence; an aside on one of them (", which co-sponsored
     * the draft,") is passed over. Anything else ends the list with nothing read.
     */
    private static List<String> namesAfter(ExtractionContext context, Sentence s, int from, String target) {
        List<String> voters = new ArrayList<>();
        for (int t = from; t <= s.tokens().size(); t++) {
            Optional<String> actor = context.actorAt(s.index(), t);
            String word = s.token(t).word();
            if (actor.isPresent()) {
                actor.filter(a -> !voters.contains(a) && !a.equals(target)).ifPresent(voters::add);
            } else if (word.equals(",") && t + 1 <= s.tokens().size() && s.token(t + 1).word().matches("(?i)which|who")) {
                int close = t + 2;
                while (close <= s.tokens().size() && !s.token(close).word().equals(",")) {
                    close++;
                }
                t = close;
            } else if (word.equals(".") && t == s.tokens().size()) {
                break;
            } else if (!ListedVoters.joinsNames(s, t)) {
                return new ArrayList<>();
            }
        }
        return voters;
    }

    /**
     * "A voted against the text, joined by B and C", "A voted against the resolution together with B and C": the names
     * added right after the vote, with no other verb between, take its side. The parser hangs "together with" on the
     * text and "joined by" on whatever comes near, so they are read in order of the words.
     */
    private static Optional<VoteTallies.Tally> joinedAfterVote(ExtractionContext context, Sentence s, String target,
            SemgrexRules voteRules) {
        for (int t = 2; t + 2 <= s.tokens().size(); t++) {
            List<String> voters = new ArrayList<>();
            int phrase = t;
            if (s.token(t).word().equals(",") && s.token(t + 1).word().equalsIgnoreCase("joined")
                    && s.token(t + 2).word().equalsIgnoreCase("by")) {
                phrase = t + 1;
                if (!byNames(context, s, t + 3, voters)) {
                    continue;
                }
            } else if (s.token(t).word().equalsIgnoreCase("with") || companionsAt(context, s, t, voters) == t) {
                // a bare "with" is too often the text's own ("a resolution with teeth", "in line with")
                continue;
            }
            int end = phrase;
            Set<String> sides = new HashSet<>();
            voteCues(s, voteRules).stream().filter(c -> c.token() < end && noVerbBetween(s, c.token(), end))
                    .forEach(c -> sides.add(c.side()));
            voters.remove(target);
            if (sides.size() == 1 && !voters.isEmpty()) {
                return Optional.of(new VoteTallies.Tally(voters, sides.iterator().next(), target, phrase,
                        "vote-joined-after"));
            }
        }
        return Optional.empty();
    }

    private static boolean byNames(ExtractionContext context, Sentence s, int from, List<String> names) {
        int n = from;
        List<String> found = new ArrayList<>();
        for (; n <= s.tokens().size(); n++) {
            Optional<String> actor = context.actorAt(s.index(), n);
            if (actor.isPresent()) {
                actor.filter(a -> !found.contains(a)).ifPresent(found::add);
            } else if (found.isEmpty() && !s.token(n).word().equalsIgnoreCase("the")
                    || !found.isEmpty() && !s.token(n).word().matches("(?i),|and|the")) {
                break;
            }
        }
        names.addAll(found);
        return !found.isEmpty();
    }

    private static boolean noVerbBetween(Sentence s, int cue, int phrase) {
        for (int t = cue + 1; t < phrase; t++) {
            if (s.token(t).pos().startsWith("VB") || s.token(t).word().matches("(?i)which|who|that|while|but|;")) {
                return false;
            }
        }
        return true;
    }

    /** "A abstained, as did B and C": the one side voted before ", as did" is the side of the names after it. */
    private static Optional<VoteTallies.Tally> asDid(ExtractionContext context, Sentence s, String target,
            SemgrexRules voteRules) {
        for (int t = 2; t + 2 <= s.tokens().size(); t++) {
            if (!(s.token(t).word().equals(",") && s.token(t + 1).word().equalsIgnoreCase("as")
                    && s.token(t + 2).word().matches("(?i)did|had"))) {
                continue;
            }
            int comma = t;
            Set<String> sides = new HashSet<>();
            voteCues(s, voteRules).stream().filter(c -> c.token() < comma).forEach(c -> sides.add(c.side()));
            List<String> voters = new ArrayList<>();
            for (int n = t + 3; n <= s.tokens().size(); n++) {
                Optional<String> actor = context.actorAt(s.index(), n);
                if (actor.isPresent()) {
                    actor.filter(a -> !voters.contains(a) && !a.equals(target)).ifPresent(voters::add);
                } else if (!s.token(n).word().toLowerCase(Locale.ROOT).matches(",|and|the|'s")) {
                    break;
                }
            }
            if (sides.size() == 1 && !voters.isEmpty()) {
                return Optional.of(new VoteTallies.Tally(voters, sides.iterator().next(), target, t + 2, "vote-as-did"));
            }
        }
        return Optional.empty();
    }
}
