package org.newsgraph.query;

/** A query that cannot be found, parsed or run; the message is one line naming the query. */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
