package org.newsgraph.search;

/** The search index cannot be read or written, or a search cannot be understood; the message says which. */
public class SearchException extends RuntimeException {

    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
