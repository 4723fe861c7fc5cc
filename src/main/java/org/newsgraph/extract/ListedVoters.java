package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The other members of a written list a voter is named in ("A, B, C, D and E voted against"). The parser often breaks
 * the coordination of a long list of names, hanging members as dep, appos or nmod anywhere in the sentence, so the
 * list is read from the words: names joined only by commas and a final "and", closed by the name after "and".
 */
final class ListedVoters {

    /** Clauses hanging off a verb with a subject and a verb of their own. */
    private static final Pattern OTHER_CLAUSES = Pattern.compile("advcl.*|conj.*|ccomp");

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

    /**
     * The members a count of voters stands for, named in a list the clause writes as what the count is: after a dash
     * ("Four countries voted against it - X, Y and Z"), a colon or "among them", a copula ("The six countries to vote
     * against it were X, Y and Z"), "included" ("The 32 countries that abstained included X and Y", which the parser
     * often makes a clause of the vote), or in brackets ("Nine countries voted against the draft (X, Y, Z)", "Three
     * members (X, Y and Z) voted against"). The parser leaves such lists loosely attached, so the words after the
     * opening mark are read in order; but for a dash, nothing but names and the words joining them may follow.
     */
    static List<String> predicatedOf(ExtractionContext context, Sentence s, Token verb, Set<Integer> clause) {
        // "N voted in favour, while just five – A, B and C – opposed it": a list inside a clause of its own, or one
        // closed by a dash before a verb, is the subject of that other verb
        Set<Integer> own = new HashSet<>(clause);
        s.dependentsOf(verb.index()).stream().filter(d -> OTHER_CLAUSES.matcher(d.relation()).matches()
                        && s.token(d.dependent()).pos().startsWith("VB")
                        && !s.token(d.dependent()).lemma().equalsIgnoreCase("include"))
                .forEach(d -> own.removeAll(ExtractionContext.subtree(s, d.dependent())));
        List<Integer> openings = own.stream().filter(t -> (t > verb.index() && (isDash(s, t) || opensNames(s, t)))
                        || isOpeningBracket(s, t))
                .sorted().toList();
        for (int open : openings) {
            List<String> listed = listedAfter(context, s, open);
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        return List.of();
    }

    private static List<String> listedAfter(ExtractionContext context, Sentence s, int open) {
        List<String> actors = new ArrayList<>();
        int t = open + 1;
        boolean namesOnly = !isDash(s, open);
        for (; t <= s.tokens().size() && !s.token(t).pos().equals(".") && !isDash(s, t) && !isClosingBracket(s, t);
                t++) {
            Optional<String> actor = context.actorAt(s.index(), t);
            if (namesOnly && actor.isEmpty() && !joinsNames(s, t)) {
                // "will say loud and clear: it is illegal," X said: a colon opens a list only of names
                return List.of();
            }
            actor.filter(a -> !actors.contains(a)).ifPresent(actors::add);
        }
        if (t < s.tokens().size() && isDash(s, t) && s.token(t + 1).pos().startsWith("VB")) {
            return List.of();
        }
        return actors;
    }

    /** A dash between words, not the hyphen of "Ostrovia-led" (both are tagged HYPH): it stands apart from them. */
    private static boolean isDash(Sentence s, int t) {
        Token token = s.token(t);
        return token.word().matches("-+|\u2014|\u2013") && t > 1 && s.token(t - 1).end() < token.begin();
    }

    /**
     * "Eight abstained: A, B and C", "Eight abstained, among them A, B and C", "were A, B and C", "included A and B":
     * what follows is names alone.
     */
    private static boolean opensNames(Sentence s, int t) {
        Token token = s.token(t);
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        return token.word().equals(":")
                || t > 1 && token.word().equalsIgnoreCase("them") && s.token(t - 1).word().equalsIgnoreCase("among")
                || token.pos().startsWith("VB") && (lemma.equals("be") || lemma.equals("include"));
    }

    /** A bracket after a word, not after a count: "two (A and B) against" names the voters of another side. */
    private static boolean isOpeningBracket(Sentence s, int t) {
        return (s.token(t).word().equals("(") || s.token(t).pos().equals("-LRB-")) && t > 1
                && !s.token(t - 1).pos().equals("CD");
    }

    private static boolean isClosingBracket(Sentence s, int t) {
        return s.token(t).word().equals(")") || s.token(t).pos().equals("-RRB-");
    }
}
