package org.newsgraph.extract;

import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a vote was on in a report that names no resolution and no item of the lexicon {@code voted-items}, by the rules
 * of {@code extract/rules/voted-objects.semgrex}: the common noun a vote was cast on ("A voted against the tariffs"),
 * one an outcome verb decided in a sentence that tells the count ("approved the duties by 60 votes to 38"), and, in a
 * report of votes cast, the vote itself ("the vote was secret"). Without them a report of a confidence vote, an
 * election in a chamber or a vote on a thing the lexicons do not know has nothing for "284 members voted against" to
 * be a vote on. Read only where the article names nothing else: there the reader takes these words for the text.
 */
final class VotedObjects {

    private static final SemgrexRules RULES = SemgrexRules.named("/extract/rules/voted-objects.semgrex");
    /** Rules whose =item is the vote itself, which stands for its object only in a report of votes cast. */
    private static final Set<String> THE_VOTE = Set.of("the-vote", "confidence-vote");
    private static final String COUNTED = "decided-by-count";

    /** The attribute of a resolution found this way, by which "voted against A" may be a vote on it. */
    static final String ATTRIBUTE = "votedObject";

    private VotedObjects() {
    }

    /**
     * "B and C voted against A" in a report of a vote on a person (a nominee, a leader, a speaker) that names no text:
     * a vote on the person is the vote the report is about, not a side taken with or against a party.
     */
    static boolean votedOn(ExtractionContext context, String actor) {
        List<String> resolutions = context.entitiesOfKind(EntityKind.RESOLUTION);
        return context.kindOf(actor) == EntityKind.PERSON && !resolutions.isEmpty()
                && resolutions.stream().allMatch(r -> context.attribute(r, ATTRIBUTE).isPresent());
    }

    /** A vote told as cast, in its sentence. */
    record CastVote(Sentence sentence, Token verb) {}

    /** Whether the article reports votes cast: a vote or an abstention told as done, not one planned or refused. */
    static boolean votesCast(List<Sentence> sentences) {
        return firstCastVote(sentences).isPresent();
    }

    /**
     * The first vote or abstention told as cast ("211 members voted in support of her"): where no word names what was
     * voted on, the report is still about one decision, which that vote stands for.
     */
    static Optional<CastVote> firstCastVote(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if (t.lemma().matches("(?i)vote|abstain") && t.pos().matches("VBD|VBN|VBG") && Clauses.reportedAsDone(s, t)) {
                    return Optional.of(new CastVote(s, t));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code t} names what a vote was on; {@code votesCast} tells whether the article reports votes cast. */
    static boolean isObject(Sentence s, Token t, boolean votesCast) {
        for (SemgrexRules.Match m : RULES.matches(s)) {
            if (m.node("item") != t.index()) {
                continue;
            }
            if (THE_VOTE.contains(m.rule())) {
                if (votesCast) {
                    return true;
                }
                continue;
            }
            if (Clauses.reportedAsDone(s, s.token(m.node("vote")))
                    && (!m.rule().equals(COUNTED) || VotingStances.tellsCount(s))) {
                return true;
            }
        }
        return false;
    }
}
