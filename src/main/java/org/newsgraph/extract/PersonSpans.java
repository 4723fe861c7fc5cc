package org.newsgraph.extract;

import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Person names the tagger cuts short: a first name it left untagged right before the tagged rest of the name. */
final class PersonSpans {

    private static final Lexicon TITLES = Lexicon.named("titles");

    private PersonSpans() {
    }

    /**
     * '"...," Ximena Olvar Druet, the Valdor premier, said': an untagged proper noun that opens the clause
     * (after a closing quote, a comma or the start of the sentence) right before a person's tagged name is the first
     * of its names, unless it is an office, a nationality or a name the gazetteer knows.
     */
    static List<Mention> joinUntaggedFirstNames(ExtractionContext context, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            Sentence s = context.document().sentence(m.sentence());
            int first = m.startToken() - 1;
            if (m.nerType().equals("PERSON") && first >= 1 && untaggedName(context, s.token(first)) && opensClause(s, first)) {
                result.add(new Mention(m.sentence(), first, m.endToken(), s.span(first, m.endToken()).strip(),
                        m.nerType(), s.token(first).begin(), m.end()));
            } else {
                result.add(m);
            }
        }
        return result;
    }

    private static boolean untaggedName(ExtractionContext context, Token t) {
        return t.pos().equals("NNP") && t.ner().equals("O") && t.word().length() > 1
                && Character.isUpperCase(t.word().charAt(0)) && !TITLES.contains(t.lemma().toLowerCase(Locale.ROOT))
                && context.gazetteer().lookup(t.word()).isEmpty() && context.gazetteer().byDemonym(t.word()).isEmpty();
    }

    private static boolean opensClause(Sentence s, int t) {
        if (t == 1) {
            return false; // a sentence's first word is capitalised whatever it is
        }
        String before = s.token(t - 1).word();
        return RoleDescriptions.isQuoteMark(before) || before.equals(",");
    }
}
