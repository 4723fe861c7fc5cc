package org.newsgraph.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's limits against hostile requests, on a real TDB2 store over real HTTP; raw sockets where the point
 * is what the server does before a request has arrived whole.
 */
class RequestLimitsTest {

    private static final long BODY_LIMIT = 4096;

    @TempDir
    static Path temp;

    static GraphStore store;
    static NewsGraphServer server;
    static ServerUrls urls;

    @BeforeAll
    static void serve() {
        store = GraphStore.openForReading(ServeFixtures.storeWithTwoDocuments(temp.resolve("db")));
        ServerLimits limits = ServerLimits.defaults().withMaxBodyBytes(BODY_LIMIT)
                .withRequestReadTimeout(Duration.ofSeconds(2));
        // A time limit far above the regex budget, so a cancelled regex is the budget's doing.
        server = NewsGraphServer.start(store, QueryRunner.standard(), ServeSettings.defaults().withPort(0)
                .withQueryTimeout(Duration.ofSeconds(120)).withLimits(limits));
        urls = server.urls();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void aBodyAnnouncedOverTheLimitIsRefusedBeforeItIsSent() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST /newsgraph/sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: 60000000\r\n\r\n");
            // Not a byte of the 60 MB is sent: the answer has to come from the headers alone.
            String answer = readAnswer(socket);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("limit of " + BODY_LIMIT + " bytes"), answer);
        }
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST /newsgraph/sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = "#".repeat(2000) + "\n";
            for (int i = 0; i < 4; i++) {
                send(socket, Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
            }
            String answer = readAnswer(socket);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        }
    }

    @Test
    void aQueryWithinTheLimitIsAnswered() {
        HttpResponse<String> answer = Http.post(urls.sparql(), "application/sparql-query",
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "Accept", "application/sparql-results+json");
        assertEquals(200, answer.statusCode(), answer.body());
    }

    @Test
    void aLongUriIsRefusedWith414() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /newsgraph/sparql?query=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            String answer = readAnswer(socket);
            assertTrue(answer.startsWith("HTTP/1.1 414"), answer);
        }
    }

    @Test
    void largeHeadersAreRefusedWith431() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /$/ping HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "y".repeat(20_000) + "\r\n\r\n");
            String answer = readAnswer(socket);
            assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
        }
    }

    @Test
    void aClientTricklingItsHeadersIsCutOff() throws IOException, InterruptedException {
        try (Socket socket = connect()) {
            socket.setSoTimeout(300);
            send(socket, "GET /$/ping HTTP/1.1\r\nHost: localhost\r\n");
            long started = System.nanoTime();
            boolean closed = false;
            // One byte every 300 ms keeps the connection from ever being idle; the read deadline is 2 s.
            while (!closed && System.nanoTime() - started < Duration.ofSeconds(15).toNanos()) {
                try {
                    send(socket, "X");
                    closed = socket.getInputStream().read() == -1;
                } catch (SocketTimeoutException e) {
                    // Nothing to read yet: still open.
                } catch (SocketException e) {
                    closed = true;
                }
            }
            assertTrue(closed, "the server kept a connection that trickled its headers for 15 s");
        }
    }

    @Test
    void aClientTricklingItsBodyIsCutOff() throws IOException {
        try (Socket socket = connect()) {
            socket.setSoTimeout(300);
            send(socket, "POST /newsgraph/sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: 1000\r\n\r\n");
            long started = System.nanoTime();
            boolean closed = false;
            while (!closed && System.nanoTime() - started < Duration.ofSeconds(15).toNanos()) {
                try {
                    send(socket, " ");
                    int next = socket.getInputStream().read();
                    // The server may first answer the failed request; what matters is that it ends the connection.
                    closed = next == -1 || drainedToEnd(socket.getInputStream());
                } catch (SocketTimeoutException e) {
                    // Still open.
                } catch (SocketException e) {
                    closed = true;
                }
            }
            assertTrue(closed, "the server kept a connection that trickled its body for 15 s");
        }
    }

    @Test
    void aBacktrackingRegexIsCancelledLongBeforeTheTimeLimit() {
        String query = "SELECT ?s { BIND(\"" + "a".repeat(19) + "x".repeat(100) + "\" AS ?s) "
                + "FILTER regex(?s, \"(.*a){20}\") }";
        long started = System.nanoTime();
        HttpResponse<String> answer = Http.post(urls.sparql(), "application/sparql-query", query);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(503, answer.statusCode(), answer.body());
        // The time limit is 120 s; a regex that ran until it would still be running.
        assertTrue(took.compareTo(Duration.ofSeconds(100)) < 0, "answered after " + took);
    }

    @Test
    void aBacktrackingReplaceIsCancelled() {
        String query = "SELECT (REPLACE(?s, \"(.*?,){15}X\", \"x\") AS ?r) { BIND(\"" + "a,".repeat(30)
                + "\" AS ?s) }";
        HttpResponse<String> answer = Http.post(urls.sparql(), "application/sparql-query", query);
        assertEquals(503, answer.statusCode(), answer.body());
    }

    @Test
    void ordinaryRegexAndReplaceStillAnswer() {
        String query = "SELECT ?r { BIND(\"Harbour Council\"@en AS ?s) FILTER regex(?s, \"^harb\", \"i\") "
                + "BIND(REPLACE(?s, \"(\\\\w+) (\\\\w+)\", \"$2 $1\") AS ?r) }";
        HttpResponse<String> answer = Http.get(urls.sparql() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"Council Harbour\""), answer.body());
        assertTrue(answer.body().contains("\"en\""), "REPLACE keeps the language tag: " + answer.body());
    }

    private static Socket connect() throws IOException {
        URI base = URI.create(urls.base());
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Everything the server sends until it closes the connection or goes quiet. */
    private static String readAnswer(Socket socket) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                answer.write(buffer, 0, read);
                if (answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n") && in.available() == 0) {
                    socket.setSoTimeout(500);
                }
            }
        } catch (SocketTimeoutException | SocketException e) {
            // The answer is what arrived.
        }
        return answer.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean drainedToEnd(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        try {
            while (true) {
                if (in.read(buffer) == -1) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        }
    }
}
