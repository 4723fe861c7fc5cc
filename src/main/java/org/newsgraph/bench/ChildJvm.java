package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program in a process of its own and measures it from outside, the same way for newsgraph and for
 * CoreNLP's command line: wall time from start to exit, and its peak resident memory and CPU time sampled from
 * {@code /proc} while it runs (the peak is the kernel's high-water mark, so sampling misses at most what the last
 * tenth of a second adds).
 */
final class ChildJvm {

    private static final long SAMPLE_MILLIS = 100;

    record Run(Duration wall, Duration cpu, long peakResidentBytes, int exitCode, Path log) {

        double wallSeconds() {
            return wall.toNanos() / 1e9;
        }

        double cpuSeconds() {
            return cpu.toNanos() / 1e9;
        }
    }

    private ChildJvm() {
    }

    /** {@code java -Xmx<heap> [options] -cp <classpath> <main> <args>}, with the java that runs this program. */
    static List<String> command(String heap, List<String> jvmOptions, String classpath, String mainClass,
                                List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-Xmx" + heap);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code command} with its output in {@code log}, and waits for it. */
    static Run run(List<String> command, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        ProcessStatus last = new ProcessStatus(0, 0, 0);
        long peak = 0;
        try {
            while (!process.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
                Optional<ProcessStatus> sample = ProcessStatus.of(process.pid());
                if (sample.isPresent()) {
                    last = sample.get();
                    peak = Math.max(peak, sample.get().peakResidentBytes());
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command.get(0), e);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        return new Run(wall, Duration.ofMillis(last.cpuMillis()), peak, process.exitValue(), log);
    }
}
