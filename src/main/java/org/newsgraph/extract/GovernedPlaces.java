package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.newsgraph.extract.EntityNames.clean;

/**
 * Offices held over a place: a mayor, governor, sheriff or councillor speaks for the town, county or region they
 * govern ("Brackley Mayor X", "Mayor X of Brackley", "X, Brackley's mayor", "the governor of Y", "In Brackley, Mayor
 * X said"). Local place names are often unknown to the tagger, which leaves them untagged or takes them for a
 * surname; next to such an office a capitalised name is the place governed.
 */
final class GovernedPlaces {

    private static final Set<String> GOVERNING_TITLES = Set.of("mayor", "governor", "gov.", "premier", "sheriff",
            "councilman", "councilwoman", "councillor", "councilor", "alderman");

    /** Tagger classes of words that describe an office-holder rather than name a place ("Republican Governor X"). */
    private static final Set<String> DESCRIBING_TYPES = Set.of("MISC", "NATIONALITY", "IDEOLOGY", "RELIGION", "TITLE",
            "DATE", "NUMBER", "ORDINAL");

    private GovernedPlaces() {
    }

    static boolean isGoverningTitle(Token t) {
        return GOVERNING_TITLES.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    static boolean governs(List<Token> description) {
        return description.stream().anyMatch(GovernedPlaces::isGoverningTitle);
    }

    /**
     * The place a token of an office's description names: a place the tagger found, or a capitalised name it left
     * untagged or took for a one-word surname ("Brackley Mayor", "Ashcombe's mayor").
     */
    static Optional<String> placeAt(ExtractionContext context, Sentence s, int token, String person) {
        Optional<String> tagged = context.entityAt(s.index(), token);
        if (tagged.filter(k -> context.kindOf(k) == EntityKind.PLACE).isPresent()) {
            return tagged;
        }
        if (!nameWord(context, s, token, person)) {
            return Optional.empty();
        }
        int start = token;
        while (start > 1 && nameWord(context, s, start - 1, person)) {
            start--;
        }
        int end = token;
        while (end < s.tokens().size() && nameWord(context, s, end + 1, person)) {
            end++;
        }
        String name = clean(s.span(start, end + 1));
        return name.isBlank() ? Optional.empty() : Optional.of(context.entity(EntityKind.PLACE, name, name, null));
    }

    /** Words that end the name of a unit of local government: the unit itself governs, so its officials serve it. */
    private static final Set<String> LOCAL_GOVERNMENTS = Set.of("county", "parish", "borough");

    /**
     * "Ashcombe County emergency management director X", "X, Ashcombe County Management Director": an office of a
     * county named before the office's own noun serves the county.
     */
    static Optional<String> localGovernmentAt(ExtractionContext context, Sentence s, int token, String person) {
        Token word = s.token(token);
        if (!word.properNoun() || !LOCAL_GOVERNMENTS.contains(word.word().toLowerCase(Locale.ROOT))
                || token + 1 <= s.tokens().size() && s.token(token + 1).word().equalsIgnoreCase("of")) {
            return Optional.empty();
        }
        Optional<String> tagged = context.entityAt(s.index(), token);
        if (tagged.filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION).isPresent()
                && token + 1 <= s.tokens().size() && tagged.equals(context.entityAt(s.index(), token + 1))) {
            // "A County Management Director" tagged as one organisation: the county opens its name
            int start = token;
            while (start > 1 && tagged.equals(context.entityAt(s.index(), start - 1)) && s.token(start - 1).properNoun()) {
                start--;
            }
            String name = clean(s.span(start, token + 1));
            return start < token ? Optional.of(context.entity(EntityKind.PLACE, name, name, null)) : Optional.empty();
        }
        if (tagged.isPresent()) {
            return tagged.filter(k -> context.kindOf(k) == EntityKind.PLACE
                    && context.labelOf(k).toLowerCase(Locale.ROOT).endsWith(" " + word.word().toLowerCase(Locale.ROOT)));
        }
        return placeAt(context, s, token, person).filter(k -> context.labelOf(k).contains(" "));
    }

    /** "Mayor X of Brackley": a governing office before the name, and the place after "of". */
    static Optional<String> placeAfterName(ExtractionContext context, Sentence s, List<Token> description, int nameEnd,
                                           String person) {
        if (!governs(description) || nameEnd + 2 > s.tokens().size() || !s.token(nameEnd + 1).word().equals("of")) {
            return Optional.empty();
        }
        int t = nameEnd + 2;
        if (s.token(t).pos().equals("DT") && t + 1 <= s.tokens().size()) {
            t++;
        }
        return placeAt(context, s, t, person);
    }

    /** "In Brackley, Mayor X said": a governing office right after a fronted place. */
    static Optional<String> frontedPlace(ExtractionContext context, Sentence s, List<Token> description, String person) {
        int descriptionStart = description.get(0).index();
        if (!governs(description) || s.tokens().size() < 4 || !s.token(1).word().equals("In")
                || !s.token(descriptionStart - 1).word().equals(",") || descriptionStart < 4) {
            return Optional.empty();
        }
        for (int t = 2; t < descriptionStart - 1; t++) {
            if (!s.token(t).properNoun()) {
                return Optional.empty();
            }
        }
        Optional<String> tagged = context.entityAt(s.index(), 2);
        if (tagged.filter(k -> context.kindOf(k) == EntityKind.PLACE).isPresent()) {
            return tagged;
        }
        // "In Chile, Governor X" governs a province of the country, not the country; a full name is no place
        if (tagged.filter(k -> context.kindOf(k) == EntityKind.COUNTRY || k.equals(person)
                || context.labelOf(k).contains(" ") && context.kindOf(k) == EntityKind.PERSON).isPresent()) {
            return Optional.empty();
        }
        String name = clean(s.span(2, descriptionStart - 1));
        return Optional.of(context.entity(EntityKind.PLACE, name, name, null));
    }

    /**
     * A capitalised word that can be part of a place's name here: untagged, or typed as a one-word person that is not
     * the office-holder, or as an organisation of one word; not an office word or a describing adjective.
     */
    static boolean nameWord(ExtractionContext context, Sentence s, int t, String person) {
        if (t < 1 || t > s.tokens().size()) {
            return false;
        }
        Token token = s.token(t);
        if (!token.properNoun() || DESCRIBING_TYPES.contains(token.ner()) || isGoverningTitle(token)
                || context.gazetteer().byDemonym(token.word()).isPresent()) {
            return false;
        }
        Optional<String> entity = context.entityAt(s.index(), t);
        if (entity.isEmpty()) {
            return true;
        }
        String key = entity.get();
        EntityKind kind = context.kindOf(key);
        boolean oneWord = !context.labelOf(key).contains(" ");
        return !key.equals(person) && oneWord && (kind == EntityKind.PERSON || kind == EntityKind.ORGANIZATION);
    }
}
