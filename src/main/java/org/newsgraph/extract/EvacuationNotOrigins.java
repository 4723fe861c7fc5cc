package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * Phrases in an origin's slot that name no place left: where evacuees go home to, what a convoy is kept from, the
 * countries evacuees come from by birth, the person who announces an evacuation, a people named in the plural.
 */
final class EvacuationNotOrigins {

    private EvacuationNotOrigins() {
    }

    /**
     * "nationals evacuated from A arrived home in B" is parsed with "home" as what is evacuated: a bare "home", with no
     * determiner or owner, is where people go ("arrived home", "flown home"), never the homes they leave.
     */
    static boolean isAdverbialHome(Sentence s, int noun) {
        Token t = s.token(noun);
        return t.word().equalsIgnoreCase("home") && s.dependentsOf(noun).stream()
                .noneMatch(d -> d.relation().equals("det") || d.relation().equals("nmod:poss")
                        || d.relation().equals("amod") && !s.token(d.dependent()).pos().startsWith("VB"));
    }

    /**
     * Verbs of hindering, whose "from" is what is kept from happening when they take no object: "a convoy was prevented
     * from passing A"; "blocking the evacuation from A" hinders an evacuation that leaves A.
     */
    private static final Set<String> HINDERING = Set.of("prevent", "stop", "bar", "keep", "ban", "prohibit", "deter",
            "restrain");

    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");

    /**
     * A "from" that tells no place left: one after a verb of hindering, or "workers from countries including A and B",
     * where the countries are the evacuees' nationalities.
     */
    static boolean notLeftFrom(Sentence s, Token head, Dependency d) {
        if (!d.relation().equals("obl:from") && !d.relation().equals("nmod:from")) {
            return false;
        }
        boolean hindered = HINDERING.contains(head.lemma().toLowerCase(Locale.ROOT))
                && s.dependentsOf(head.index()).stream().noneMatch(o -> o.relation().equals("obj"));
        return hindered || isNationalityList(s, d.dependent());
    }

    /** "from countries including A and B", "from several nations": the lands evacuees belong to, not where they are. */
    static boolean isNationalityList(Sentence s, int noun) {
        Token t = s.token(noun);
        return t.pos().equals("NNS") && COUNTRY_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "General A, the governor of B, announced the evacuation": a person announcing it is no place put under it. */
    static boolean isPersonNamed(Sentence s, int token) {
        String ner = s.token(token).ner();
        return "PERSON".equals(ner) || "TITLE".equals(ner);
    }

    /**
     * "the evacuation of 13,000 Bordurians": a people named in the plural, which the tagger may leave untagged, is who
     * is evacuated, not a village too small for the tagger.
     */
    static boolean isPluralDemonym(ExtractionContext context, Token t) {
        String word = t.word();
        return t.pos().equals("NNPS") && word.endsWith("s")
                && context.gazetteer().byDemonym(word.substring(0, word.length() - 1)).isPresent();
    }
}
