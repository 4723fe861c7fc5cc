package org.newsgraph.eval.capability;

/** A capability file that cannot be used; the message names the file and the problem. */
public final class CapabilityFormatException extends RuntimeException {

    public CapabilityFormatException(String message) {
        super(message);
    }
}
