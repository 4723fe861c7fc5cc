package org.newsgraph.extract;

import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Organisation names the tagger cuts short or runs into an office: a national society after its nationality ("the
 * Estonian Red Cross"), an office before the body ("Head of Valdor Regional Military Administration" as one name), the
 * first half of a name joined by "and" ("A Disaster Relief and Rescue Council").
 */
final class OrganizationSpans {

    /** Movements whose national societies carry the nationality in their name ("the Estonian Red Cross"). */
    private static final Pattern NATIONAL_SOCIETIES = Pattern.compile("(?i)red (cross|crescent)( society)?");
    private static final Lexicon TITLES = Lexicon.named("titles");
    private static final Lexicon ORGANIZATION_HEADS = Lexicon.named("organization-heads");
    private static final Set<String> NAMED_ON_THEIR_OWN = Set.of("PERSON", "COUNTRY", "NATIONALITY", "CITY",
            "STATE_OR_PROVINCE", "LOCATION");

    private OrganizationSpans() {
    }

    static List<Mention> repaired(ExtractionContext context, List<Mention> mentions) {
        return joinSecondConjuncts(context,
                joinFirstConjuncts(context, dropOfficePrefixes(context, joinNationalSocieties(context, mentions))));
    }

    /**
     * "the Estonian Red Cross": a nationality right before an organisation is part of its name when the gazetteer
     * knows the whole ("British Red Cross"), the article names the whole elsewhere, or the organisation is one of the
     * movements organised in national societies.
     */
    static List<Mention> joinNationalSocieties(ExtractionContext context, List<Mention> mentions) {
        Set<String> organizationNames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.nerType().equals("ORGANIZATION")) {
                organizationNames.add(m.text().toLowerCase(Locale.ROOT));
            }
        }
        List<Mention> result = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (i + 1 < mentions.size() && m.nerType().equals("NATIONALITY")) {
                Mention n = mentions.get(i + 1);
                if (n.sentence() == m.sentence() && n.startToken() == m.endToken() && n.nerType().equals("ORGANIZATION")) {
                    String joined = context.document().sentence(m.sentence()).span(m.startToken(), n.endToken()).strip();
                    boolean whole = context.gazetteer().lookup(joined).filter(e -> !e.isCountry()).isPresent()
                            || organizationNames.contains(joined.toLowerCase(Locale.ROOT))
                            || NATIONAL_SOCIETIES.matcher(n.text().strip()).matches();
                    if (whole) {
                        result.add(new Mention(m.sentence(), m.startToken(), n.endToken(), joined, "ORGANIZATION",
                                m.begin(), n.end()));
                        i++;
                        continue;
                    }
                }
            }
            result.add(m);
        }
        return result;
    }

    /** "Head of Valdor Regional Military Administration" as one organisation: the office is not part of the name. */
    static List<Mention> dropOfficePrefixes(ExtractionContext context, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            Sentence s = context.document().sentence(m.sentence());
            int start = m.startToken();
            boolean office = m.nerType().equals("ORGANIZATION") && m.endToken() - start >= 3
                    && TITLES.contains(s.token(start).lemma().toLowerCase(Locale.ROOT))
                    && s.token(start + 1).word().equals("of");
            int from = office && s.token(start + 2).pos().equals("DT") ? start + 3 : start + 2;
            if (office && from < m.endToken() && s.token(from).properNoun()) {
                result.add(new Mention(m.sentence(), from, m.endToken(), s.span(from, m.endToken()).strip(),
                        m.nerType(), s.token(from).begin(), m.end()));
            } else {
                result.add(m);
            }
        }
        return result;
    }

    /**
     * "The Valdor Disaster Relief and Rescue Council": the tagger keeps only the half after "and". The
     * capitalised words before "and", back to "the" or the start of the sentence, belong to the same name when it ends
     * in an organisation's noun.
     */
    static List<Mention> joinFirstConjuncts(ExtractionContext context, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        for (int i = 0; i < result.size(); i++) {
            Mention m = result.get(i);
            Sentence s = context.document().sentence(m.sentence());
            int and = m.startToken() - 1;
            if (!m.nerType().equals("ORGANIZATION") || and < 3 || !s.token(and).word().equals("and")
                    || !ORGANIZATION_HEADS.contains(s.token(m.endToken() - 1).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int first = and;
            while (first - 1 >= 1 && capitalised(s.token(first - 1))) {
                first--;
            }
            boolean opened = first == 1 || s.token(first - 1).word().equalsIgnoreCase("the");
            if (first == and || !opened || and - first < 2 && !plainWord(s.token(first))) {
                continue;
            }
            int from = first;
            // the words taken in may have been tagged as something else ("Disaster" as a cause of death)
            result.removeIf(other -> other != m && other.sentence() == m.sentence()
                    && other.startToken() >= from && other.endToken() <= and);
            int at = result.indexOf(m);
            result.set(at, new Mention(m.sentence(), from, m.endToken(), s.span(from, m.endToken()).strip(),
                    m.nerType(), s.token(from).begin(), m.end()));
            i = at;
        }
        return result;
    }

    /**
     * "the Institute of Volcanology and Seismology", "the Department of Health and Human Services": the tagger stops a
     * name with an "of" complement at "and". The capitalised words after "and", up to the first word that is not, are
     * the rest of the name unless the tagger read them as a name of their own ("the Ministry of Defence and Redvale").
     */
    static List<Mention> joinSecondConjuncts(ExtractionContext context, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        for (int i = 0; i < result.size(); i++) {
            Mention m = result.get(i);
            Sentence s = context.document().sentence(m.sentence());
            int and = m.endToken();
            boolean complemented = false;
            for (int t = m.startToken() + 1; t < m.endToken() - 1 && !complemented; t++) {
                complemented = s.token(t).word().equals("of");
            }
            if (!m.nerType().equals("ORGANIZATION") || !complemented || and + 1 > s.tokens().size()
                    || !s.token(and).word().equals("and")) {
                continue;
            }
            int end = and + 1;
            while (end <= s.tokens().size() && end - and <= 3 && capitalised(s.token(end))
                    && plainWord(s.token(end)) && !s.token(end).ner().equals("ORGANIZATION")) {
                end++;
            }
            boolean closed = end > s.tokens().size() || !Character.isUpperCase(s.token(end).word().charAt(0));
            if (end == and + 1 || !closed) {
                continue;
            }
            int to = end;
            result.removeIf(other -> other != m && other.sentence() == m.sentence()
                    && other.startToken() > and && other.endToken() <= to);
            int at = result.indexOf(m);
            result.set(at, new Mention(m.sentence(), m.startToken(), to, s.span(m.startToken(), to).strip(),
                    m.nerType(), m.begin(), s.token(to - 1).end()));
        }
        return result;
    }

    /**
     * A single word before "and" ("the Justice and Progress Party") is the first half of the name only when the
     * tagger did not read it as a place, a person or a nationality on its own ("the Ashcombe and Workers' Party" names two).
     */
    private static boolean plainWord(Token t) {
        return !NAMED_ON_THEIR_OWN.contains(t.ner());
    }

    private static boolean capitalised(Token t) {
        return (t.pos().startsWith("NN")) && Character.isUpperCase(t.word().charAt(0));
    }
}
