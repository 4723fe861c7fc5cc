package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A side taken in the past ("backed", "supported", "opposed") that the sentence shows to be a vote cast: the side of a
 * count of members ("Thirteen members backed the draft", "Eleven nations, including A and B, supported it"), or a side
 * set against other members' recorded votes ("A and B supported the resolution, while C and D voted against", "A
 * backed the text; B abstained"). Outside a vote the same verbs stay stances.
 */
final class VoteSides {

    /** Verbs of a side that a count of members takes in a vote, and the nouns such a count is made of. */
    private static final String COUNTED_SIDES = "back|support|oppose|reject";
    private static final String MEMBER_NOUNS = "member|country|state|nation|delegation|government";
    /** A count the tagger takes for an adjective or, opening the sentence, a name ("Eleven nations"). */
    private static final String NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen";
    private static final Set<String> COUNT_RELATIONS = Set.of("amod", "compound");
    /** Verbs that record a vote cast, beside which a side taken is a vote too. */
    private static final String CAST_VOTES = "vote|abstain";

    private VoteSides() {
    }

    /** The predicate of a side taken, as a vote where the sentence counts its takers or records others' votes. */
    static String countedVote(Sentence s, Token cue, String predicate) {
        boolean side = "supports".equals(predicate) || "opposes".equals(predicate);
        if (!side || !cue.pos().equals("VBD") || !cue.lemma().toLowerCase(Locale.ROOT).matches(COUNTED_SIDES)
                || ExtractionContext.isNegated(s, cue.index()) || ExtractionContext.hasModal(s, cue)) {
            return predicate;
        }
        boolean counted = s.dependentsOf(cue.index()).stream().filter(d -> d.relation().startsWith("nsubj"))
                .map(d -> s.token(d.dependent()))
                .anyMatch(n -> n.lemma().toLowerCase(Locale.ROOT).matches(MEMBER_NOUNS) && s.dependentsOf(n.index())
                        .stream().anyMatch(d -> d.relation().equals("nummod") || COUNT_RELATIONS.contains(d.relation())
                                && s.token(d.dependent()).word().toLowerCase(Locale.ROOT).matches(NUMBER_WORDS)));
        boolean voted = counted || besideOthersVotes(s, cue);
        return !voted ? predicate : predicate.equals("supports") ? "votedFor" : "votedAgainst";
    }

    /**
     * "A supported the text, while B voted against": another clause of the sentence, with a subject of its own,
     * records a vote cast, so the side is taken in that vote. A subject shared with the side ("A backed the bill in
     * committee but voted against it") tells two acts of one member, not a vote of the side.
     */
    private static boolean besideOthersVotes(Sentence s, Token cue) {
        Set<Integer> ownSubjects = subjects(s, cue);
        if (ownSubjects.isEmpty()) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.index() == cue.index() || !t.pos().equals("VBD")
                    || !t.lemma().toLowerCase(Locale.ROOT).matches(CAST_VOTES)
                    || ExtractionContext.isNegated(s, t.index()) || ExtractionContext.hasModal(s, t)) {
                continue;
            }
            Set<Integer> voters = subjects(s, t);
            if (!voters.isEmpty() && voters.stream().noneMatch(ownSubjects::contains)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Integer> subjects(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream().filter(d -> d.relation().startsWith("nsubj"))
                .map(Dependency::dependent).collect(Collectors.toSet());
    }
}
