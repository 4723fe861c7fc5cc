package org.newsgraph.export;

/**
 * A push that stopped: the server could not be reached or refused a document. The message is one line for the
 * person running the push; {@link #documentsPushed()} tells how far it got.
 */
public class PushException extends RuntimeException {

    private final int documentsPushed;

    public PushException(String message, int documentsPushed, Throwable cause) {
        super(message, cause);
        this.documentsPushed = documentsPushed;
    }

    public int documentsPushed() {
        return documentsPushed;
    }
}
