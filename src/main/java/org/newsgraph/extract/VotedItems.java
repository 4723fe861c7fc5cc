package org.newsgraph.extract;

import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a body votes on when a report names no resolution: the budget, package, proposal, accession or treaty that a
 * sentence tells was vetoed, voted on or decided by a vote ("X and Y vetoed the budget", "voted against a move to
 * ...", "the parliament approved the bid 287-55"), and the act a body voted to take when the item is left unnamed
 * ("the league voted to suspend X", rule {@code voted-to-act}). The nouns are the lexicon {@code voted-items}; the
 * words that tell a sentence is about a vote are {@code vote-words}. Such an item is, to the graph, a resolution.
 */
final class VotedItems {

    private static final Lexicon ITEMS = Lexicon.named("voted-items");
    private static final Lexicon VOTE_WORDS = Lexicon.named("vote-words");
    /** Outcome verbs that by themselves tell a vote: a veto, or "voted down". */
    private static final Set<String> VOTING_VERBS = Set.of("veto", "vote");
    private static final Set<String> PENDING_OUTCOMES = Set.of("approve", "adopt", "ratify", "pass", "reject", "block",
            "veto", "endorse");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "any", "some", "no");
    static final String ACT_RULE = "voted-to-act";
    private static final String TIME_CLAUSE = "(advcl|obl|nmod):(after|before|since|until|when|as)";

    private final SemgrexRules outcomeRules;

    VotedItems(SemgrexRules outcomeRules) {
        this.outcomeRules = outcomeRules;
    }

    /**
     * A noun of the lexicon that names the item of a vote: one this sentence tells was voted on or decided, or, once
     * one was, every later mention of the same noun that does not introduce another ("a move that gave X time").
     * {@code voted} holds the nouns found so far in the article.
     */
    boolean isItem(Sentence s, Token t, Set<String> voted) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String kind = ITEMS.get(lemma);
        if (kind == null && t.pos().equals("NN") && votedYesOrNoOn(s, t)) {
            // "countries that voted yes on X": whatever a yes or a no is cast on is the item of the vote
            voted.add(lemma);
            return true;
        }
        if (kind == null || !t.pos().equals("NN") && !namedItem(s, t)
                && !(t.pos().equals("NNS") && votedOn(s, t, false))) {
            // "voted against the licence renewals": a plural item only where the vote on it is told
            return false;
        }
        boolean text = kind.equals("text");
        if (voted.contains(lemma)) {
            return text || !indefinite(s, t) && !toBeDecided(s, t);
        }
        boolean now = votedOn(s, t, text) || decided(s, t, text);
        if (now) {
            voted.add(lemma);
        }
        return now;
    }

    /**
     * "the league voted to suspend X": the verb of the act voted, which stands for the decision taken; "a day after
     * the assembly voted to condemn X" dates the report by another vote.
     */
    boolean isAct(Sentence s, Token t) {
        return outcomeRules.matches(s, ACT_RULE).stream().anyMatch(m -> m.node("resolution") == t.index()
                && Clauses.reportedAsDone(s, s.token(m.node("outcome")))
                && !Clauses.underRelation(s, m.node("outcome"), TIME_CLAUSE));
    }

    /**
     * "the Withdrawal Agreement", "the Fair Wages Act": a name whose last word is an item noun names the item, as the
     * noun does (its outcome and votes are told the same way).
     */
    private static boolean namedItem(Sentence s, Token t) {
        return t.pos().equals("NNP") && s.governorOf(t.index()).map(d -> !d.relation().equals("compound")).orElse(true)
                && (definite(s, t) || s.dependentsOf(t.index()).stream().anyMatch(d -> d.relation().equals("compound")
                        && s.token(d.dependent()).pos().startsWith("NNP")));
    }

    /** "the Agreement", "the Juba Bill": a name a person does not take the article of. */
    static boolean definite(Sentence s, Token t) {
        return s.dependentsOf(t.index()).stream().anyMatch(d -> d.relation().equals("det")
                && s.token(d.dependent()).word().equalsIgnoreCase("the"));
    }

    /**
     * "voted against a move to ...", "voted in favour of the plan", "cast votes against the convention": a vote on the
     * noun; for an item, a vote that was cast ("threatened to vote against the budget" is no vote yet).
     */
    private static boolean votedOn(Sentence s, Token t, boolean text) {
        return s.governorOf(t.index()).filter(d -> d.relation().matches("(obl|nmod):(against|for|on)"))
                .map(d -> s.token(d.governor()))
                .or(() -> inFavourOf(s, t))
                .filter(v -> v.lemma().equalsIgnoreCase("vote"))
                .filter(v -> text || v.pos().matches("VBD|VBN|VBG") && Clauses.reportedAsDone(s, v))
                .isPresent();
    }

    /**
     * "voted yes on X", "voted no on the X": an answer cast on a common noun, which is what was put to the vote
     * whether or not the lexicon knows it as an item (a date or a named thing is not).
     */
    private static boolean votedYesOrNoOn(Sentence s, Token t) {
        if (!t.ner().equals("O")) {
            return false;
        }
        return s.governorOf(t.index()).filter(d -> d.relation().matches("(obl|nmod):on"))
                .map(d -> s.token(d.governor()))
                .filter(v -> v.lemma().equalsIgnoreCase("vote") && v.pos().matches("VBD|VBN|VBG"))
                .filter(v -> s.dependentsOf(v.index()).stream()
                        .anyMatch(d -> s.token(d.dependent()).word().matches("(?i)yes|no|yea|nay|aye")))
                .filter(v -> Clauses.reportedAsDone(s, v))
                .isPresent();
    }

    /** "voted in favour of the plan": the vote verb above "favour", whose "of" names the item. */
    private static Optional<Token> inFavourOf(Sentence s, Token t) {
        return s.governorOf(t.index()).filter(d -> d.relation().equals("nmod:of"))
                .map(d -> s.token(d.governor())).filter(f -> f.lemma().matches("(?i)favou?r"))
                .flatMap(f -> s.governorOf(f.index())).filter(d -> d.relation().equals("obl:in"))
                .map(d -> s.token(d.governor()));
    }

    /**
     * An outcome rule reaches the noun with an outcome reported as done; for an item, the outcome is a veto or a vote
     * itself, or the sentence tells of a vote.
     */
    private boolean decided(Sentence s, Token t, boolean text) {
        return outcomeRules.matches(s).stream().filter(m -> m.has("resolution") && m.node("resolution") == t.index())
                .map(m -> s.token(m.node("outcome")))
                .filter(verb -> Clauses.reportedAsDone(s, verb))
                .anyMatch(verb -> text || VOTING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) || aboutAVote(s));
    }

    static boolean aboutAVote(Sentence s) {
        return VotingStances.tellsCount(s) || s.tokens().stream().anyMatch(w -> VOTE_WORDS.contains(w.lemma())
                || VOTE_WORDS.contains(w.word()));
    }

    /**
     * "leaves only X to approve the accession": an item still to be approved or rejected, by another body or at
     * another time, is not the one decided.
     */
    private static boolean toBeDecided(Sentence s, Token t) {
        return s.governorOf(t.index()).filter(d -> d.relation().equals("obj")).map(d -> s.token(d.governor()))
                .filter(v -> v.pos().equals("VB") && PENDING_OUTCOMES.contains(v.lemma().toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    private static boolean indefinite(Sentence s, Token t) {
        return s.dependentsOf(t.index()).stream().anyMatch(d -> d.relation().equals("det")
                && INDEFINITE.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }
}
