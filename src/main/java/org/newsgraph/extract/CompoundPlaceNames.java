package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One place name that NER cut in two because its words carry different place types: a city name before "County" or
 * "Parish" ("Harlow County" as CITY + LOCATION), a word before a country's name ("New" + a country). When the two
 * mentions touch, every word is a proper noun and the first modifies the second as a compound, they are one name, of
 * the type of its head (the last mention). A country or organisation the gazetteer knows, written before a place
 * ("U.S. Gulf Coast"), stays its own actor unless the whole name is known too, as a place or as a capital.
 */
final class CompoundPlaceNames {


    private CompoundPlaceNames() {
    }

    static List<Mention> join(ExtractionContext context, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            // a run of several ("Saint" + "Halden" + "County") folds from the left
            while (i + 1 < mentions.size() && joinable(context, m, mentions.get(i + 1))) {
                Mention n = mentions.get(++i);
                Sentence s = context.document().sentence(m.sentence());
                m = new Mention(m.sentence(), m.startToken(), n.endToken(), s.span(m.startToken(), n.endToken()),
                        n.nerType(), m.begin(), n.end());
            }
            result.add(m);
        }
        return result;
    }

    private static boolean joinable(ExtractionContext context, Mention m, Mention n) {
        if (m.sentence() != n.sentence() || n.startToken() != m.endToken()
                || !MentionTypes.PLACE_TYPES.contains(m.nerType()) || !MentionTypes.PLACE_TYPES.contains(n.nerType())) {
            return false;
        }
        Sentence s = context.document().sentence(m.sentence());
        for (int t = m.startToken(); t < n.endToken(); t++) {
            if (!s.token(t).properNoun()) {
                return false;
            }
        }
        if (!compoundInto(s, m, n)) {
            return false;
        }
        Gazetteer gazetteer = context.gazetteer();
        Optional<Gazetteer.Entry> first = gazetteer.lookup(m.text());
        String whole = s.span(m.startToken(), n.endToken());
        // a capital named after its country ("X City") is one place, not the country and a city
        return first.isEmpty() || gazetteer.lookup(whole).isPresent() || gazetteer.byCapital(whole).isPresent();
    }

    /** The last word of the first mention is a compound modifier of a word of the second. */
    private static boolean compoundInto(Sentence s, Mention m, Mention n) {
        int last = m.endToken() - 1;
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == last && d.relation().equals("compound")
                    && d.governor() >= n.startToken() && d.governor() < n.endToken()) {
                return true;
            }
        }
        return false;
    }
}
