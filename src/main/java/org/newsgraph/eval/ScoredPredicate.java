package org.newsgraph.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The predicates of the gold format that are scored, in the order reports list them: stances, roles, statements,
 * then the slots of resolutions and evacuations.
 */
public enum ScoredPredicate {
    DRAFTED("drafted"),
    SUPPORTS("supports"),
    OPPOSES("opposes"),
    VETOED("vetoed"),
    VOTED_FOR("votedFor"),
    VOTED_AGAINST("votedAgainst"),
    ABSTAINED("abstained"),
    REPRESENTS("represents"),
    SAID("said"),
    CONCERNS("concerns"),
    STATUS("status"),
    FROM("from"),
    TO("to"),
    FACILITATED_BY("facilitatedBy"),
    OBSTRUCTED_BY("obstructedBy");

    private final String goldName;

    ScoredPredicate(String goldName) {
        this.goldName = goldName;
    }

    /** The name gold files use. */
    public String goldName() {
        return goldName;
    }

    /** The scored predicate a gold file names, case-insensitively. */
    public static Optional<ScoredPredicate> byGoldName(String name) {
        return Arrays.stream(values())
                .filter(p -> p.goldName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    @Override
    public String toString() {
        return goldName;
    }
}
