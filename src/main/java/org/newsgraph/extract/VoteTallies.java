package org.newsgraph.extract;

import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Votes told by a tally rather than by a voter's own clause: the countries in brackets or dashes beside a side of the
 * count ("one against (X)", "just five – A, B and C – opposed it", read by {@link EnclosedVoterLists}), a heading
 * over a bulleted list of names ({@link BulletedVoterLists}), names after a side of the count ("four abstentions from
 * A and B", "Russia and Bolivia against": {@link CountedVoterLists}), and the constructions of the {@code tally-*} rules of {@code stance-votes.semgrex} ("Voting in favour
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
        tallies.addAll(CountedVoterLists.find(context, s, target.get()));
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
        return ownSidesFirst(tallies);
    }

    /**
     * "12 votes in favour, A against": the parser may set A beside the count of the other side; a name followed by its
     * own side word voted that way, whatever count it stands beside.
     */
    private static List<Tally> ownSidesFirst(List<Tally> tallies) {
        List<Tally> own = tallies.stream().filter(t -> t.rule().equals(CountedVoterLists.BARE_SIDE)).toList();
        if (own.isEmpty()) {
            return tallies;
        }
        List<Tally> kept = new ArrayList<>();
        for (Tally tally : tallies) {
            List<String> voters = tally.voters().stream().filter(v -> own.stream().noneMatch(o ->
                    o != tally && o.voters().contains(v) && !o.predicate().equals(tally.predicate()))).toList();
            if (!voters.isEmpty()) {
                kept.add(new Tally(voters, tally.predicate(), tally.target(), tally.side(), tally.rule()));
            }
        }
        return kept;
    }

    /** The cues a tally has read: the stance of such a word is the tally's, not that of a subject up the clause. */
    static Set<Integer> sides(List<Tally> tallies) {
        return Set.copyOf(tallies.stream().map(Tally::side).toList());
    }
}
