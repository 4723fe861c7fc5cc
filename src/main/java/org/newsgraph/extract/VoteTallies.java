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
 * Votes told by a tally rather than by a voter's own clause: the countries in brackets or dashes beside a side of the
 * count ("one against (X)", "just five – A, B and C – opposed it", read by {@link EnclosedVoterLists}), a heading
 * over a bulleted list of names ({@link BulletedVoterLists}), and the constructions of the {@code tally-*} rules of {@code stance-votes.semgrex} ("Voting in favour
 * were A, B and C", "with two abstentions, A and B", "with A and B abstaining"). Each vote is on the resolution spoken
 * of last.
 */
final class VoteTallies {

    /** One side of a tally: who cast it, the vote, on which text, and the word that told it (a cue no one else reads). */
    record Tally(List<String> voters, String predicate, String target, int side, String rule) {}

    private static final Map<String, String> COUNT_SIDES = Map.of("against", "votedAgainst", "abstention",
            "abstainedOn", "abstentions", "abstainedOn", "favour", "votedFor", "favor", "votedFor");
    private static final Map<String, String> RULE_SIDES = Map.of("tally-for", "votedFor", "tally-against",
            "votedAgainst", "tally-abstained", "abstainedOn");

    private final SemgrexRules voteRules;

    VoteTallies(SemgrexRules voteRules) {
        this.voteRules = voteRules;
    }

    List<Tally> find(ExtractionContext context, Sentence s) {
        List<Tally> tallies = new ArrayList<>();
        Optional<String> target = TextAnaphora.recentResolution(context, s.index());
        if (target.isEmpty()) {
            return tallies;
        }
        EnclosedVoterLists.find(context, s, target.get(), voteRules, tallies);
        BulletedVoterLists.find(context, s, target.get(), voteRules).ifPresent(tallies::add);
        tallies.addAll(LabelledVoterLists.find(context, s, target.get(), voteRules));
        tallies.addAll(countedFrom(context, s, target.get()));
        for (SemgrexRules.Match m : voteRules.matches(s)) {
            String predicate = m.label().equals("tally-count")
                    ? COUNT_SIDES.get(s.token(m.node("side")).lemma().toLowerCase(Locale.ROOT))
                    : RULE_SIDES.get(m.label());
            if (predicate == null || !m.has("voters")) {
                continue;
            }
            List<String> voters = StanceHolders.nounActors(context, s, s.token(m.node("voters")));
            if (!voters.isEmpty()) {
                tallies.add(new Tally(voters, predicate, target.get(), m.node("side"), m.rule()));
            }
        }
        return tallies;
    }

    /**
     * "four abstentions from A, B and C", "one vote against from A", "two \"no\" votes by A and B": a side of the count
     * and the names that follow it after "from" or "by". The parser hangs such names on the verb of the clause
     * ("received ... from"), so they are read in order: names and the words joining them, up to anything else.
     */
    private static List<Tally> countedFrom(ExtractionContext context, Sentence s, String target) {
        List<Tally> tallies = new ArrayList<>();
        for (int t = 1; t < s.tokens().size(); t++) {
            int preposition = t + 1;
            String predicate = countedSide(s, t);
            if (predicate != null && s.token(t).lemma().equalsIgnoreCase("vote") && preposition <= s.tokens().size()
                    && s.token(preposition).word().equalsIgnoreCase("against")) {
                preposition++;
            }
            if (predicate == null || preposition >= s.tokens().size()
                    || !s.token(preposition).word().matches("(?i)from|by")) {
                continue;
            }
            List<String> voters = new ArrayList<>();
            for (int n = preposition + 1; n <= s.tokens().size(); n++) {
                Optional<String> actor = context.actorAt(s.index(), n);
                if (actor.isPresent()) {
                    actor.filter(a -> !voters.contains(a) && !a.equals(target)).ifPresent(voters::add);
                } else if (!s.token(n).word().matches("(?i),|and|the")) {
                    break;
                }
            }
            if (!voters.isEmpty()) {
                tallies.add(new Tally(voters, predicate, target, t, "vote-count-from"));
            }
        }
        return tallies;
    }

    /** The side a noun of the count tells: "abstentions", "votes against", "\"no\" votes", "yes votes". */
    private static String countedSide(Sentence s, int t) {
        Token noun = s.token(t);
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        if (!noun.pos().startsWith("NN")) {
            return null;
        }
        if (lemma.equals("abstention")) {
            return "abstainedOn";
        }
        if (!lemma.equals("vote")) {
            return null;
        }
        if (s.token(t + 1).word().equalsIgnoreCase("against")) {
            return "votedAgainst";
        }
        for (int b = t - 1; b >= Math.max(1, t - 3); b--) {
            String word = s.token(b).word().toLowerCase(Locale.ROOT);
            if (word.equals("no")) {
                return "votedAgainst";
            }
            if (word.equals("yes")) {
                return "votedFor";
            }
            if (!s.token(b).pos().matches("``|''") && !word.matches("[\"\u201c\u201d']")) {
                return null;
            }
        }
        return null;
    }

    /** The cues a tally has read: the stance of such a word is the tally's, not that of a subject up the clause. */
    static Set<Integer> sides(List<Tally> tallies) {
        return Set.copyOf(tallies.stream().map(Tally::side).toList());
    }
}
