package org.newsgraph.serve;

/** The server cannot start, or cannot be reached; the message is one line for the person running it. */
public class ServeException extends RuntimeException {

    private final boolean addressInUse;

    public ServeException(String message, boolean addressInUse, Throwable cause) {
        super(message, cause);
        this.addressInUse = addressInUse;
    }

    /** True when another program already listens on the host and port, so a different port would help. */
    public boolean addressInUse() {
        return addressInUse;
    }
}
