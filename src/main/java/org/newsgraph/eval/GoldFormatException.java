package org.newsgraph.eval;

import java.util.List;

/**
 * A gold or entity-pair file that cannot be read. Every bad line is collected, so one run shows all of them; the
 * message is the first, as {@code file:line: problem}, with the count of the others.
 */
public final class GoldFormatException extends IllegalArgumentException {

    private final List<String> problems;

    GoldFormatException(List<String> problems) {
        super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more bad line"
                + (problems.size() > 2 ? "s" : "") + ")" : ""));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one {@code file:line: problem} each, in file order. */
    public List<String> problems() {
        return problems;
    }
}
