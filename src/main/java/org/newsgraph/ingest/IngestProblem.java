package org.newsgraph.ingest;

import java.util.Objects;

/**
 * An input that could not be used as it is, reported instead of thrown.
 *
 * @param origin the file, or {@code file:line} / {@code file:row}, the problem is about
 * @param reason what is wrong, in a few words
 */
public record IngestProblem(String origin, String reason) {

    public IngestProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for the user: {@code origin: reason}. */
    public String message() {
        return origin + ": " + reason;
    }
}
