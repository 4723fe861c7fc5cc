package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.newsgraph.extract.EntityNames.clean;

/**
 * Public services and local government named by common nouns rather than a proper name: "the coastguard", "Redvale
 * police", "Ashcombe island council", "Velmar Oblast Military Administration". The tagger leaves such a body
 * untagged (or tags only its place), yet an official described by it ("head of the coastguard", "police spokesman
 * X") speaks for it, not for the place.
 */
final class LocalBodies {

    private static final Lexicon WORDS = Lexicon.named("local-bodies");
    private static final Pattern INDEFINITE = Pattern.compile("(?i)a|an|another|one|any|some");

    /** A body named inside a description: its label and the description positions [first, last] it covers. */
    record Body(String label, int first, int last) {}

    private LocalBodies() {
    }

    static boolean isBodyWord(Token t) {
        return WORDS.contains(t.word());
    }

    /** A head that names a body alone ("police", "coastguard"), not a qualifier that only describes one ("fire"). */
    static boolean isStandalone(Token t) {
        return "standalone".equals(WORDS.get(t.word()));
    }

    /**
     * The body whose head noun is at position {@code head} of the description: the head, the qualifiers before it
     * and a place before those ("Redvale police", "the island council of X" has none). A head that is not a body
     * on its own ("council", "department") needs a qualifier or a place.
     */
    static Optional<Body> bodyEndingAt(ExtractionContext context, Sentence s, List<Token> description, int head) {
        Token headToken = description.get(head);
        String role = WORDS.get(headToken.word());
        if (role == null || role.equals("qualifier") || !headToken.pos().startsWith("NN")
                || context.entityAt(s.index(), headToken.index()).isPresent()
                // "police department": the head of a longer phrase is further on
                || head + 1 < description.size() && headRole(description.get(head + 1)) != null) {
            return Optional.empty();
        }
        int first = head;
        while (first > 0 && WORDS.contains(description.get(first - 1).word())
                && context.entityAt(s.index(), description.get(first - 1).index()).isEmpty()) {
            first--;
        }
        boolean qualified = first < head;
        int place = first;
        while (place > 0 && placeWord(context, s, description.get(place - 1))) {
            place--;
        }
        boolean placed = place < first;
        String owner = "";
        if (!placed && first >= 2 && RoleDescriptions.isPossessive(description.get(first - 1))
                && placeWord(context, s, description.get(first - 2))) {
            // "B's civil defence": the place owns the body
            place = first - 2;
            while (place > 0 && placeWord(context, s, description.get(place - 1))) {
                place--;
            }
            owner = clean(s.span(description.get(place).index(), description.get(first - 2).index() + 1)) + " ";
            placed = true;
        }
        // "head of a regional civil defence office": an indefinite body is one of many, none that an official speaks for
        boolean indefinite = place > 0 && INDEFINITE.matcher(description.get(place - 1).word()).matches();
        if (indefinite || !placed && !qualified && !role.equals("standalone")) {
            return Optional.empty();
        }
        String label = owner.isEmpty() ? clean(s.span(description.get(place).index(), headToken.index() + 1))
                : owner + clean(s.span(description.get(first).index(), headToken.index() + 1));
        return Optional.of(new Body(label, place, head));
    }

    private static String headRole(Token t) {
        String role = WORDS.get(t.word());
        return role == null || role.equals("qualifier") ? null : "head";
    }

    /**
     * A word of the place a body serves: a tagged place, or a capitalised name untagged or typed as a one-word name,
     * not a country.
     */
    private static boolean placeWord(ExtractionContext context, Sentence s, Token t) {
        // "the Burundian civil defence": a nationality says whose body it is, it is no place's name
        if (!t.properNoun() || context.gazetteer().byDemonym(t.word()).isPresent()) {
            return false;
        }
        Optional<String> entity = context.entityAt(s.index(), t.index());
        return entity.map(k -> context.kindOf(k) == EntityKind.PLACE).orElse(true)
                || GovernedPlaces.nameWord(context, s, t.index(), null);
    }

    /** The body's entity, created on first use. */
    static String entity(ExtractionContext context, Body body) {
        return context.entity(EntityKind.ORGANIZATION, body.label(), body.label(), null);
    }
}
