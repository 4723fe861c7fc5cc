package org.newsgraph.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.query.QueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load test of a running server: {@code clients} threads, each sending one request, reading the whole
 * answer and sending the next, for {@code duration}. The requests cycle through every canned query the server lists
 * ({@code GET /newsgraph/q/NAME}) and, for each canned query whose text is in the local queries folders, the same
 * text sent to the SPARQL endpoint ({@code POST /newsgraph/sparql}), so both ways in are measured on the same work.
 * <p>
 * An answer other than 2xx, or a request that fails outright (refused, reset, timed out), is an error. Latency is
 * from sending the request to having read the last byte of the answer.
 */
public final class LoadTest {

    private static final Logger LOG = LoggerFactory.getLogger(LoadTest.class);
    private static final int ERRORS_KEPT = 5;

    /** One kind of request: a label for the report and the request itself, immutable and reusable. */
    public record Target(String label, HttpRequest request) {
    }

    private final List<Target> targets;
    private final int clients;
    private final Duration duration;
    private final Duration requestTimeout;
    private final HttpClient http;

    public LoadTest(List<Target> targets, int clients, Duration duration, Duration requestTimeout) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("nothing to request: the server lists no canned queries");
        }
        if (clients < 1) {
            throw new IllegalArgumentException("at least one client is needed, got " + clients);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the duration must be positive, got " + duration);
        }
        this.targets = List.copyOf(targets);
        this.clients = clients;
        this.duration = duration;
        this.requestTimeout = requestTimeout;
        // HTTP/1.1 as browsers and scripts use it against Fuseki; one keep-alive connection per client thread.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * The canned queries of the server at {@code baseUrl} (as {@code http://host:port}) and, for those whose file
     * {@code localQueries} finds, the same query sent to the SPARQL endpoint.
     *
     * @throws ServeException when the server cannot be reached or does not list canned queries
     */
    public static List<Target> targets(String baseUrl, QueryRunner localQueries, Duration requestTimeout) {
        String base = baseUrl.replaceAll("/+$", "");
        String listUrl = base + NewsGraphServer.CANNED_QUERY_PATH + "/";
        JsonNode listing;
        try {
            HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(listUrl))
                    .timeout(requestTimeout).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (list.statusCode() != 200) {
                throw new ServeException("no newsgraph server at " + base + ": " + listUrl + " answered "
                        + list.statusCode(), false, null);
            }
            listing = new ObjectMapper().readTree(list.body()).path("queries");
        } catch (IOException e) {
            throw new ServeException("cannot reach " + listUrl + ": " + describe(e), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServeException("interrupted while listing " + listUrl, false, e);
        }
        List<Target> canned = new ArrayList<>();
        List<Target> sparql = new ArrayList<>();
        for (JsonNode query : listing) {
            String name = query.path("name").asText();
            canned.add(new Target("q/" + name, HttpRequest.newBuilder(URI.create(query.path("url").asText()))
                    .timeout(requestTimeout).header("Accept", CannedQueryServlet.SPARQL_JSON).GET().build()));
            localText(localQueries, name).ifPresent(text -> sparql.add(new Target("sparql " + name,
                    HttpRequest.newBuilder(URI.create(base + NewsGraphServer.DATASET_PATH + "/sparql"))
                            .timeout(requestTimeout)
                            .header("Content-Type", "application/sparql-query")
                            .header("Accept", CannedQueryServlet.SPARQL_JSON)
                            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build())));
        }
        List<Target> all = new ArrayList<>(canned);
        all.addAll(sparql);
        return all;
    }

    private static Optional<String> localText(QueryRunner queries, String name) {
        for (Path folder : queries.queryFolders()) {
            Path file = folder.resolve(name + QueryRunner.EXTENSION);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    LOG.warn("cannot read {}: {}; query {} is only asked through its canned URL", file, e, name);
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private Runnable beforeMeasuring = () -> { };

    /** Work to start after the first, unmeasured pass, just before the measured clients (for instance attackers). */
    public void beforeMeasuring(Runnable start) {
        beforeMeasuring = start;
    }

    /** Sends every target once, then runs the clients for the duration; blocks until all have stopped. */
    public Report run() {
        Recorder[] recorders = new Recorder[targets.size()];
        Arrays.setAll(recorders, i -> new Recorder());
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        // A first pass, unmeasured, so class loading and cold caches do not count; its failures still do.
        Recorder warmUp = new Recorder();
        for (Target target : targets) {
            send(target, warmUp, firstErrors);
        }
        beforeMeasuring.run();
        ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-load-client");
            thread.setDaemon(true);
            return thread;
        });
        CountDownLatch start = new CountDownLatch(1);
        AtomicLong deadline = new AtomicLong();
        for (int client = 0; client < clients; client++) {
            int first = client % targets.size();
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                // Each client starts at a different target, so every target is busy from the first second.
                for (int next = first; System.nanoTime() < deadline.get(); next = (next + 1) % targets.size()) {
                    send(targets.get(next), recorders[next], firstErrors);
                }
            });
        }
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        deadline.set(started + duration.toNanos());
        start.countDown();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(duration.plus(requestTimeout).plusSeconds(30).toMillis(),
                    TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        long cpuAfter = processCpuNanos();
        Optional<Duration> cpu = cpuBefore < 0 || cpuAfter < 0 ? Optional.empty()
                : Optional.of(Duration.ofNanos(cpuAfter - cpuBefore));
        List<TargetStats> stats = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            stats.add(recorders[i].stats(targets.get(i).label()));
        }
        return new Report(clients, elapsed, stats, warmUp.errors.get(), List.copyOf(firstErrors), cpu);
    }

    /** CPU time of this whole JVM so far, or -1 where the platform does not tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private void send(Target target, Recorder recorder, ConcurrentLinkedQueue<String> firstErrors) {
        long begin = System.nanoTime();
        String problem;
        try {
            HttpResponse<byte[]> response = http.send(target.request(), HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - begin;
            int status = response.statusCode();
            if (status / 100 == 2) {
                recorder.success(took);
                return;
            }
            String body = new String(response.body(), StandardCharsets.UTF_8).strip();
            int end = body.indexOf('\n');
            problem = status + (body.isEmpty() ? "" : " " + (end < 0 ? body : body.substring(0, end)));
            recorder.failure(took);
        } catch (IOException e) {
            recorder.failure(System.nanoTime() - begin);
            problem = describe(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recorder.failure(System.nanoTime() - begin);
            problem = "interrupted";
        }
        if (firstErrors.size() < ERRORS_KEPT) {
            firstErrors.add(target.label() + ": " + problem);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getClass().getSimpleName() + ": " + e.getMessage()
                : e.getClass().getSimpleName();
    }

    /** Latencies of one target from every client; a client adds one at a time, so a lock costs nothing much. */
    private static final class Recorder {
        private long[] latencies = new long[1024];
        private int count;
        private final AtomicLong errors = new AtomicLong();

        synchronized void success(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        void failure(long nanos) {
            errors.incrementAndGet();
            success(nanos);
        }

        synchronized TargetStats stats(String label) {
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            return new TargetStats(label, count, errors.get(), sorted);
        }
    }

    /** One target's requests (answered or failed), errors among them, and every latency in nanoseconds, sorted. */
    public record TargetStats(String label, long requests, long errors, long[] sortedNanos) {

        /** Nearest-rank percentile in milliseconds; 0 without requests. */
        public double percentileMillis(double percent) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1e6;
        }

        public double maxMillis() {
            return sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6;
        }
    }

    /**
     * What a run measured. {@code warmUpErrors} failed in the first, unmeasured pass; {@code firstErrors} describes
     * the first few failures of either kind. {@code processCpu} is the CPU time this JVM used while the clients ran:
     * the clients' own, and the server's when it runs in the same JVM. Unlike requests per second it hardly depends
     * on what else the machine is doing.
     */
    public record Report(int clients, Duration elapsed, List<TargetStats> targets, long warmUpErrors,
                         List<String> firstErrors, Optional<Duration> processCpu) {

        public long requests() {
            return targets.stream().mapToLong(TargetStats::requests).sum();
        }

        /** Failed measured requests; {@link #warmUpErrors} come on top. */
        public long errors() {
            return targets.stream().mapToLong(TargetStats::errors).sum();
        }

        public boolean clean() {
            return errors() == 0 && warmUpErrors == 0;
        }

        public double requestsPerSecond() {
            return requests() / (elapsed.toNanos() / 1e9);
        }

        /** Every request of the run as one target. */
        public TargetStats overall() {
            long[] all = targets.stream().flatMapToLong(target -> Arrays.stream(target.sortedNanos())).sorted()
                    .toArray();
            return new TargetStats("all", requests(), errors(), all);
        }

        public void print(PrintStream out) {
            int width = Math.max(5, targets.stream().mapToInt(target -> target.label().length()).max().orElse(0));
            String header = "%-" + width + "s %9s %7s %8s %8s %8s %8s %8s%n";
            String row = "%-" + width + "s %9d %7d %8.1f %8.1f %8.1f %8.1f %8.1f%n";
            out.printf(Locale.ROOT, header, "target", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms",
                    "max ms");
            double seconds = elapsed.toNanos() / 1e9;
            for (TargetStats target : targets) {
                printRow(out, row, target, seconds);
            }
            printRow(out, row, overall(), seconds);
            if (warmUpErrors > 0) {
                out.println("and " + warmUpErrors + " errors in the first, unmeasured pass over the targets");
            }
            firstErrors.forEach(error -> out.println("error: " + error));
            out.flush();
        }

        private static void printRow(PrintStream out, String format, TargetStats target, double seconds) {
            out.printf(Locale.ROOT, format, target.label(), target.requests(), target.errors(),
                    target.requests() / seconds, target.percentileMillis(50), target.percentileMillis(95),
                    target.percentileMillis(99), target.maxMillis());
        }
    }
}
