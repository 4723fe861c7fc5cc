package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;

import java.util.Optional;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a clause says about the reality of what it reports, and who its relative pronoun stands for: the machinery
 * every rule's match goes through, whichever construction found it.
 */
final class Clauses {

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");
    private static final Set<String> NUMBER_WORDS = Set.of("no.", "number", "numbered");
    /** Words that float off the subject of a relative clause: "A and B, which both abstained", "who all voted no". */
    private static final Set<String> FLOATING_QUANTIFIERS = Set.of("both", "all", "each");
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("^\\d{3,4}$");

    private Clauses() {
    }

    /**
     * Reported as done: no modal ("would be adopted"), no condition ("if it is adopted"), no negation. The tense
     * that tells a report from an intention is the rule's to check.
     */
    static boolean reportedAsDone(Sentence s, Token verb) {
        return !ExtractionContext.hasModal(s, verb) && s.dependentsOf(verb.index()).stream().noneMatch(d ->
                d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("if"))
                && !ExtractionContext.isNegated(s, verb.index());
    }

    /**
     * The word a relative pronoun stands for: "resolution 2397, which was approved", "the resolution numbered 2334,
     * which the council adopted" (the pronoun follows the noun, its number and a comma); any other word stands for
     * itself.
     */
    static int antecedent(Sentence s, int token) {
        if (!RELATIVE_PRONOUNS.contains(s.token(token).word().toLowerCase(Locale.ROOT))) {
            return token;
        }
        int before = token - 1;
        while (before >= 1 && (NUMBER_WORDS.contains(s.token(before).word().toLowerCase(Locale.ROOT))
                || RESOLUTION_NUMBER.matcher(s.token(before).word()).matches() || s.token(before).word().equals(","))) {
            before--;
        }
        return Math.max(before, 1);
    }

    /** Whether some relation on the path from the token up to the root matches the regex (e.g. "obl:since"). */
    static boolean underRelation(Sentence s, int token, String relationRegex) {
        int at = token;
        for (int steps = 0; steps < s.tokens().size(); steps++) {
            Optional<Dependency> up = s.governorOf(at);
            if (up.isEmpty()) {
                return false;
            }
            if (up.get().relation().matches(relationRegex)) {
                return true;
            }
            at = up.get().governor();
        }
        return false;
    }

    /**
     * A name the parser made a conjunct of a noun while it is the subject of a clause of its own ("X and Y were the only
     * countries to vote against it, and Z abstained": "Z" hangs on "countries" with "abstained" below it).
     */
    static boolean headsMisparsedClause(Sentence s, int token) {
        return s.dependentsOf(token).stream().anyMatch(d -> d.relation().equals("dep")
                && s.token(d.dependent()).pos().startsWith("VB"));
    }

    /**
     * "A and B, which both abstained": the parser makes the floating quantifier the subject of the relative clause and
     * the names its object, so the clause is said of its antecedent as a participle is said of the noun it hangs on.
     */
    static boolean quantifiedRelative(Sentence s, Token verb) {
        return s.governorOf(verb.index()).filter(d -> d.relation().equals("acl:relcl")).isPresent()
                && s.dependentsOf(verb.index()).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                        && FLOATING_QUANTIFIERS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }
}
