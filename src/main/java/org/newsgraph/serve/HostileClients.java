package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Clients that try to take a server down, for {@code bench-serve}: each repeats one attack until the time is up.
 * They speak HTTP over plain sockets, since a well-behaved HTTP client cannot be made to trickle headers or to keep
 * sending a body the server has refused. Only loopback servers are attacked.
 * <ul>
 *   <li>{@link Attack#HUGE_BODY}: a 60 MB query body, sent as long as the server reads it;
 *   <li>{@link Attack#SLOWLORIS}: request headers at one byte a second, never finished;
 *   <li>{@link Attack#DEEP_NESTING}: a query of 20,000 nested groups;
 *   <li>{@link Attack#CARTESIAN}: a count over the product of three patterns that match every triple;
 *   <li>{@link Attack#CARTESIAN_GROUPS}: the same product grouped by its variables, so every group is held;
 *   <li>{@link Attack#REGEX_BOMB}: a backtracking regular expression over every value in the store.
 * </ul>
 * Outcomes are counted per attack: the HTTP status answered, or how the connection ended.
 */
public final class HostileClients {

    public enum Attack {
        HUGE_BODY, SLOWLORIS, DEEP_NESTING, CARTESIAN, CARTESIAN_GROUPS, REGEX_BOMB;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static final long HUGE_BODY_BYTES = 60_000_000L;
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(90);

    private final String host;
    private final int port;
    private final List<Attack> attacks;
    private final Duration duration;
    private final String authorization;
    private final Map<Attack, Map<String, Long>> outcomes = new TreeMap<>();

    /**
     * @param baseUrl       the server, as {@code http://127.0.0.1:PORT}; only loopback addresses are accepted
     * @param clients       how many attacking clients; each takes the next attack in {@link Attack}'s order
     * @param authorization an {@code Authorization} header value to send, or null
     */
    public HostileClients(String baseUrl, int clients, Duration duration, String authorization) {
        URI uri = URI.create(baseUrl);
        try {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("hostile clients only attack a server on this machine's loopback "
                        + "interface, not " + uri.getHost());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("unknown host " + uri.getHost(), e);
        }
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.duration = duration;
        this.authorization = authorization;
        List<Attack> chosen = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            chosen.add(Attack.values()[i % Attack.values().length]);
        }
        this.attacks = List.copyOf(chosen);
    }

    public List<Attack> attacks() {
        return attacks;
    }

    /** Starts the attackers on their own threads; {@link #awaitReport()} waits for them. */
    public Running start() {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, attacks.size()), runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-hostile-client");
            thread.setDaemon(true);
            return thread;
        });
        long deadline = System.nanoTime() + duration.toNanos();
        for (Attack attack : attacks) {
            pool.execute(() -> {
                while (System.nanoTime() < deadline) {
                    count(attack, attackOnce(attack, deadline));
                }
            });
        }
        pool.shutdown();
        return new Running(pool);
    }

    /** The attackers under way. */
    public final class Running {
        private final ExecutorService pool;

        private Running(ExecutorService pool) {
            this.pool = pool;
        }

        /** Waits until every attacker has stopped (its last request may outlast the duration) and counts. */
        public Map<String, Map<String, Long>> awaitReport() {
            try {
                if (!pool.awaitTermination(duration.plus(SOCKET_TIMEOUT).plusSeconds(10).toMillis(),
                        TimeUnit.MILLISECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
            Map<String, Map<String, Long>> report = new TreeMap<>();
            synchronized (outcomes) {
                outcomes.forEach((attack, counts) -> report.put(attack.label(), new TreeMap<>(counts)));
            }
            return Collections.unmodifiableMap(report);
        }
    }

    private void count(Attack attack, String outcome) {
        synchronized (outcomes) {
            outcomes.computeIfAbsent(attack, key -> new TreeMap<>()).merge(outcome, 1L, Long::sum);
        }
    }

    private String attackOnce(Attack attack, long deadline) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout((int) SOCKET_TIMEOUT.toMillis());
            return switch (attack) {
                case HUGE_BODY -> hugeBody(socket);
                case SLOWLORIS -> slowloris(socket, deadline);
                case DEEP_NESTING -> query(socket, "SELECT * WHERE " + "{ ".repeat(20_000) + "?s ?p ?o "
                        + "} ".repeat(20_000));
                case CARTESIAN -> query(socket, "SELECT (COUNT(*) AS ?n) { GRAPH ?g1 { ?a ?b ?c } "
                        + "GRAPH ?g2 { ?d ?e ?f } GRAPH ?g3 { ?h ?i ?j } }");
                case CARTESIAN_GROUPS -> query(socket, "SELECT ?a ?d ?h (COUNT(*) AS ?n) { GRAPH ?g1 { ?a ?b ?c } "
                        + "GRAPH ?g2 { ?d ?e ?f } GRAPH ?g3 { ?h ?i ?j } } GROUP BY ?a ?d ?h ?c ?f ?j");
                // Padded so that every value backtracks, whatever the store holds.
                case REGEX_BOMB -> query(socket, "SELECT ?o { GRAPH ?g { ?s ?p ?o } FILTER regex(concat(str(?o), \""
                        + "a".repeat(19) + "x".repeat(100) + "\"), \"^(.*a){20}Q$\") }");
            };
        } catch (SocketTimeoutException e) {
            return "no answer in " + SOCKET_TIMEOUT.toSeconds() + " s";
        } catch (SocketException e) {
            return "connection closed by the server";
        } catch (IOException e) {
            return "failed: " + e.getClass().getSimpleName();
        }
    }

    private String headers(String method, String path, String contentType, long length) {
        return method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
                + (authorization != null ? "Authorization: " + authorization + "\r\n" : "")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n";
    }

    private String hugeBody(Socket socket) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(headers("POST", NewsGraphServer.DATASET_PATH + "/sparql", "application/sparql-query",
                HUGE_BODY_BYTES).getBytes(StandardCharsets.ISO_8859_1));
        byte[] block = "# filler of a huge query\n".repeat(2700).getBytes(StandardCharsets.US_ASCII);
        long sent = 0;
        try {
            while (sent < HUGE_BODY_BYTES) {
                int size = (int) Math.min(block.length, HUGE_BODY_BYTES - sent);
                out.write(block, 0, size);
                sent += size;
                if (socket.getInputStream().available() > 0) {
                    break;
                }
            }
            out.flush();
        } catch (SocketException e) {
            // The server stopped reading and closed: the answer may still be there to read.
        }
        return status(socket.getInputStream());
    }

    private String slowloris(Socket socket, long deadline) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("GET /$/ping HTTP/1.1\r\nHost: " + host + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        socket.setSoTimeout(1000);
        InputStream in = socket.getInputStream();
        long started = System.nanoTime();
        while (System.nanoTime() < deadline) {
            try {
                out.write('X');
                out.flush();
                if (in.read() == -1) {
                    return "cut off after " + Math.round((System.nanoTime() - started) / 1e9) + " s";
                }
                return "answered";
            } catch (SocketTimeoutException e) {
                // Still open: another byte.
            } catch (SocketException e) {
                return "cut off after " + Math.round((System.nanoTime() - started) / 1e9) + " s";
            }
        }
        return "still open when the test ended";
    }

    private String query(Socket socket, String query) throws IOException {
        byte[] body = ("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(headers("POST", NewsGraphServer.DATASET_PATH + "/sparql", "application/x-www-form-urlencoded",
                body.length).getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        return status(socket.getInputStream());
    }

    /** The status of the answer, its body read and dropped, e.g. "413". */
    private static String status(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != -1 && next != '\n'; next = in.read()) {
            line.append((char) next);
        }
        byte[] drain = new byte[8192];
        try {
            while (in.read(drain) != -1) {
                // The body is not what is measured.
            }
        } catch (SocketException e) {
            // Closed after the answer.
        }
        String[] parts = line.toString().split(" ");
        return parts.length >= 2 && parts[0].startsWith("HTTP/") ? parts[1] : "connection closed by the server";
    }
}
