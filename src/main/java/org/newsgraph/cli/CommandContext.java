package org.newsgraph.cli;

import java.io.PrintStream;

/**
 * Where a command writes: results to {@code out}, progress and problems to {@code err}. {@code err} is the stderr
 * captured when the program started, which stays visible while a build silences CoreNLP's own printing.
 */
public record CommandContext(PrintStream out, PrintStream err, boolean verbose) {
}
