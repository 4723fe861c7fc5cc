package org.newsgraph.extract;

import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.newsgraph.extract.EntityNames.clean;
import static org.newsgraph.extract.EntityNames.normalise;
import static org.newsgraph.extract.MentionTypes.PERSON_TYPES;
import static org.newsgraph.extract.MentionTypes.PLACE_TYPES;

/**
 * The spans of the named-entity mentions, mended where CoreNLP's tagger cuts a name in two or runs two names together
 * ("International Committee" + "Red Cross", "UN Syria", "U.S.-drafted United Nations Security Council"), before any
 * mention becomes an entity.
 */
final class MentionSpans {

    static final Pattern BRACKETED_ABBREVIATION = Pattern.compile("[A-Z][A-Z.&-]{1,9}");
    private static final Lexicon PRIVATE_OCCUPATIONS = Lexicon.named("private-occupations");
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "the", "and", "on");
    private static final Set<String> DIRECTIONS = Set.of("east", "west", "north", "south", "eastern", "western",
            "northern", "southern", "central");

    private MentionSpans() {
    }

    /** The document's mentions with every repair applied, in the order in which each relies on the one before. */
    static List<Mention> repaired(ExtractionContext context) {
        return splitJoinedPlaces(context, namesBeforeBracketedAbbreviations(context, splitRunTogetherNames(context,
                CompoundPlaceNames.join(context, mergeDirections(context, mergeSplitOrganizations(context,
                        OrganizationSpans.repaired(context, PersonSpans.joinUntaggedFirstNames(context,
                                dropOccupationPrefixes(context, dropParticiplePrefixes(context,
                                        CountryNameSpans.mended(context, context.document().mentions())))))))))));
    }

    /**
     * "Evacuee Jane Roe", "Resident John Doe": an occupation that speaks for no one, written as a title, is not part of
     * the person's name, so the later "Roe said" finds the same person.
     */
    private static List<Mention> dropOccupationPrefixes(ExtractionContext context, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            Sentence s = context.document().sentence(m.sentence());
            String first = s.token(m.startToken()).word();
            if (PERSON_TYPES.contains(m.nerType()) && m.endToken() - m.startToken() >= 3
                    && Character.isUpperCase(first.charAt(0)) && PRIVATE_OCCUPATIONS.contains(first)) {
                int start = m.startToken() + 1;
                result.add(new Mention(m.sentence(), start, m.endToken(), s.span(start, m.endToken()), m.nerType(),
                        s.token(start).begin(), m.end()));
            } else {
                result.add(m);
            }
        }
        return result;
    }

    /** "X of the Y" split by NER into two organisations ("International Committee" + "Red Cross"). */
    private static List<Mention> mergeSplitOrganizations(ExtractionContext context, List<Mention> mentions) {
        List<Mention> merged = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (i + 1 < mentions.size()) {
                Mention n = mentions.get(i + 1);
                boolean bothOrganizations = m.nerType().equals("ORGANIZATION") && n.nerType().equals("ORGANIZATION");
                if (m.sentence() == n.sentence() && n.startToken() - m.endToken() <= 2) {
                    Sentence s = context.document().sentence(m.sentence());
                    String joined = s.span(m.startToken(), n.endToken());
                    // "African" (a nationality) + "Union" (a city): together an organisation the gazetteer knows
                    boolean knownOrganization = context.gazetteer().lookup(joined).filter(e -> !e.isCountry()).isPresent();
                    if ((bothOrganizations || n.startToken() == m.endToken() && knownOrganization)
                            && context.gazetteer().lookup(joined).isPresent()) {
                        merged.add(new Mention(m.sentence(), m.startToken(), n.endToken(), joined, "ORGANIZATION",
                                m.begin(), n.end()));
                        i++;
                        continue;
                    }
                }
            }
            merged.add(m);
        }
        return merged;
    }

    /** "East" + "Karvik" tagged as two places: one place, "East Karvik". */
    private static List<Mention> mergeDirections(ExtractionContext context, List<Mention> mentions) {
        List<Mention> merged = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (i + 1 < mentions.size() && DIRECTIONS.contains(m.text().toLowerCase(Locale.ROOT))) {
                Mention n = mentions.get(i + 1);
                if (n.sentence() == m.sentence() && n.startToken() == m.endToken()
                        && PLACE_TYPES.contains(n.nerType())) {
                    Sentence s = context.document().sentence(m.sentence());
                    merged.add(new Mention(m.sentence(), m.startToken(), n.endToken(), s.span(m.startToken(), n.endToken()),
                            n.nerType(), m.begin(), n.end()));
                    i++;
                    continue;
                }
            }
            merged.add(m);
        }
        return merged;
    }

    /**
     * An organisation name run together with a place or country ("UN Syria envoy" tagged as one organisation "UN
     * Syria"): when the name is unknown but a known organisation starts it and a known country or named place ends it,
     * it is two mentions.
     */
    private static List<Mention> splitRunTogetherNames(ExtractionContext context, List<Mention> mentions) {
        Set<String> places = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (PLACE_TYPES.contains(m.nerType())) {
                places.add(m.text().toLowerCase(Locale.ROOT));
            }
        }
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            int length = m.endToken() - m.startToken();
            if (!m.nerType().equals("ORGANIZATION") || length < 2 || context.gazetteer().lookup(m.text()).isPresent()) {
                result.add(m);
                continue;
            }
            Sentence s = context.document().sentence(m.sentence());
            boolean split = false;
            for (int cut = m.endToken() - 1; cut > m.startToken() && !split; cut--) {
                String head = s.span(m.startToken(), cut);
                String tail = s.span(cut, m.endToken());
                boolean headKnown = context.gazetteer().lookup(head).filter(e -> e.kind() == Gazetteer.Kind.ORGANIZATION).isPresent();
                boolean tailPlace = places.contains(tail.toLowerCase(Locale.ROOT))
                        || context.gazetteer().lookup(tail).filter(e -> e.kind() == Gazetteer.Kind.COUNTRY).isPresent();
                if (headKnown && (tailPlace || personBeforeVerb(context, s, cut, m.endToken()))) {
                    result.add(new Mention(m.sentence(), m.startToken(), cut, head, "ORGANIZATION", m.begin(),
                            s.token(cut - 1).end()));
                    result.add(new Mention(m.sentence(), cut, m.endToken(), tail, tailPlace ? "LOCATION" : "PERSON",
                            s.token(cut).begin(), m.end()));
                    split = true;
                }
            }
            if (!split) {
                result.add(m);
            }
        }
        return result;
    }

    /**
     * "Envoy to the World Bank Ilse Brannock said": two or three proper nouns the gazetteer
     * does not know, after a known organisation and before the verb, are the person the office before describes.
     */
    private static boolean personBeforeVerb(ExtractionContext context, Sentence s, int from, int toExclusive) {
        if (toExclusive - from < 2 || toExclusive - from > 3 || toExclusive > s.tokens().size()
                || !s.token(toExclusive).pos().startsWith("VB")
                || context.gazetteer().lookup(s.span(from, toExclusive)).isPresent()) {
            return false;
        }
        for (int t = from; t < toExclusive; t++) {
            if (!s.token(t).pos().equals("NNP")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "U.S.-drafted United Nations Security Council" tagged as one organisation: the hyphenated participle
     * ("-drafted", "-led", "-backed") describes the name that follows and is not part of it; what comes before the
     * hyphen is the actor that drafted, led or backed.
     */
    private static List<Mention> dropParticiplePrefixes(ExtractionContext context, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            Sentence s = context.document().sentence(m.sentence());
            int participle = -1;
            for (int t = m.startToken() + 1; t + 1 < m.endToken() && participle < 0; t++) {
                Token next = s.token(t + 1);
                if (s.token(t).word().equals("-") && next.pos().equals("VBN") && Character.isLowerCase(next.word().charAt(0))) {
                    participle = t + 1;
                }
            }
            if (!m.nerType().equals("ORGANIZATION") || participle < 0) {
                result.add(m);
                continue;
            }
            String actor = s.span(m.startToken(), participle - 1);
            String actorType = context.gazetteer().lookup(actor).filter(Gazetteer.Entry::isCountry).isPresent()
                    ? "COUNTRY" : "ORGANIZATION";
            result.add(new Mention(m.sentence(), m.startToken(), participle - 1, actor, actorType, m.begin(),
                    s.token(participle - 2).end()));
            if (participle + 1 < m.endToken()) {
                result.add(new Mention(m.sentence(), participle + 1, m.endToken(), s.span(participle + 1, m.endToken()),
                        "ORGANIZATION", s.token(participle + 1).begin(), m.end()));
            }
        }
        return result;
    }

    /**
     * "Islamic State Khorasan (ISIS-K)", "the Joint Investigative Mechanism (JIM)": capitalised words followed by a
     * bracketed abbreviation that starts with the same letter are one organisation's name, whatever pieces NER made of
     * them; the abbreviation is another mention of it.
     */
    private static List<Mention> namesBeforeBracketedAbbreviations(ExtractionContext context, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        for (Sentence s : context.sentences()) {
            for (int open = 3; open + 2 <= s.tokens().size(); open++) {
                if (!s.token(open).word().equals("(") && !s.token(open).word().equals("-LRB-")) {
                    continue;
                }
                int close = open + 1;
                while (close <= s.tokens().size() && close - open <= 3 && !isClosingBracket(s.token(close).word())) {
                    close++;
                }
                if (close > s.tokens().size() || !isClosingBracket(s.token(close).word())) {
                    continue;
                }
                String abbreviation = s.span(open + 1, close).replace(" ", "");
                int start = open;
                while (start > 1 && (Character.isUpperCase(s.token(start - 1).word().charAt(0))
                        || (NAME_LINKS.contains(s.token(start - 1).word()) && start - 2 >= 1
                        && Character.isUpperCase(s.token(start - 2).word().charAt(0))))) {
                    start--;
                }
                final int first = start;
                final int end = open;
                boolean nameOfSomeone = result.stream().anyMatch(m -> m.sentence() == s.index()
                        && m.startToken() < end && m.endToken() > first
                        && (PERSON_TYPES.contains(m.nerType()) || m.nerType().equals("COUNTRY")));
                if (end - first < 2 || nameOfSomeone || !BRACKETED_ABBREVIATION.matcher(abbreviation).matches()
                        || abbreviation.charAt(0) != s.token(first).word().charAt(0)) {
                    continue;
                }
                int abbreviationEnd = close;
                result.removeIf(m -> m.sentence() == s.index() && m.startToken() < abbreviationEnd && m.endToken() > first);
                result.add(new Mention(s.index(), first, end, s.span(first, end), "ORGANIZATION",
                        s.token(first).begin(), s.token(end - 1).end()));
                result.add(new Mention(s.index(), open + 1, close, abbreviation, "ORGANIZATION",
                        s.token(open + 1).begin(), s.token(close - 1).end()));
            }
        }
        result.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::startToken));
        return result;
    }

    private static boolean isClosingBracket(String word) {
        return word.equals(")") || word.equals("-RRB-");
    }

    /**
     * "Eastport for Rivertown" tagged as one organisation: a name cut by a lower-case preposition, both parts of which
     * the article elsewhere tags as places (or the gazetteer knows as countries or capitals), is two places.
     */
    private static List<Mention> splitJoinedPlaces(ExtractionContext context, List<Mention> mentions) {
        Set<String> places = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (PLACE_TYPES.contains(m.nerType())) {
                places.add(normalise(m.text()));
            }
        }
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            Sentence s = context.document().sentence(m.sentence());
            int cut = -1;
            for (int t = m.startToken() + 1; t < m.endToken() - 1 && m.nerType().equals("ORGANIZATION"); t++) {
                if (s.token(t).pos().equals("IN") && Character.isLowerCase(s.token(t).word().charAt(0))) {
                    cut = t;
                }
            }
            if (cut < 0 || !isKnownPlace(context, places, s.span(m.startToken(), cut))
                    || !isKnownPlace(context, places, s.span(cut + 1, m.endToken()))) {
                result.add(m);
                continue;
            }
            result.add(new Mention(m.sentence(), m.startToken(), cut, s.span(m.startToken(), cut), "LOCATION",
                    m.begin(), s.token(cut - 1).end()));
            result.add(new Mention(m.sentence(), cut + 1, m.endToken(), s.span(cut + 1, m.endToken()), "LOCATION",
                    s.token(cut + 1).begin(), m.end()));
        }
        return result;
    }

    private static boolean isKnownPlace(ExtractionContext context, Set<String> places, String name) {
        return places.contains(normalise(name)) || context.gazetteer().byCapital(clean(name)).isPresent()
                || context.gazetteer().lookup(clean(name)).filter(Gazetteer.Entry::isCountry).isPresent();
    }
}
