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
 * A breakdown of a vote written as a heading and a list, one name a line, as web reports print it, with or without
 * bullets:
 *
 * <pre>
 * Countries that voted against the resolution        The countries that voted against were:
 * - A                                                A
 * - B                                                B
 * </pre>
 *
 * Each item is a sentence of its own (every line break ends a sentence) holding names only, after a bullet or not;
 * the heading is the nearest line before the items, a short line without a closing full stop whose vote word
 * ("voted against", "abstained") or label ("Against (9):", "Voting no:", "Abstentions: 35") tells the side. Items
 * without bullets are any short line of names, so their heading must be a label or end in a colon.
 */
final class BulletedVoterLists {

    /** A heading is a short line: a label over a list, not a sentence of the report. */
    private static final int MAX_HEADING_TOKENS = 14;
    /** An item names a member or two: "Bosnia and Herzegovina", "A and B"; a longer line is a sentence. */
    private static final int MAX_ITEM_TOKENS = 8;
    private static final Set<String> BULLETS = Set.of("-", "\u2013", "\u2014", "\u2022", "*", "\u00b7");
    private static final Map<String, String> RULE_SIDES = Map.of("votedfor", "votedFor", "votedagainst",
            "votedAgainst", "abstainedon", "abstainedOn");

    private BulletedVoterLists() {
    }

    /** The vote of the names of an item of such a list; nothing when the sentence is no item or has no heading. */
    static Optional<VoteTallies.Tally> find(ExtractionContext context, Sentence s, String target,
            SemgrexRules voteRules) {
        boolean bulleted = isBulleted(s);
        List<String> voters = itemNames(context, s, bulleted ? 2 : 1);
        if (voters.isEmpty()) {
            return Optional.empty();
        }
        for (int i = s.index() - 1; i >= 0; i--) {
            Sentence before = context.document().sentence(i);
            if (bulleted ? isBulletLine(before) : isNameLine(context, before)) {
                // another item, though a name in it may be one the recogniser does not know
                continue;
            }
            Optional<String> labelled = LabelledVoterLists.labelSide(before);
            if (labelled.isPresent()) {
                return labelled.map(side -> new VoteTallies.Tally(voters, side, target, 1, "vote-label-line-list"));
            }
            int last = before.tokens().size();
            if (!bulleted && (last == 0 || !before.token(last).word().equals(":"))) {
                return Optional.empty();
            }
            return headingSide(before, voteRules).map(side -> new VoteTallies.Tally(voters, side, target, 1,
                    bulleted ? "vote-bulleted-list" : "vote-heading-line-list"));
        }
        return Optional.empty();
    }

    private static boolean isBulleted(Sentence s) {
        return s.tokens().size() >= 2 && BULLETS.contains(s.token(1).word());
    }

    /**
     * A short line of capitalised words and the words joining them, no verb and no colon: an item of a list without
     * bullets, its name perhaps unknown to the recogniser ("Micronesia (Federated States of)").
     */
    private static boolean isNameLine(ExtractionContext context, Sentence s) {
        if (!itemNames(context, s, 1).isEmpty()) {
            return true;
        }
        // "Equatorial Guinea", "Guinea-Bissau": the tagger may not see a name in a line of its own
        return !s.tokens().isEmpty() && s.tokens().size() <= MAX_ITEM_TOKENS
                && s.tokens().stream().anyMatch(t -> t.pos().startsWith("NNP"))
                && s.tokens().stream().allMatch(t -> t.pos().matches("NNPS?|JJ|HYPH|-[LR]RB-")
                        || t.word().matches("(?i),|and|the|of|'s|\\."));
    }

    /** A short line opening with a bullet and holding no verb. */
    private static boolean isBulletLine(Sentence s) {
        return s.tokens().size() >= 2 && s.tokens().size() <= MAX_HEADING_TOKENS && BULLETS.contains(s.token(1).word())
                && s.tokens().stream().noneMatch(t -> t.pos().startsWith("VB"));
    }

    /** The names of a list item: from {@code first} on (after the bullet, if any), names and the words joining them only. */
    private static List<String> itemNames(ExtractionContext context, Sentence s, int first) {
        int longest = first > 1 ? MAX_HEADING_TOKENS : MAX_ITEM_TOKENS;
        if (s.tokens().size() < first || s.tokens().size() > longest) {
            return List.of();
        }
        List<String> actors = new ArrayList<>();
        for (int t = first; t <= s.tokens().size(); t++) {
            Optional<String> actor = context.actorAt(s.index(), t);
            String word = s.token(t).word().toLowerCase(Locale.ROOT);
            if (actor.isPresent()) {
                actor.filter(a -> !actors.contains(a)).ifPresent(actors::add);
            } else if (!word.matches(",|and|the|;")) {
                // a bare line gives the tagger little to go on: the whole item may still name a country
                return context.countryNamed(s.span(first, s.tokens().size() + 1).strip()).map(List::of).orElse(List.of());
            }
        }
        return actors;
    }

    /** "Countries that voted against the resolution", "Abstained": the side a heading line names. */
    private static Optional<String> headingSide(Sentence heading, SemgrexRules voteRules) {
        int last = heading.tokens().size();
        if (last == 0 || last > MAX_HEADING_TOKENS || heading.token(last).word().matches("[.!?]")) {
            return Optional.empty();
        }
        for (Token token : heading.tokens()) {
            String lemma = token.lemma().toLowerCase(Locale.ROOT);
            // "States abstaining": the tagger may leave a heading's participle as a noun with its own lemma
            if (lemma.equals("abstain") || token.word().toLowerCase(Locale.ROOT).startsWith("abstain")
                    || lemma.equals("abstention")) {
                return Optional.of("abstainedOn");
            }
            if (lemma.equals("vote")) {
                Optional<String> side = voteRules.matches(heading).stream()
                        .filter(m -> m.has("cue") && m.node("cue") == token.index())
                        .map(m -> RULE_SIDES.get(m.label())).filter(java.util.Objects::nonNull).findFirst();
                if (side.isPresent()) {
                    return side;
                }
            }
        }
        return Optional.empty();
    }
}
