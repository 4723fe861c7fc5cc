package org.newsgraph.extract;

import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    static final Lexicon ORGANIZATION_OPENERS = Lexicon.named("organization-openers");
    private static final Lexicon ORGANIZATION_NOUNS = Lexicon.named("organization-heads");

    /**
     * One name, one kind, within an article. A headline or a line in title case gives the tagger no lower-case words
     * to tell a name's kind by, and it reads the town in "Velmora evacuees reach Tarnowo" as a person; the same name in
     * the body, in running prose, is read right. So a mention typed as a person on such a line is the place the
     * article's other lines tag with that name (or the gazetteer knows: a country or a capital), unless those lines
     * also name a person so.
     */
    static List<Mention> consistentAcrossLines(ExtractionContext context, List<Mention> mentions) {
        Map<String, String> placeTypeInProse = new HashMap<>();
        Set<String> personsInProse = new HashSet<>();
        for (Mention m : mentions) {
            if (isCaptionLine(context, m.sentence())) {
                continue;
            }
            if (PLACE_TYPES.contains(m.nerType())) {
                placeTypeInProse.putIfAbsent(normalise(m.text()), m.nerType());
            } else if (PERSON_TYPES.contains(m.nerType())) {
                personsInProse.add(normalise(m.text()));
            }
        }
        List<Mention> result = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            // "Sofia" + "Brightwell" typed as two places: the run of touching place names an office describes
            int last = i;
            while (last + 1 < mentions.size() && mentions.get(last + 1).sentence() == m.sentence()
                    && mentions.get(last + 1).startToken() == mentions.get(last).endToken()
                    && PLACE_TYPES.contains(mentions.get(last + 1).nerType())) {
                last++;
            }
            Mention run = last == i ? m : new Mention(m.sentence(), m.startToken(), mentions.get(last).endToken(),
                    context.document().sentence(m.sentence()).span(m.startToken(), mentions.get(last).endToken()).strip(),
                    m.nerType(), m.begin(), mentions.get(last).end());
            if (isTitledMiscName(context, m)) {
                result.add(new Mention(m.sentence(), m.startToken(), m.endToken(), m.text(), "PERSON", m.begin(), m.end()));
                continue;
            }
            if (isDescribedByOffice(context, run)) {
                result.add(new Mention(run.sentence(), run.startToken(), run.endToken(), run.text(), "PERSON",
                        run.begin(), run.end()));
                i = last;
                continue;
            }
            if (isPlaceDescribedAsOrganization(context, m)) {
                result.add(new Mention(m.sentence(), m.startToken(), m.endToken(), m.text(), "ORGANIZATION", m.begin(),
                        m.end()));
                continue;
            }
            String name = normalise(m.text());
            String placeType = !PERSON_TYPES.contains(m.nerType()) || personsInProse.contains(name)
                    || !isCaptionLine(context, m.sentence()) ? null
                    : placeTypeInProse.getOrDefault(name, knownPlaceType(context, clean(m.text())));
            result.add(placeType == null ? m : new Mention(m.sentence(), m.startToken(), m.endToken(), m.text(),
                    placeType, m.begin(), m.end()));
        }
        return result;
    }

    private static final RoleDescriptions OFFICES = new RoleDescriptions(Lexicon.named("titles"));

    /**
     * "the foreign minister, Sofia Brightwell,": a name of two words or more that an office describes, right before it
     * and a comma, names the person holding the office, whatever place its first name also names.
     */
    static boolean isDescribedByOffice(ExtractionContext context, Mention m) {
        if (m.endToken() - m.startToken() < 2 || m.nerType().equals("COUNTRY") || !PLACE_TYPES.contains(m.nerType())) {
            return false;
        }
        Sentence s = context.document().sentence(m.sentence());
        for (int t = m.startToken(); t < m.endToken(); t++) {
            if (!s.token(t).properNoun()) {
                return false;
            }
        }
        return !OFFICES.commaDescription(s, m.startToken()).isEmpty();
    }

    /**
     * "U.N. Secretary-General X Y-z": a name the tagger left as MISC, of proper nouns only, right after an office,
     * names the person holding it (unless the gazetteer knows the name as something else).
     */
    static boolean isTitledMiscName(ExtractionContext context, Mention m) {
        if (!m.nerType().equals("MISC") || m.startToken() < 2 || m.endToken() - m.startToken() < 2
                || context.gazetteer().lookup(clean(m.text())).isPresent()) {
            return false;
        }
        Sentence s = context.document().sentence(m.sentence());
        for (int t = m.startToken(); t < m.endToken(); t++) {
            if (!s.token(t).properNoun() && !s.token(t).pos().equals("HYPH")) {
                return false;
            }
        }
        return OFFICES.isTitleWord(s.token(m.startToken() - 1));
    }

    /**
     * "Oakhurst, a Slovenian charity": a name the tagger took for a place (not a country, nor a place the gazetteer
     * knows) with an organisation noun in apposition after it.
     */
    static boolean isPlaceDescribedAsOrganization(ExtractionContext context, Mention m) {
        if (!PLACE_TYPES.contains(m.nerType()) || m.nerType().equals("COUNTRY")
                || context.gazetteer().lookup(clean(m.text())).isPresent()) {
            return false;
        }
        Sentence s = context.document().sentence(m.sentence());
        for (int t = m.startToken(); t < m.endToken(); t++) {
            boolean org = s.dependentsOf(t).stream()
                    .filter(d -> d.relation().equals("appos"))
                    .map(d -> s.token(d.dependent()))
                    .anyMatch(a -> ORGANIZATION_NOUNS.contains(a.lemma()) && !a.properNoun() && a.index() >= m.endToken());
            if (org) {
                return true;
            }
        }
        return false;
    }

    private static String knownPlaceType(ExtractionContext context, String name) {
        if (context.gazetteer().lookup(name).filter(Gazetteer.Entry::isCountry).isPresent()) {
            return "COUNTRY";
        }
        return context.gazetteer().byCapital(name).isPresent() ? "CITY" : null;
    }

    /**
     * The headline (the first line, standing alone above the body) or any other line of its own whose content words
     * all start with a capital ("Rebels Leave Velmora Under Truce").
     */
    private static boolean isCaptionLine(ExtractionContext context, int index) {
        List<Sentence> sentences = context.sentences();
        Sentence s = sentences.get(index);
        boolean lineBreakBefore = index == 0
                || context.text().substring(sentences.get(index - 1).end(), s.begin()).contains("\n");
        boolean lineBreakAfter = index + 1 == sentences.size()
                || context.text().substring(s.end(), sentences.get(index + 1).begin()).contains("\n");
        if (index == 0 && sentences.size() > 1 && lineBreakAfter) {
            return true;
        }
        if (!lineBreakBefore || !lineBreakAfter) {
            return false;
        }
        List<Token> contentWords = s.tokens().stream()
                .filter(t -> t.pos().matches("NN.*|VB.*|JJ.*|RB.*") && Character.isLetter(t.word().charAt(0)))
                .toList();
        return contentWords.size() >= 2 && contentWords.stream().allMatch(t -> Character.isUpperCase(t.word().charAt(0)));
    }

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
        if (!OFFICES.commaDescription(s, m.startToken()).isEmpty()) {
            // "the envoy to A and B, X,": the parser may list X with the places; the office makes X its holder
            return false;
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

    /**
     * Words of the organisation list that are also family names ("Cross", "Court") do not make a name typed as a
     * person an organisation.
     */
    private static final Set<String> ALSO_FAMILY_NAMES =
            Set.of("cross", "court", "fund", "front", "union", "league", "office", "crescent", "army");

    /**
     * A name the tagger typed as a person that is an organisation: "Ahmad X, an Islamist coalition" or "X, a charity"
     * (an organisation noun in apposition), or a name that opens or ends with an organisation word ("Fundacja X",
     * "X Foundation").
     */
    boolean isOrganizationByApposition(ExtractionContext context, Mention m) {
        Sentence s = context.document().sentence(m.sentence());
        if (m.endToken() - m.startToken() >= 2) {
            Token first = s.token(m.startToken());
            Token last = s.token(m.endToken() - 1);
            String lastWord = last.word().toLowerCase(java.util.Locale.ROOT);
            if (first.properNoun() && ORGANIZATION_OPENERS.contains(first.word())
                    || last.properNoun() && organizationHeads.contains(lastWord) && !ALSO_FAMILY_NAMES.contains(lastWord)) {
                return true;
            }
        }
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

    private static final Lexicon PRIVATE_OCCUPATIONS = Lexicon.named("private-occupations");

    /**
     * "Varta, a student from B, said": a name the tagger took for an organisation, in apposition to an occupation only
     * a person has (a student, a resident, an evacuee), is a person.
     */
    boolean isPersonByApposition(ExtractionContext context, Mention m) {
        Sentence s = context.document().sentence(m.sentence());
        int t = m.endToken();
        if (!m.nerType().equals("ORGANIZATION") || t + 2 > s.tokens().size() || !s.token(t).word().equals(",")
                || !s.token(t + 1).word().matches("(?i)an?")) {
            return false;
        }
        int noun = t + 2;
        while (noun < s.tokens().size() && s.token(noun).pos().startsWith("JJ")) {
            noun++;
        }
        Token head = s.token(noun);
        return head.pos().equals("NN") && PRIVATE_OCCUPATIONS.contains(head.lemma());
    }

    static boolean isPronoun(ExtractionContext context, Mention m) {
        Sentence s = context.document().sentence(m.sentence());
        return m.endToken() - m.startToken() == 1 && s.token(m.startToken()).pos().startsWith("PRP");
    }
}
