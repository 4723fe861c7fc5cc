package org.newsgraph.export;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.CliResult;
import org.newsgraph.serve.ServeFixtures;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pushing a real TDB2 store into a second, real Fuseki server on a free loopback port. */
class GraphStorePushTest {

    @TempDir
    static Path temp;

    static Path store;
    static DatasetGraph stored;

    private final List<FusekiServer> servers = new ArrayList<>();

    @BeforeAll
    static void buildStore() {
        store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        stored = ServeFixtures.quadsOf(store);
    }

    @AfterEach
    void stopServers() {
        servers.forEach(FusekiServer::stop);
    }

    /** An in-memory dataset at /target that accepts writes, and its Graph Store URL. */
    private String target(DatasetGraph dataset, FusekiServer.Builder builder) {
        FusekiServer server = builder.port(0).loopback(true).add("/target", dataset, true).build().start();
        servers.add(server);
        return "http://127.0.0.1:" + server.getHttpPort() + "/target";
    }

    private String target(DatasetGraph dataset) {
        return target(dataset, FusekiServer.create());
    }

    @Test
    void eachDocumentGraphArrivesWithTheSameTriples() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        String url = target(remote);
        CliResult run = CliResult.run("push", url, "--graph-per-document", "--store", store.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Pushed 2 documents (118 triples) to " + url
                + " as 2 named graphs without credentials in "), run.out());
        assertEquals("", run.err());

        Txn.executeRead(remote, () -> {
            assertEquals(graphNames(stored), graphNames(remote));
            for (Node graph : graphNames(stored)) {
                assertTrue(IsoMatcher.isomorphic(stored.getGraph(graph), remote.getGraph(graph)), graph.getURI());
            }
            assertTrue(remote.getDefaultGraph().isEmpty());
        });

        // Pushing again replaces each graph: nothing doubles, not even the blank node.
        assertEquals(0, CliResult.run("push", url, "--graph-per-document", "--store", store.toString()).exitCode());
        Txn.executeRead(remote, () -> assertTrue(IsoMatcher.isomorphic(stored, remote)));
    }

    @Test
    void nQuadsFilesArePushedGraphByGraphWithoutAStore() throws IOException {
        Path parts = temp.resolve("nquads");
        Files.createDirectories(parts);
        // one document per part, as the Spark job writes them
        List<Node> names = new ArrayList<>(graphNames(stored));
        for (int i = 0; i < names.size(); i++) {
            DatasetGraph part = DatasetGraphFactory.create();
            Node name = names.get(i);
            stored.getGraph(name).find().forEachRemaining(t -> part.add(name, t.getSubject(), t.getPredicate(),
                    t.getObject()));
            try (var out = Files.newOutputStream(parts.resolve(String.format("part-%05d.nq", i)))) {
                org.apache.jena.riot.RDFDataMgr.write(out, part, org.apache.jena.riot.Lang.NQUADS);
            }
        }
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        String url = target(remote);

        CliResult run = CliResult.run("push", url, "--graph-per-document", "--from", parts.toString());
        CliResult merged = CliResult.run("push", target(DatasetGraphFactory.createTxnMem()), "--from",
                parts.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Pushed 2 documents (118 triples) to " + url + " as 2 named graphs"),
                run.out());
        Txn.executeRead(remote, () -> assertTrue(IsoMatcher.isomorphic(stored, remote)));
        assertEquals(0, merged.exitCode(), merged.toString());
        assertTrue(merged.out().contains("(118 triples, 114 once merged)"), merged.out());

        Path broken = temp.resolve("broken.nq");
        Files.writeString(broken, "<urn:s> <urn:p> \"o\" <urn:g> .\n<urn:s> <urn:p> \"o\" <urn:g> <urn:extra> .\n");
        CliResult bad = CliResult.run("push", url, "--from", broken.toString());
        assertEquals(1, bad.exitCode(), bad.toString());
        assertTrue(bad.err().startsWith("newsgraph: " + broken + ":2: malformed N-Quads"), bad.toString());
    }

    @Test
    void byDefaultTheUnionLandsInTheDefaultGraph() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        String url = target(remote);
        for (int push = 0; push < 2; push++) {
            CliResult run = CliResult.run("push", url, "--store", store.toString());
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.out().startsWith("Pushed 2 documents (118 triples, 114 once merged) to " + url
                    + " into its default graph"), run.out());
            Txn.executeRead(remote, () -> {
                assertFalse(remote.listGraphNodes().hasNext());
                assertTrue(IsoMatcher.isomorphic(stored.getUnionGraph(), remote.getDefaultGraph()),
                        "the first document replaces the default graph, the others add to it");
            });
        }
    }

    @Test
    void credentialsAreAskedForAndChecked() throws IOException {
        Path passwords = Files.writeString(temp.resolve("passwords"), "editor: s3cret\n");
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        String url = target(remote, FusekiServer.create().passwordFile(passwords.toString()).auth(AuthScheme.BASIC)
                .serverAuthPolicy(Auth.policyAllowSpecific("editor")));
        GraphStorePush push = new GraphStorePush();

        PushException anonymous = assertThrows(PushException.class, () -> pushTo(push, url, PushCredentials.NONE));
        assertEquals(url + " refused document 'convoy': 401 Unauthorized; it wants credentials: set "
                + "NEWSGRAPH_PUSH_USER and NEWSGRAPH_PUSH_PASSWORD (or NEWSGRAPH_PUSH_TOKEN)", anonymous.getMessage());
        assertEquals(0, anonymous.documentsPushed());

        PushException wrong = assertThrows(PushException.class, () ->
                pushTo(push, url, new PushCredentials.Basic("editor", "guess")));
        assertTrue(wrong.getMessage().endsWith("401 Unauthorized; check NEWSGRAPH_PUSH_USER and "
                + "NEWSGRAPH_PUSH_PASSWORD"), wrong.getMessage());

        PushReport report = pushTo(push, url, new PushCredentials.Basic("editor", "s3cret"));
        assertEquals(2, report.documents());
        Txn.executeRead(remote, () -> assertTrue(IsoMatcher.isomorphic(stored, remote)));
    }

    @Test
    void theCommandLineTakesCredentialsFromTheEnvironment() throws Exception {
        Path passwords = Files.writeString(temp.resolve("passwords-env"), "editor: s3cret\n");
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        String url = target(remote, FusekiServer.create().passwordFile(passwords.toString()).auth(AuthScheme.BASIC)
                .serverAuthPolicy(Auth.ANY_USER));
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), org.newsgraph.cli.Main.class.getName(),
                "push", url, "--graph-per-document", "--store", store.toString());
        child.environment().put(PushCredentials.USER_VARIABLE, "editor");
        child.environment().put(PushCredentials.PASSWORD_VARIABLE, "s3cret");
        child.redirectErrorStream(true);
        Process process = child.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("as 2 named graphs as editor in "), output);
        assertFalse(output.contains("s3cret"), "the password is never printed");
        Txn.executeRead(remote, () -> assertTrue(IsoMatcher.isomorphic(stored, remote)));
    }

    @Test
    void aBearerTokenIsSentWithEveryRequest() {
        AtomicInteger refused = new AtomicInteger();
        Filter bearerOnly = (request, response, chain) -> {
            if ("Bearer t0ken".equals(((HttpServletRequest) request).getHeader("Authorization"))) {
                chain.doFilter(request, response);
            } else {
                refused.incrementAndGet();
                ((HttpServletResponse) response).sendError(401);
            }
        };
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        String url = target(remote, FusekiServer.create().addFilter("/*", bearerOnly));
        GraphStorePush push = new GraphStorePush();
        PushException wrong = assertThrows(PushException.class, () ->
                pushTo(push, url, new PushCredentials.Bearer("expired")));
        assertTrue(wrong.getMessage().endsWith("401 Unauthorized; check NEWSGRAPH_PUSH_TOKEN"), wrong.getMessage());
        assertEquals(2, pushTo(push, url, new PushCredentials.Bearer("t0ken")).documents());
        assertEquals(1, refused.get(), "a refusal is not retried");
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        AtomicInteger failuresLeft = new AtomicInteger(2);
        Filter flaky = (request, response, chain) -> {
            if (failuresLeft.getAndDecrement() > 0) {
                ((HttpServletResponse) response).sendError(503);
            } else {
                chain.doFilter(request, response);
            }
        };
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        String url = target(remote, FusekiServer.create().addFilter("/*", flaky));
        List<String> retries = new ArrayList<>();
        GraphStorePush.Listener listener = new GraphStorePush.Listener() {
            @Override
            public void retrying(String documentId, int attempt, Duration wait, String reason) {
                retries.add(documentId + " " + attempt + " " + wait.toMillis() + " " + reason);
            }
        };
        GraphStorePush.Settings settings = new GraphStorePush.Settings(URI.create(url),
                GraphStorePush.Target.NAMED_GRAPHS, PushCredentials.NONE, 3, Duration.ofMillis(20),
                Duration.ofSeconds(5));
        try (GraphStore graphStore = GraphStore.openForReading(store)) {
            PushReport report = new GraphStorePush().push(graphStore, settings, listener);
            assertEquals(2, report.retries());
            assertEquals(2, report.documents());
        }
        assertEquals(List.of("convoy 1 20 503 Service Unavailable", "convoy 2 40 503 Service Unavailable"), retries);
        Txn.executeRead(remote, () -> assertTrue(IsoMatcher.isomorphic(stored, remote)));
    }

    @Test
    void aServerThatIsDownIsNamedAfterTheRetries() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/ds";
        long started = System.nanoTime();
        CliResult run = CliResult.run("push", url, "--retries", "2", "--store", store.toString());
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertEquals(new CliResult(1, "", """
                newsgraph: convoy: connection refused (is the server running?); retry 1 in 0.5 s
                newsgraph: convoy: connection refused (is the server running?); retry 2 in 1.0 s
                newsgraph: cannot reach %s: connection refused (is the server running?); gave up after 3 attempts
                """.formatted(url)), run);
        assertTrue(millis >= 1500, "waited 0.5 s then 1 s, took " + millis + " ms");
    }

    @Test
    void aRefusalStopsAtOnce() {
        FusekiServer readOnly = FusekiServer.create().port(0).loopback(true)
                .add("/ro", DatasetGraphFactory.createTxnMem(), false).build().start();
        servers.add(readOnly);
        String url = "http://127.0.0.1:" + readOnly.getHttpPort() + "/ro";
        CliResult run = CliResult.run("push", url, "--graph-per-document", "--store", store.toString());
        assertEquals(new CliResult(1, "", "newsgraph: " + url + " refused document 'convoy': 405 Method Not "
                + "Allowed: HTTP method not allowed: PUT; the endpoint does not accept writes (a read-only "
                + "dataset, or not a dataset's URL?)\n"), run);

        String missing = "http://127.0.0.1:" + readOnly.getHttpPort() + "/nothing-here";
        CliResult notFound = CliResult.run("push", missing, "--store", store.toString());
        assertTrue(notFound.err().startsWith("newsgraph: " + missing + " refused document 'convoy': 404 Not Found; "
                + "is the URL the dataset's Graph Store endpoint"), notFound.err());
    }

    @Test
    void theCommandLineIsChecked() {
        String db = store.toString();
        assertEquals(2, CliResult.run("push", "--store", db).exitCode());
        assertEquals("newsgraph: 'ftp://example.org/ds' is not an http:// or https:// URL; see 'newsgraph push "
                + "--help'\n", CliResult.run("push", "ftp://example.org/ds", "--store", db).err());
        assertEquals("newsgraph: put credentials in NEWSGRAPH_PUSH_USER and NEWSGRAPH_PUSH_PASSWORD, not in the "
                + "URL; see 'newsgraph push --help'\n",
                CliResult.run("push", "http://editor:s3cret@localhost:3030/ds", "--store", db).err());
        assertEquals(2, CliResult.run("push", "http://localhost:3030/ds", "--retries", "-1", "--store", db)
                .exitCode());
        assertEquals(2, CliResult.run("push", "http://localhost:3030/ds", "--graph-per-document",
                "--default-graph", "--store", db).exitCode());
    }

    @Test
    void credentialsFromTheEnvironmentMustBeComplete() {
        assertEquals(PushCredentials.NONE, PushCredentials.fromEnvironment(Map.of()));
        assertEquals(new PushCredentials.Basic("editor", "s3cret"), PushCredentials.fromEnvironment(Map.of(
                "NEWSGRAPH_PUSH_USER", "editor", "NEWSGRAPH_PUSH_PASSWORD", "s3cret")));
        assertEquals(new PushCredentials.Bearer("t0ken"), PushCredentials.fromEnvironment(Map.of(
                "NEWSGRAPH_PUSH_TOKEN", "t0ken")));
        assertEquals("NEWSGRAPH_PUSH_USER is set but NEWSGRAPH_PUSH_PASSWORD is not",
                assertThrows(IllegalArgumentException.class, () -> PushCredentials.fromEnvironment(Map.of(
                        "NEWSGRAPH_PUSH_USER", "editor"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PushCredentials.fromEnvironment(Map.of(
                "NEWSGRAPH_PUSH_PASSWORD", "s3cret")));
        assertThrows(IllegalArgumentException.class, () -> PushCredentials.fromEnvironment(Map.of(
                "NEWSGRAPH_PUSH_TOKEN", "t0ken", "NEWSGRAPH_PUSH_USER", "editor")));
        assertFalse(new PushCredentials.Basic("editor", "s3cret").toString().contains("s3cret"));
    }

    private static PushReport pushTo(GraphStorePush push, String url, PushCredentials credentials) {
        try (GraphStore graphStore = GraphStore.openForReading(store)) {
            return push.push(graphStore, new GraphStorePush.Settings(URI.create(url),
                    GraphStorePush.Target.NAMED_GRAPHS, credentials), GraphStorePush.Listener.SILENT);
        }
    }

    private static Set<Node> graphNames(DatasetGraph dataset) {
        Set<Node> names = new HashSet<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        return names;
    }
}
