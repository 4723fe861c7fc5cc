package org.newsgraph.cli;

/**
 * A command that cannot go on. {@link Main} prints the message as one line on stderr and exits with the code:
 * {@link #FAILURE} when the work failed, {@link #USAGE} when the command line was wrong.
 */
public class CliException extends RuntimeException {

    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static CliException usage(String message) {
        return new CliException(USAGE, message);
    }

    public static CliException failure(String message) {
        return new CliException(FAILURE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
