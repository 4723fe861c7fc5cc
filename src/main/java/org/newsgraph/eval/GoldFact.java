package org.newsgraph.eval;

import java.util.Optional;

/**
 * One row of a gold file. {@code predicate} is the name as written without the optional mark; {@code scored} is
 * empty for predicates that are recorded but not scored (an optional {@code consideredBy}).
 */
public record GoldFact(String document, Term subject, String predicate, Term object, boolean optional, int line,
                       ScoredPredicate scoredPredicate) {

    public Optional<ScoredPredicate> scored() {
        return Optional.ofNullable(scoredPredicate);
    }

    /** The row as written, without the document: {@code Borduria ?supports Resolution[*]}. */
    public String describe() {
        return subject.text() + " " + (optional ? "?" : "") + predicate + " " + object.text();
    }
}
