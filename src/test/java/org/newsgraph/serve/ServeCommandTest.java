package org.newsgraph.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newsgraph serve} as people run it: in its own JVM, stopped with Ctrl-C. Command lines it refuses run in
 * this JVM, since they never start a server.
 */
class ServeCommandTest {

    private static final Pattern SPARQL_LINE = Pattern.compile("SPARQL query +(http://\\S+/newsgraph/sparql)");
    private static final Pattern CANNED_LINE = Pattern.compile("(http://\\S+/newsgraph/q/opposition)");

    @TempDir
    Path temp;

    @Test
    void servesUntilInterruptedThenReleasesTheStore() throws Exception {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        Path err = temp.resolve("serve.err");
        Process serve = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--store", store.toString(), "--port", "0", "--max-rows", "1")
                .redirectError(err.toFile())
                .start();
        try {
            List<String> banner = readUntil(serve, "Press Ctrl-C to stop.");
            String text = String.join("\n", banner);
            assertTrue(banner.get(0).startsWith("Serving " + store + " (2 documents, read-only) at http://127.0.0.1:"),
                    text);
            Matcher sparql = SPARQL_LINE.matcher(text);
            Matcher canned = CANNED_LINE.matcher(text);
            assertTrue(sparql.find() && canned.find(), text);

            assertTrue(text.contains("answers stop at 1 row (header X-Newsgraph-Truncated)"), text);
            HttpResponse<String> answer = Http.get(canned.group(1));
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(1, Http.rows(answer.body()).size(), "the fixture has two, the server gives one");
            assertEquals(java.util.Optional.of("true"), answer.headers().firstValue(RowCap.TRUNCATED_HEADER));
            assertEquals(200, Http.get(sparql.group(1) + "?query=ASK%7B%7D").statusCode());

            interrupt(serve);
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop after the interrupt");
            String messages = Files.readString(err);
            assertTrue(messages.contains("newsgraph: server stopped; store " + store + " closed"), messages);
            int cannedQueries = QueryRunner.standard().availableNames().size();
            assertTrue(messages.startsWith("Warmed up with " + cannedQueries + " canned queries in "), messages);
        } finally {
            serve.destroyForcibly();
        }
        try (GraphStore reopened = GraphStore.open(store, GraphStore.Access.UPDATE)) {
            assertEquals(2, reopened.documentIds().size());
        }
    }

    @Test
    void noWarmUpSaysReadyWithoutRunningTheCannedQueries() throws Exception {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        Path err = temp.resolve("serve.err");
        Process serve = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--store", store.toString(), "--port", "0", "--no-warm-up")
                .redirectError(err.toFile())
                .start();
        try {
            readUntil(serve, "Press Ctrl-C to stop.");
            interrupt(serve);
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop after the interrupt");
            assertEquals("newsgraph: server stopped; store " + store + " closed\n", Files.readString(err));
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void aTakenPortIsNamedWithAWayOut() throws IOException {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliResult run = CliResult.run("serve", "--store", store.toString(), "--port",
                    String.valueOf(taken.getLocalPort()));
            assertEquals(new CliResult(1, "", "newsgraph: port " + taken.getLocalPort() + " on 127.0.0.1 is already "
                    + "in use; choose another with --port\n"), run);
        }
        try (GraphStore reopened = GraphStore.open(store, GraphStore.Access.UPDATE)) {
            assertEquals(2, reopened.documentIds().size(), "the failed start closed the store");
        }
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        String missing = temp.resolve("never-created").toString();
        assertEquals("newsgraph: --port needs a whole number from 0 to 65535, got 'http'; see 'newsgraph serve "
                + "--help'\n", CliResult.run("serve", "--port", "http", "--store", missing).err());
        assertEquals(2, CliResult.run("serve", "--port", "70000", "--store", missing).exitCode());
        assertEquals(2, CliResult.run("serve", "--timeout", "0", "--store", missing).exitCode());
        assertEquals("newsgraph: --max-rows needs a whole number from 0 to 2147483646, got '-1'; see 'newsgraph "
                + "serve --help'\n", CliResult.run("serve", "--max-rows", "-1", "--store", missing).err());
        assertEquals(2, CliResult.run("serve", "--max-rows", "many", "--store", missing).exitCode());
        assertEquals(2, CliResult.run("serve", "extra", "--store", missing).exitCode());
        CliResult noStore = CliResult.run("serve", "--store", missing);
        assertEquals(new CliResult(1, "", "newsgraph: no store at " + missing + "; run 'newsgraph build' first\n"),
                noStore);
        assertTrue(!Files.exists(Path.of(missing)));
        CliResult unknownHost = CliResult.run("serve", "--host", "no-such-host.invalid", "--store",
                ServeFixtures.storeWithTwoDocuments(temp.resolve("db")).toString());
        assertEquals(new CliResult(1, "", "newsgraph: unknown host 'no-such-host.invalid'\n"), unknownHost);
    }

    @Test
    void buildingWhileServingNeedsAnInputThatExists() {
        String missing = temp.resolve("never-created").toString();
        assertEquals("newsgraph: --build needs at least one INPUT (an article file or a folder of them); see "
                + "'newsgraph serve --help'\n", CliResult.run("serve", "--build", "--store", missing).err());
        assertEquals("newsgraph: --threads only applies with --build; see 'newsgraph serve --help'\n",
                CliResult.run("serve", "--threads", "2", "--store", missing).err());
        assertEquals(2, CliResult.run("serve", "--build", "articles", "--threads", "none", "--store", missing)
                .exitCode());
        String absent = temp.resolve("no-articles-here").toString();
        assertEquals(new CliResult(1, "", "newsgraph: " + absent + ": no such file or directory\n"
                + "newsgraph: no input found; nothing was built\n"),
                CliResult.run("serve", "--build", absent, "--store", missing, "--port", "0"));
        assertTrue(!Files.exists(Path.of(missing)), "neither a store nor a server for nothing to build");
    }

    /**
     * Ctrl-C is SIGINT. A JVM started where SIGINT is ignored (as in a background job of a script) cannot see it,
     * and then SIGTERM, which runs the same shutdown, stands in for it.
     */
    private static void interrupt(Process process) throws IOException, InterruptedException {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        boolean sigintIgnored = Files.isReadable(status) && Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("SigIgn:"))
                .map(line -> Long.parseLong(line.substring(7).strip(), 16))
                .anyMatch(mask -> (mask & 0b10) != 0);
        Path kill = Path.of("/bin/kill");
        if (!sigintIgnored && Files.isExecutable(kill)) {
            Process signal = new ProcessBuilder(kill.toString(), "-INT", String.valueOf(process.pid())).start();
            assertEquals(0, signal.waitFor());
        } else {
            process.destroy();
        }
    }

    /** Standard output line by line until {@code last}, which a live server prints once it accepts requests. */
    private static List<String> readUntil(Process process, String last) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> {
            List<String> read = new ArrayList<>();
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    read.add(line);
                    if (line.equals(last)) {
                        return read;
                    }
                }
            } catch (IOException e) {
                read.add("(reading failed: " + e + ")");
            }
            return read;
        });
        List<String> read = lines.get(60, TimeUnit.SECONDS);
        assertTrue(!read.isEmpty() && read.get(read.size() - 1).equals(last), "serve printed: " + read);
        return read;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
