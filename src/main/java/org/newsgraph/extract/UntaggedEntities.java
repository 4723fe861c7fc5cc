package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.newsgraph.extract.EntityNames.clean;

/**
 * Entities the tagger missed altogether: names ending in an organisation word or opening with a word for a foundation,
 * places listed with a tagged place.
 */
final class UntaggedEntities {

    private static final Lexicon PLACE_DIVISIONS = Lexicon.named("place-divisions");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "some", "several", "many");

    private static final Lexicon ORGANIZATION_HEADS = Lexicon.named("organization-heads");
    private final StateBodies stateBodies;

    UntaggedEntities(StateBodies stateBodies) {
        this.stateBodies = stateBodies;
    }

    /**
     * Places listed with a tagged place ("villages such as Tal Hamra and Kafr Sita") are places too, even when the NER
     * model did not recognise the rarer name.
     */
    static void addListedPlaces(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            for (org.newsgraph.nlp.Dependency d : s.dependencies()) {
                if (!d.relation().startsWith("conj") || d.governor() == 0) {
                    continue;
                }
                tagListed(context, s, d.governor(), d.dependent());
                tagListed(context, s, d.dependent(), d.governor());
            }
        }
    }

    private static void tagListed(ExtractionContext context, Sentence s, int known, int other) {
        Optional<String> place = context.entityAt(s.index(), known).filter(k -> context.kindOf(k) == EntityKind.PLACE);
        if (place.isEmpty() || !s.token(other).properNoun()) {
            return;
        }
        if (context.entityAt(s.index(), other).isPresent()) {
            retypeListedName(context, s, known, other);
            return;
        }
        int start = other;
        while (start > 1 && (s.token(start - 1).properNoun() || s.token(start - 1).word().equals("-"))
                && context.entityAt(s.index(), start - 1).isEmpty()) {
            start--;
        }
        String name = clean(s.span(start, other + 1));
        String key = context.entity(EntityKind.PLACE, name, name, null);
        context.markTokens(s.index(), start, other + 1, key);
    }

    /**
     * A proper name the tagger left untagged before a word for a division of a country ("X regency", "Y province")
     * names a place: the division word says what kind of name it is, as an organisation word does for organisations.
     */
    static void addDivisionPlaces(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            for (org.newsgraph.nlp.Dependency d : s.dependencies()) {
                if (!d.relation().equals("compound") || d.dependent() + 1 != d.governor()
                        || !PLACE_DIVISIONS.contains(s.token(d.governor()).lemma())) {
                    continue;
                }
                int start = d.dependent();
                while (start > 1 && untaggedName(context, s, start - 1)) {
                    start--;
                }
                if (!untaggedName(context, s, d.dependent()) || NUMBER_WORDS.contains(s.token(start).word().toLowerCase())
                        || context.entityAt(s.index(), d.governor()).isPresent()) {
                    continue;
                }
                String name = clean(s.span(start, d.governor() + 1));
                String key = context.entity(EntityKind.PLACE, name, name, null);
                context.markTokens(s.index(), start, d.governor() + 1, key);
            }
        }
    }

    private static boolean untaggedName(ExtractionContext context, Sentence s, int token) {
        Token t = s.token(token);
        return t.properNoun() && t.ner().equals("O") && context.entityAt(s.index(), token).isEmpty();
    }

    /** Prepositions of places left, reached or stayed in: a list under one of them is a list of places. */
    private static final Set<String> PLACE_CASES = Set.of("from", "to", "in", "into", "near", "of", "out", "toward",
            "towards", "around");

    /**
     * "evacuated from A and B", "residents of A, B and C": a one-word name the tagger read as an organisation, listed
     * under a preposition of place with a tagged place, is a place too (a rare town's name is often a club's or a
     * company's); a name the gazetteer knows as an organisation, or one ending in an organisation word, stays one.
     */
    private static void retypeListedName(ExtractionContext context, Sentence s, int known, int other) {
        String organisation = context.entityAt(s.index(), other).get();
        if (context.kindOf(organisation) != EntityKind.ORGANIZATION
                || context.entityAt(s.index(), other - 1).filter(organisation::equals).isPresent()
                || context.entityAt(s.index(), other + 1).filter(organisation::equals).isPresent()
                || context.gazetteer().lookup(s.token(other).word()).isPresent()
                || ORGANIZATION_HEADS.contains(s.token(other).word())) {
            return;
        }
        int head = Math.min(known, other);
        boolean underPlaceCase = s.dependentsOf(head).stream().anyMatch(d -> d.relation().equals("case")
                && PLACE_CASES.contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
        if (!underPlaceCase) {
            return;
        }
        String name = clean(s.token(other).word());
        context.claimToken(s.index(), other, context.entity(EntityKind.PLACE, name, name, null));
    }

    /**
     * Multi-word proper names ending in an organisation word that NER left untagged or split ("al-Hadid Brigades",
     * "Liberation Front").
     */
    void addUntaggedOrganizations(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int start = i;
                while (i < tokens.size() && isNamePart(tokens.get(i))) {
                    i++;
                }
                int end = i;
                // a dash after the name ("Liberation Front - to leave") is punctuation, not part of it
                while (end > start && tokens.get(end - 1).word().equals("-")) {
                    end--;
                }
                // "Fondation X": a word for a foundation opening the name
                int opener = start;
                while (opener < end && !tokens.get(opener).properNoun()) {
                    opener++;
                }
                boolean opened = end - opener >= 2 && MentionTypes.ORGANIZATION_OPENERS.contains(tokens.get(opener).word());
                if (end - start >= 2 && (opened || ORGANIZATION_HEADS.contains(tokens.get(end - 1).word())
                        && tokens.get(end - 1).properNoun())) {
                    while (start < end && !tokens.get(start).properNoun()) {
                        start++;
                    }
                    boolean untagged = true;
                    for (int t = start; t < end; t++) {
                        if (context.entityAt(s.index(), tokens.get(t).index()).isPresent()) {
                            untagged = false;
                        }
                    }
                    String name = s.span(tokens.get(start).index(), tokens.get(end - 1).index() + 1);
                    if (untagged && end - start >= 2 && !stateBodies.isStateBody(clean(name))) {
                        String key = context.entity(EntityKind.ORGANIZATION, clean(name), clean(name), null);
                        context.markTokens(s.index(), tokens.get(start).index(), tokens.get(end - 1).index() + 1, key);
                    }
                }
                i = Math.max(i, start + 1);
            }
        }
    }

    private static boolean isNamePart(Token t) {
        return t.properNoun() || t.word().equals("-") || t.word().equalsIgnoreCase("al");
    }
}
