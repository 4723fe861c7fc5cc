package org.newsgraph.store;

/** A store that cannot be opened or used; the message is one line meant for the person running newsgraph. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
