package org.newsgraph.graph;

import org.junit.jupiter.api.Assumptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A Debian program a test checks an export with (Graphviz, networkx, Chromium). .ci/run installs them; on a machine
 * without one the test is skipped with the install command, except under CI, where a missing tool is a failure so
 * that the checks can never pass by not running.
 */
record ExternalTool(Path program, String debianPackage) {

    static final ExternalTool DOT = new ExternalTool(Path.of("/usr/bin/dot"), "graphviz");
    /** Debian's own Python: networkx is installed for it, not for any other python3 on the PATH. */
    static final ExternalTool PYTHON = new ExternalTool(Path.of("/usr/bin/python3"), "python3-networkx");
    static final ExternalTool CHROMIUM = new ExternalTool(Path.of("/usr/bin/chromium"), "chromium");

    /** Skips the test (fails it under CI) unless the program is installed; {@code probe} may check more. */
    void require(String... probe) {
        boolean present = Files.isExecutable(program);
        if (present && probe.length > 0) {
            present = run(List.of(probe), null, 60).exitCode() == 0;
        }
        if (!present) {
            String message = program + " from Debian's " + debianPackage + " is needed; install it with "
                    + "'apt-get install " + debianPackage + "' (.ci/run does)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.assumeTrue(false, message);
        }
    }

    record Result(int exitCode, String out, String err) {
    }

    static Result run(List<String> command, byte[] input, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).start();
            CompletableFuture<byte[]> out = drain(process.getInputStream());
            CompletableFuture<byte[]> err = drain(process.getErrorStream());
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input);
                }
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command.get(0) + " did not finish within " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (stream) {
                stream.transferTo(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        });
    }
}
