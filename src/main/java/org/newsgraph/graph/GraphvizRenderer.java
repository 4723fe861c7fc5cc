package org.newsgraph.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** SVG and PNG through Graphviz's {@code dot}, fed the DOT export on its standard input. */
final class GraphvizRenderer {

    /** Where {@code dot} is looked up; the system property lets a test point at a missing one. */
    static final String DOT_COMMAND_PROPERTY = "newsgraph.dot";

    private static final long TIMEOUT_MINUTES = 10;

    private final String outputFormat;

    GraphvizRenderer(String outputFormat) {
        this.outputFormat = outputFormat;
    }

    void write(Projection projection, OutputStream out) {
        String command = System.getProperty(DOT_COMMAND_PROPERTY, "dot");
        Process process;
        try {
            process = new ProcessBuilder(command, "-T" + outputFormat).start();
        } catch (IOException e) {
            throw new GraphvizMissingException(outputFormat + " output needs Graphviz's '" + command
                    + "' command, which was not found; install Graphviz (Debian: apt-get install graphviz) or "
                    + "export --format dot and render it elsewhere");
        }
        CompletableFuture<byte[]> errors = drain(process.getErrorStream());
        CompletableFuture<Void> copied = CompletableFuture.runAsync(() -> {
            try (InputStream rendered = process.getInputStream()) {
                rendered.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (OutputStream dot = process.getOutputStream()) {
            new DotWriter().write(projection, dot);
        } catch (IOException e) {
            // dot exited before reading everything; its exit code and messages below say why.
        }
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Graphviz did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            copied.join();
            String messages = new String(errors.join(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Graphviz failed (exit " + process.exitValue() + ")"
                        + (messages.isEmpty() ? "" : ": " + messages.lines().findFirst().orElse("")));
            }
            out.flush();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Graphviz was rendering", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rendered graph: " + e.getMessage(), e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (stream) {
                stream.transferTo(bytes);
            } catch (IOException e) {
                // The exit code tells whether dot failed; its messages are only a courtesy.
            }
            return bytes.toByteArray();
        });
    }

    /** Graphviz is not installed (or not where it was looked for). */
    static final class GraphvizMissingException extends IllegalStateException {
        GraphvizMissingException(String message) {
            super(message);
        }
    }
}
