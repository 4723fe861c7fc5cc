package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stance cues whose side or holder depends on more than the word: verbs whose side is told by their preposition
 * ("lobbied against the draft"), and bodies whose "approved" or "rejected" is a decision rather than a stance.
 */
final class StanceCueReadings {

    /**
     * Verbs whose side is told by their preposition: "lobbied against the draft", "pushed for the text", "campaigned
     * for it", "argued against it"; without one they take none ("pushed the council").
     */
    private static final Map<String, Map<String, String>> PREPOSITION_SIDES = Map.of(
            "lobby", Map.of("for", "supports", "against", "opposes"),
            "push", Map.of("for", "supports", "against", "opposes"),
            "campaign", Map.of("for", "supports", "against", "opposes"),
            "argue", Map.of("for", "supports", "against", "opposes"),
            "fight", Map.of("for", "supports", "against", "opposes"));

    /** Stance cues that, said of a body that decides on texts, tell its decision. */
    private static final Pattern DECISION_CUES = Pattern.compile(
            "stance/(approve|endorse|agree|accept|reject|adopt|back|support|condemn|welcome|demand|vote|abstain)(-negated)?");
    private static final Pattern DECIDING_BODIES = Pattern.compile(
            "(?i)\\b(council|assembly|parliament|senate|congress|committee|conference)\\b");

    private StanceCueReadings() {
    }

    /**
     * A cue whose frame says no stance was taken by its subject: a demand made of someone else, a vote abstained from,
     * a stance still to be taken, one someone is to be won over to, an act weighed or one bound by a deadline or an
     * obligation (rules stance-frames: demand-clause, abstaining-from, pending*, persuasion-unowned, act-weighed,
     * deadline*, obligation).
     */
    static boolean noStanceTaken(Sentence s, Token cue) {
        // "brought back 600 citizens": "back" read as an adverb or a particle is a direction, not backing
        if (cue.pos().startsWith("RB") || cue.pos().equals("RP")) {
            return true;
        }
        return Stream.of("demand-clause", "abstaining-from", "pending", "pending-yet", "persuasion-unowned",
                        "act-weighed", "deadline", "deadline-until", "deadline-given", "obligation")
                .anyMatch(frame -> StanceHolders.framing(s, cue, frame).isPresent());
    }

    static boolean takes(String lemma) {
        return PREPOSITION_SIDES.containsKey(lemma);
    }

    /** "lobbied against the draft": the side of a verb that takes it from its preposition, on the verb or right after. */
    static String side(Sentence s, Token verb, String lemma) {
        if (!verb.pos().startsWith("VB")) {
            return null;
        }
        Map<String, String> sides = PREPOSITION_SIDES.get(lemma);
        for (Dependency d : s.dependentsOf(verb.index())) {
            String relation = d.relation();
            if (relation.startsWith("obl:") && sides.containsKey(relation.substring(4))) {
                return sides.get(relation.substring(4));
            }
        }
        return verb.index() < s.tokens().size() ? sides.get(s.token(verb.index() + 1).word().toLowerCase(Locale.ROOT)) : null;
    }

    /**
     * "the General Assembly voted to approve the text", "the council endorsed it": a body that decides on texts
     * approving, adopting or rejecting one tells the outcome, whether or not the rules of outcomes read it.
     */
    static boolean decidingBody(ExtractionContext context, String holder, String rule) {
        return DECISION_CUES.matcher(rule).matches() && context.kindOf(holder) == EntityKind.ORGANIZATION
                && DECIDING_BODIES.matcher(context.labelOf(holder)).find();
    }
}
