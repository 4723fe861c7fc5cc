package org.newsgraph.nlp;

import org.slf4j.LoggerFactory;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Some CoreNLP components print straight to {@code System.err} instead of logging ("Empty top speakers list ...").
 * While annotating, such output is dropped unless CoreNLP's logger is set to show information (verbose mode).
 * Loggers and the progress bar keep the stream they captured at start-up, so they are unaffected.
 */
public final class CoreNlpChatter implements AutoCloseable {

    private final PrintStream original;

    private CoreNlpChatter() {
        this.original = System.err;
        if (!LoggerFactory.getLogger("edu.stanford.nlp").isInfoEnabled()) {
            System.setErr(new PrintStream(OutputStream.nullOutputStream(), true));
        }
    }

    public static CoreNlpChatter silenced() {
        return new CoreNlpChatter();
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
