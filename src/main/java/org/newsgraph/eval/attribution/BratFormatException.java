package org.newsgraph.eval.attribution;

/** A brat folder or annotation file that cannot be read; the message names the file (and line) and the problem. */
public final class BratFormatException extends RuntimeException {

    public BratFormatException(String message) {
        super(message);
    }
}
