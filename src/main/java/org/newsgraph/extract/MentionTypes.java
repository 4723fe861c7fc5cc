package org.newsgraph.extract;

import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.resolve.Gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.newsgraph.extract.EntityNames.clean;
import static org.newsgraph.extract.EntityNames.normalise;

/**
 * What kind of thing a mention names, where the tagger's type alone is not to be trusted: one type per name in a
 * document, a town taken for a person, a person's name standing for an organisation.
 */
final class MentionTypes {

    static final Set<String> PERSON_TYPES = Set.of("PERSON");
    static final Set<String> ORGANIZATION_TYPES = Set.of("ORGANIZATION");
    static final Set<String> PLACE_TYPES = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION", "COUNTRY");

    private final Lexicon organizationHeads = Lexicon.named("organization-heads");

    /** When NER types the same name both as a person and as an organisation, the organisation reading wins. */
    static Map<String, String> dominantTypes(List<Mention> mentions) {
        Map<String, String> result = new HashMap<>();
        for (Mention m : mentions) {
            String text = normalise(m.text());
            if (m.nerType().equals("ORGANIZATION")) {
                result.put(text, "ORGANIZATION");
            } else {
                result.putIfAbsent(text, m.nerType());
            }
        }
        return result;
    }

    /** Settlement nouns in apposition and movement verbs: {@code extract/rules/entity-places.semgrex}. */
    private static final SemgrexRules PLACE_RULES = SemgrexRules.named("/extract/rules/entity-places.semgrex");

    /**
     * A town the NER model took for a person ("left Foua", "Madaya and Zabadani, two towns", "Kyiv was pressing"): a
     * country or capital, a name listed with a tagged place, or a place by one of the rules of
     * {@code entity-places.semgrex} (in apposition to a settlement noun, the place a movement verb leaves or reaches).
     */
    boolean isPlaceByContext(ExtractionContext context, Mention m, List<Mention> mentions) {
        Sentence s = context.document().sentence(m.sentence());
        String name = clean(m.text());
        if (m.endToken() - m.startToken() == 1 && (context.gazetteer().byCapital(name).isPresent()
                || context.gazetteer().lookup(name).filter(Gazetteer.Entry::isCountry).isPresent())) {
            return true;
        }
        int head = m.endToken() - 1;
        if (PLACE_RULES.matches(s).stream().anyMatch(match -> match.node("place") == head)) {
            return true;
        }
        for (org.newsgraph.nlp.Dependency d : s.dependencies()) {
            int other = d.governor() == head ? d.dependent() : d.dependent() == head ? d.governor() : -1;
            boolean listedWithPlace = other >= 1 && d.relation().startsWith("conj") && mentions.stream().anyMatch(n ->
                    n.sentence() == m.sentence() && n.startToken() <= other && other < n.endToken()
                            && PLACE_TYPES.contains(n.nerType()));
            if (listedWithPlace) {
                return true;
            }
        }
        return false;
    }

    boolean isOrganizationByApposition(ExtractionContext context, Mention m) {
        Sentence s = context.document().sentence(m.sentence());
        for (int t = m.startToken(); t < m.endToken(); t++) {
            int token = t;
            boolean org = s.dependentsOf(token).stream()
                    .filter(d -> d.relation().equals("appos") || d.relation().equals("dep"))
                    .map(d -> s.token(d.dependent()))
                    .anyMatch(a -> organizationHeads.contains(a.lemma()) && !a.properNoun()
                            && a.index() > m.endToken() - 1);
            if (org) {
                return true;
            }
        }
        return false;
    }

    static boolean isPronoun(ExtractionContext context, Mention m) {
        Sentence s = context.document().sentence(m.sentence());
        return m.endToken() - m.startToken() == 1 && s.token(m.startToken()).pos().startsWith("PRP");
    }
}
