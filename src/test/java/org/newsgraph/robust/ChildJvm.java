package org.newsgraph.robust;

import org.newsgraph.cli.Main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A newsgraph command line running in a child JVM, its output going to files so it never blocks on a pipe. */
final class ChildJvm {

    private final Process process;
    private final Path out;
    private final Path err;
    private final List<String> args;

    private ChildJvm(Process process, Path out, Path err, List<String> args) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.args = args;
    }

    static ChildJvm start(Path scratch, String heap, List<String> args) throws IOException {
        return start(scratch, heap, Map.of(), args);
    }

    static ChildJvm start(Path scratch, String heap, Map<String, String> environment, List<String> args)
            throws IOException {
        return start(scratch, heap, environment, Main.class, args);
    }

    /** Runs {@code main}'s main method (a class of the test classpath) instead of the command line. */
    static ChildJvm start(Path scratch, String heap, Map<String, String> environment, Class<?> main,
                          List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new ChildJvm(process, out, err, List.copyOf(args));
    }

    /** Runs to the end; fails the test if that takes longer than {@code seconds}. */
    static Result run(Path scratch, List<String> args, int seconds) throws Exception {
        return run(scratch, Map.of(), args, seconds);
    }

    static Result run(Path scratch, Map<String, String> environment, List<String> args, int seconds)
            throws Exception {
        ChildJvm child = start(scratch, "512m", environment, args);
        return child.await(seconds);
    }

    Result await(int seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("newsgraph " + args + " did not finish within " + seconds + " s\n" + result(-1));
        }
        return result(process.exitValue());
    }

    /** SIGKILL on Linux: no shutdown hook, no finally block, no flush runs in the child. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM on Linux, as Ctrl-C would be: shutdown hooks run; the exit code and what it printed. */
    Result stop(int seconds) throws Exception {
        process.destroy();
        return await(seconds);
    }

    String outSoFar() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String errSoFar() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    private Result result(int exitCode) throws IOException {
        return new Result(exitCode, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
