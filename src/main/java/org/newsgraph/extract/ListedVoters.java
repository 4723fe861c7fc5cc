package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The other members of a written list a voter is named in ("A, B, C, D and E voted against"). The parser often breaks
 * the coordination of a long list of names, hanging members as dep, appos or nmod anywhere in the sentence, so the
 * list is read from the words: names joined only by commas and a final "and", closed by the name after "and".
 */
final class ListedVoters {

    private ListedVoters() {
    }

    /** The holders with every other member of a list one of them is named in; a list needs a final "and". */
    static List<String> widen(ExtractionContext context, Sentence s, List<String> holders) {
        if (holders.isEmpty()) {
            return holders;
        }
        List<String> widened = new ArrayList<>(holders);
        for (List<String> list : lists(context, s)) {
            if (list.stream().anyMatch(holders::contains)) {
                list.stream().filter(a -> !widened.contains(a)).forEach(widened::add);
            }
        }
        return widened;
    }

    /** The lists of two or more actors the sentence writes out, each in order. */
    static List<List<String>> lists(ExtractionContext context, Sentence s) {
        List<List<String>> lists = new ArrayList<>();
        List<String> run = new ArrayList<>();
        boolean afterAnd = false;
        boolean commaBeforeAnd = false;
        int commas = 0;
        String previous = null;
        for (int t = 1; t <= s.tokens().size() + 1; t++) {
            Optional<String> actor = t <= s.tokens().size() ? context.actorAt(s.index(), t) : Optional.empty();
            String word = t <= s.tokens().size() ? s.token(t).word().toLowerCase(Locale.ROOT) : "";
            if (actor.isPresent()) {
                if (!actor.get().equals(previous)) {
                    run.add(actor.get());
                }
                previous = actor.get();
                continue;
            }
            // the name after "and" ends a list: "Unlike A, B and C, D voted for it" names D apart
            boolean closed = afterAnd && previous != null;
            boolean separator = !run.isEmpty() && previous != null && (word.equals(",") || word.equals("and"));
            boolean article = !run.isEmpty() && word.equals("the");
            if (!closed && (separator || article)) {
                if (word.equals("and")) {
                    commaBeforeAnd = s.token(t - 1).word().equals(",");
                    afterAnd = true;
                } else if (word.equals(",")) {
                    commas++;
                }
                previous = article ? previous : null;
                continue;
            }
            // "sponsored by A, and B voted against": two names around ", and" are two clauses, not a list
            boolean clauses = commaBeforeAnd && commas <= 1 && run.size() == 2;
            if (afterAnd && run.size() >= 2 && !clauses) {
                lists.add(run.stream().distinct().toList());
            }
            run = new ArrayList<>();
            afterAnd = false;
            commaBeforeAnd = false;
            commas = 0;
            previous = null;
        }
        return lists;
    }

    /** "Eight abstained: A, B and C": a name after a colon that follows the vote is a voter, not what was voted on. */
    static boolean afterColon(Sentence s, Token verb, Token object) {
        for (int t = verb.index() + 1; t < object.index(); t++) {
            if (s.token(t).word().equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** A word that may stand between the names of a list: a comma, "and", "the", a name the recogniser missed. */
    static boolean joinsNames(Sentence s, int t) {
        return s.token(t).word().matches("(?i),|and|the|;") || s.token(t).pos().startsWith("NNP");
    }
}
