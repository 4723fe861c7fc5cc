package org.newsgraph.robust;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.serve.CliResult;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreFixtures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real {@code newsgraph serve} in a child JVM holds its store; builds and readers elsewhere are refused at once with
 * the server's process id and address instead of waiting for a store that will not come free.
 */
class ServedStoreTest {

    private static final Pattern SERVING = Pattern.compile("^Serving .* at (http://\\S+/newsgraph)$");

    @TempDir
    Path temp;

    @Test
    void aServedStoreIsRefusedAtOnceNamingTheServer() throws Exception {
        Path store = StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.VETO, StoreFixtures.BUSES);
        Path articles = InventedArticles.write(temp.resolve("articles"), 1);
        Process serve = startServing(store);
        try {
            String url = awaitServing(serve);
            String held = "store " + store + " is held by newsgraph serve at " + url + " (pid " + serve.pid() + "); ";
            String refusal = held + "use that, or stop it and try again";

            ChildJvm.Result build = ChildJvm.run(temp, List.of("build", articles.toString(), "--store",
                    store.toString(), "--no-cache"), 60);
            assertEquals(new ChildJvm.Result(1, "", "newsgraph: " + held + "to change the store while serving it, "
                    + "stop that and run 'newsgraph serve --build INPUT...' instead\n"), build);

            StoreException reader = assertThrows(StoreException.class, () -> GraphStore.openForReading(store));
            assertEquals(refusal, reader.getMessage());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
        }
        assertFalse(Files.exists(store.resolve("newsgraph-holder.json")), "the server withdrew its announcement");
        try (GraphStore reopened = GraphStore.openForReading(store)) {
            assertEquals(2, reopened.documentIds().size(), "the refused build wrote nothing");
        }
    }

    /**
     * {@code query} sends its query to the server named in the announcement and prints what the store would have
     * printed; other commands are still refused.
     */
    @Test
    void aQueryOnAServedStoreIsAnsweredByTheServer() throws Exception {
        Path store = StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.VETO, StoreFixtures.BUSES);
        List<String> formats = List.of("table", "csv", "tsv", "json");
        Map<String, CliResult> fromStore = new LinkedHashMap<>();
        for (String format : formats) {
            fromStore.put(format, CliResult.run("query", "actors", "--store", store.toString(), "--format", format));
        }
        assertTrue(fromStore.get("table").out().contains("Russia"), fromStore.get("table").toString());
        Process serve = startServing(store);
        try {
            String url = awaitServing(serve);
            for (String format : formats) {
                CliResult throughServer = CliResult.run("query", "actors", "--store", store.toString(), "--format",
                        format);
                assertEquals(fromStore.get(format), throughServer, format);
            }
            CliResult stats = CliResult.run("stats", "--store", store.toString());
            assertEquals(new CliResult(1, "", "newsgraph: store " + store + " is held by newsgraph serve at " + url
                    + " (pid " + serve.pid() + "); use that, or stop it and try again\n"), stats);
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
        }
    }

    /**
     * A store opened for writing lends its folder to readers in other processes between batches, but not once it
     * serves its dataset: letting go would pull the folder from under the server's transactions.
     */
    @Test
    void aWriterThatServesItsDatasetKeepsTheFolderWhenAReaderAsks() throws Exception {
        Path store = StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.VETO, StoreFixtures.BUSES);
        long here = ProcessHandle.current().pid();
        try (GraphStore serving = GraphStore.open(store, GraphStore.Access.UPDATE)) {
            Dataset dataset = serving.dataset();
            dataset.begin(ReadWrite.READ);
            try {
                ChildJvm.Result reader = ChildJvm.run(temp, Map.of(GraphStore.WAIT_VARIABLE, "1"),
                        List.of("stats", "--store", store.toString()), 60);
                assertEquals(new ChildJvm.Result(1, "", "newsgraph: store " + store + " is in use by process " + here
                        + " (a build or remove writing to it); waiting up to 1 s for it\n"
                        + "newsgraph: store " + store + " is in use by another process (pid " + here
                        + "); stop it (e.g. a running serve or build) and try again\n"), reader);
                assertEquals(2, Iter.count(dataset.asDatasetGraph().listGraphNodes()),
                        "the transaction under way still reads the store");
            } finally {
                dataset.end();
            }
            assertEquals(2, serving.documentIds().size());
        }
        ChildJvm.Result afterwards = ChildJvm.run(temp, List.of("stats", "--store", store.toString()), 60);
        assertEquals(0, afterwards.exitCode(), afterwards.toString());
    }

    /** {@code newsgraph serve} on the store in a JVM of its own, on a free port, its stderr in serve.err. */
    private Process startServing(Path store) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--store",
                store.toString(), "--port", "0")
                .redirectError(temp.resolve("serve.err").toFile())
                .start();
    }

    private static String awaitServing(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher serving = SERVING.matcher(line);
            if (serving.matches()) {
                // The rest of the banner is not read: it is a few lines, far below what the pipe holds.
                return serving.group(1);
            }
        }
        throw new AssertionError("serve ended before it served: " + seen);
    }
}
