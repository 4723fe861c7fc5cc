package org.newsgraph.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Jena's own standalone Fuseki 5.6.0 (the jena-fuseki-server jar, which the build copies to target/fuseki), started
 * as a separate program with fuseki/newsgraph.ttl, answers text:query over the index newsgraph keeps as
 * {@code newsgraph serve} answers it.
 */
class StandaloneFusekiTest {

    private static final Path SERVER_JAR = Path.of("target", "fuseki", "jena-fuseki-server-5.6.0.jar");

    @TempDir
    Path temp;

    @Test
    void standaloneFusekiAnswersTextQueriesLikeServe() throws Exception {
        assertTrue(Files.isRegularFile(SERVER_JAR), SERVER_JAR + " is copied by the build (generate-test-resources)");
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        List<Map<String, Node>> sentences;
        List<Map<String, Node>> names;
        try (GraphStore reading = GraphStore.openForReading(store)) {
            NewsGraphServer serve = NewsGraphServer.start(reading, QueryRunner.standard(),
                    ServeSettings.defaults().withPort(0));
            try {
                sentences = TextQueryServeTest.ask(serve.urls().sparql(), TextQueryServeTest.SENTENCES);
                names = TextQueryServeTest.ask(serve.urls().sparql(), TextQueryServeTest.NAMES);
            } finally {
                serve.stop();
            }
        }
        assertEquals(1, sentences.size());
        assertEquals(1, names.size());

        Model config = FusekiConfigTest.configFor(store);
        Path configFile = temp.resolve("newsgraph.ttl");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            RDFDataMgr.write(out, config, RDFFormat.TURTLE_PRETTY);
        }
        int port = freePort();
        Path log = temp.resolve("fuseki.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", SERVER_JAR.toAbsolutePath().toString(), "--localhost", "--port",
                Integer.toString(port), "--config", configFile.toString())
                .directory(temp.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("FUSEKI_BASE", temp.resolve("run").toString());
        Process fuseki = builder.start();
        try {
            String dataset = "http://localhost:" + port + "/newsgraph";
            awaitReady(fuseki, "http://localhost:" + port + "/$/ping", log);
            // Compared by sentence: blank nodes are relabelled in every answer.
            assertEquals(column(sentences, "sentence"),
                    column(TextQueryServeTest.ask(dataset + "/sparql", TextQueryServeTest.SENTENCES), "sentence"));
            assertEquals(names, TextQueryServeTest.ask(dataset + "/sparql", TextQueryServeTest.NAMES));
            String said = """
                    PREFIX text: <http://jena.apache.org/text#>
                    PREFIX ng:   <https://w3id.org/newsgraph/ontology#>
                    SELECT ?quote WHERE { ?statement text:query (ng:quote "quays") ; ng:quote ?quote }""";
            List<Map<String, Node>> quotes = TextQueryServeTest.ask(dataset + "/query", said);
            assertEquals(1, quotes.size(), quotes.toString());
            assertFalse(Files.readString(log).contains("Exception"), Files.readString(log));
        } finally {
            fuseki.destroy();
            if (!fuseki.waitFor(20, TimeUnit.SECONDS)) {
                fuseki.destroyForcibly().waitFor();
            }
        }
    }

    private static List<Node> column(List<Map<String, Node>> rows, String variable) {
        return rows.stream().map(row -> row.get(variable)).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitReady(Process fuseki, String ping, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!fuseki.isAlive()) {
                fail("Fuseki ended with " + fuseki.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> answer = Http.get(ping);
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        fail("Fuseki did not answer in 120 s:\n" + Files.readString(log));
    }
}
