package org.newsgraph.extract;

import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country names of several words that the tagger cut short or missed: "South" left out of "South Sudan" (which then
 * reads as another state, "Sudan"), "Holy See" or "Saint Lucia" not tagged at all. Lists of voting states are full
 * of such names, and a name cut short is worse than one missed: it gives the vote to a state that did not cast it.
 * Only names the gazetteer spells out as a country's name or alias are mended, never a demonym or a single word.
 */
final class CountryNameSpans {

    /** "Saint Vincent and the Grenadines" is the longest state name written out in full. */
    private static final int LONGEST_NAME_TOKENS = 5;
    private static final Set<String> LINKS_INSIDE_NAMES = Set.of("and", "the", "of", "&");

    private CountryNameSpans() {
    }

    static List<Mention> mended(ExtractionContext context, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            result.add(withNameBefore(context, m));
        }
        Map<Integer, boolean[]> coveredBySentence = new HashMap<>();
        for (Sentence s : context.sentences()) {
            coveredBySentence.put(s.index(), new boolean[s.tokens().size() + 2]);
        }
        for (Mention m : result) {
            boolean[] covered = coveredBySentence.get(m.sentence());
            if (covered != null) {
                Arrays.fill(covered, m.startToken(), m.endToken(), true);
            }
        }
        for (Sentence s : context.sentences()) {
            result.addAll(untagged(context, s, coveredBySentence.get(s.index())));
        }
        result.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::startToken));
        return result;
    }

    /**
     * "South" + "Sudan": capitalised words just before a mention that make a country's name with it; and a country's
     * whole name the tagger typed as miscellaneous ("the Holy See" as a MISC) or as a nationality, which no extractor
     * would read as a state.
     */
    private static Mention withNameBefore(ExtractionContext context, Mention m) {
        Sentence s = context.document().sentence(m.sentence());
        // the tagger's list of nationalities holds a few states' own names, so "A abstaining" may come out typed as a
        // nationality: a name the gazetteer spells as the state's, written as a proper noun, is the state
        boolean nationalityNoun = m.nerType().equals("NATIONALITY") && s.token(m.endToken() - 1).pos().startsWith("NNP");
        if ((m.nerType().equals("MISC") || nationalityNoun)
                && isCountryName(context, s.span(m.startToken(), m.endToken()))) {
            return new Mention(m.sentence(), m.startToken(), m.endToken(), m.text(), "COUNTRY", m.begin(), m.end());
        }
        int best = -1;
        for (int start = m.startToken() - 1; start >= 1 && m.endToken() - start <= LONGEST_NAME_TOKENS; start--) {
            if (!capitalised(s, start) || !s.token(start).ner().equals("O")) {
                break;
            }
            if (isCountryName(context, s.span(start, m.endToken()))) {
                best = start;
            }
        }
        if (best < 0) {
            return m;
        }
        return new Mention(m.sentence(), best, m.endToken(), s.span(best, m.endToken()), "COUNTRY",
                s.token(best).begin(), m.end());
    }

    /** The longest country names made only of untagged tokens, opening and closing with a capital. */
    private static List<Mention> untagged(ExtractionContext context, Sentence s, boolean[] covered) {
        List<Mention> found = new ArrayList<>();
        int size = s.tokens().size();
        for (int start = 1; start <= size; start++) {
            if (covered[start] || !capitalised(s, start)) {
                continue;
            }
            int end = Math.min(size + 1, start + LONGEST_NAME_TOKENS);
            for (; end >= start + 2; end--) {
                if (coverable(s, covered, start, end) && capitalised(s, end - 1)
                        && isCountryName(context, s.span(start, end))) {
                    break;
                }
            }
            if (end >= start + 2) {
                found.add(new Mention(s.index(), start, end, s.span(start, end), "COUNTRY", s.token(start).begin(),
                        s.token(end - 1).end()));
                start = end - 1;
            }
        }
        return found;
    }

    private static boolean coverable(Sentence s, boolean[] covered, int start, int end) {
        for (int t = start; t < end; t++) {
            if (covered[t] || !(capitalised(s, t) || LINKS_INSIDE_NAMES.contains(s.token(t).word()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(Sentence s, int token) {
        String word = s.token(token).word();
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean isCountryName(ExtractionContext context, String name) {
        Optional<Gazetteer.Entry> entry = context.gazetteer().lookup(name);
        return entry.filter(Gazetteer.Entry::isCountry)
                .filter(e -> e.canonical().equalsIgnoreCase(name)
                        || e.aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(name)))
                .isPresent();
    }
}
