package org.newsgraph.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreFixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the command line in a fresh JVM, for what one JVM cannot show: which classes a command loads (the test JVM
 * may have loaded CoreNLP for other tests) and how a store held by another process is refused.
 */
class MainInChildJvmTest {

    @TempDir
    static Path temp;

    static Path store;
    static Path query;

    @BeforeAll
    static void storeAndQuery() throws IOException {
        store = StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.VETO, StoreFixtures.BUSES);
        query = Files.writeString(temp.resolve("actors.rq"), "SELECT ?actor { ?actor a ng:Country }");
    }

    @ParameterizedTest
    @ValueSource(strings = {"query", "stats", "list"})
    void readingCommandsDoNotLoadTheNlpStages(String command) throws Exception {
        Path classLog = temp.resolve(command + "-classes.log");
        List<String> args = new ArrayList<>(List.of(command, "--store", store.toString()));
        if (command.equals("query")) {
            args.add(1, query.toString());
        }
        ChildRun run = runMain(List.of("-Xlog:class+load=info:file=" + classLog), args);
        assertEquals(0, run.exitCode(), run.toString());

        List<String> loaded = Files.readAllLines(classLog);
        assertTrue(loaded.stream().anyMatch(line -> line.contains(" org.newsgraph.store.GraphStore ")),
                "the class log records our classes");
        List<String> nlp = loaded.stream()
                .filter(line -> line.contains(" edu.stanford.nlp.") || line.contains(" org.newsgraph.nlp.")
                        || line.contains(" org.newsgraph.build.GraphBuilder "))
                .toList();
        assertEquals(List.of(), nlp);
    }

    @Test
    void anotherProcessReadsBetweenAWritersOperationsButCannotWrite() throws Exception {
        long pid = ProcessHandle.current().pid();
        try (GraphStore writer = GraphStore.open(store)) {
            ChildRun reader = runMain(List.of(), List.of("stats", "--store", store.toString()));
            assertEquals(0, reader.exitCode(), reader.toString());
            assertTrue(reader.out().contains("Documents   2"), reader.out());

            ChildRun secondWriter = runMain(List.of(), List.of("remove", "veto", "--store", store.toString()));
            assertEquals(new ChildRun(1, "", "newsgraph: store " + store + " is being written by another build or "
                    + "remove (pid " + pid + "); wait for it to finish and try again\n"), secondWriter);
            assertTrue(writer.documentIds().contains("veto"));
        }
    }

    @Test
    void aStoreHeldByAnotherProcessIsWaitedForThenRefusedWithItsProcessId() throws Exception {
        try (GraphStore holder = GraphStore.openForReading(store)) {
            holder.dataset();
            ChildRun reader = runMain(List.of(), Map.of(GraphStore.WAIT_VARIABLE, "1"),
                    List.of("stats", "--store", store.toString()));
            assertEquals(new ChildRun(1, "", "newsgraph: store " + store + " is in use by process "
                    + ProcessHandle.current().pid() + " (another program reading it); waiting up to 1 s for it\n"
                    + "newsgraph: store " + store + " is in use by another process (pid " + ProcessHandle.current().pid()
                    + "); stop it (e.g. a running serve or build) and try again\n"), reader);
        }
        assertEquals(0, runMain(List.of(), List.of("stats", "--store", store.toString())).exitCode(),
                "closing the store lets other processes in");
    }

    @Test
    void aStoreAnnouncedByItsHolderIsRefusedAtOnceNamingIt() throws Exception {
        try (GraphStore server = GraphStore.openForReading(store)) {
            server.announceHolder("newsgraph serve at http://127.0.0.1:9/newsgraph");
            long started = System.nanoTime();
            ChildRun reader = runMain(List.of(), List.of("stats", "--store", store.toString()));
            assertEquals(new ChildRun(1, "", "newsgraph: store " + store + " is held by newsgraph serve at "
                    + "http://127.0.0.1:9/newsgraph (pid " + ProcessHandle.current().pid()
                    + "); use that, or stop it and try again\n"), reader);
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(55), "refused without waiting");
            // A holder that gave no SPARQL endpoint, as servers before query routing did, cannot take the query.
            ChildRun query = runMain(List.of(), List.of("query", "actors", "--store", store.toString()));
            assertEquals(new ChildRun(1, "", reader.err()), query);
        }
        assertFalse(Files.exists(store.resolve("newsgraph-holder.json")), "the announcement goes with the holder");
    }

    private record ChildRun(int exitCode, String out, String err) {
    }

    private static ChildRun runMain(List<String> jvmOptions, List<String> args) throws Exception {
        return runMain(jvmOptions, Map.of(), args);
    }

    private static ChildRun runMain(List<String> jvmOptions, Map<String, String> environment, List<String> args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(args);
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("newsgraph " + args + " did not finish within 60 s");
        }
        return new ChildRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
