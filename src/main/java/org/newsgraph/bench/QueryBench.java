package org.newsgraph.bench;

import org.newsgraph.cli.Main;
import org.newsgraph.query.QueryRunner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times every canned query on a store the two ways people ask it, each query in processes of its own:
 * <ul>
 *   <li>the command line: a fresh JVM with the launcher's options for {@code query} runs the query once just after
 *   opening the store (first) and 5 times more (median); then the whole {@code newsgraph query NAME} command,
 *   JVM start and printing included;</li>
 *   <li>a server: {@code newsgraph serve} is started as users start it, and once it says it is ready each canned
 *   query is requested over HTTP once (first) and 5 times more (median), the answer read to its last byte.</li>
 * </ul>
 */
final class QueryBench {

    /** What the launcher adds for short read-only commands such as {@code query} (see the launcher script). */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

    private static final int REPEAT = 5;
    /**
     * Searches timed on the store's text index: a word, a phrase, a wildcard and a misspelt word, none chosen for
     * any corpus. Each runs in a fresh JVM (first, then {@link #SEARCH_REPEAT} times more), then as the whole
     * {@code newsgraph search} command.
     */
    static final List<String> SEARCHES = List.of("minister", "\"prime minister\"", "elect*", "govenment~");
    private static final int SEARCH_REPEAT = 20;
    private static final Pattern SPARQL_LINE = Pattern.compile("SPARQL query +(http://\\S+)/newsgraph/sparql");
    private static final Pattern WARM_UP_LINE = Pattern.compile("Warmed up with \\d+ canned quer\\S+ in ([0-9.]+) s");
    private static final Duration SERVER_START_LIMIT = Duration.ofMinutes(5);

    /** The server's start: until it said it is ready, and its warm-up within that. */
    private record ServerStart(double readySeconds, double warmUpSeconds) {
    }

    private final String heap;
    private final String classpath;
    private final List<String> jvmOptions;
    private final Path launcher;
    private final PrintStream progress;

    /**
     * {@code launcher} is the {@code newsgraph} script the whole commands run through, as users run them; without
     * one (not executable, say) they run as the launcher would start Java, minus its class data archive.
     */
    QueryBench(String heap, String classpath, List<String> jvmOptions, Path launcher, PrintStream progress) {
        this.heap = heap;
        this.classpath = classpath;
        this.jvmOptions = jvmOptions;
        this.launcher = launcher != null && Files.isExecutable(launcher) ? launcher : null;
        this.progress = progress;
    }

    /** The {@code .rq} files of the installation's queries folder, by name. */
    static List<Path> cannedQueries(Path home) {
        Path folder = home.resolve("queries");
        return new QueryRunner(List.of(folder)).availableNames().stream()
                .map(name -> folder.resolve(name + QueryRunner.EXTENSION)).toList();
    }

    /** {@code description} names the store in the report, {@code documents} is how many it holds. */
    BenchResults.QueryResults run(Path store, String description, long documents, List<Path> files, Path folder) {
        progress.println("Queries, command line: each query in a fresh JVM (once, then " + REPEAT + " times more), "
                + "then the whole command...");
        List<String> launcherOptionsForQuery = new ArrayList<>(QUICK_START);
        launcherOptionsForQuery.addAll(jvmOptions);
        List<QueryLatency> latencies = new ArrayList<>();
        if (launcher != null && !files.isEmpty()) {
            // The launcher's first run of a command saves its class data archive and is slower; users pay that once.
            Benchmark.check(ChildJvm.run(wholeCommand(files.get(0), store, launcherOptionsForQuery),
                    folder.resolve("query-first-launch.log")), "newsgraph query (first launch)");
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            Path result = folder.resolve("query-" + name + ".json");
            ChildJvm.Run inside = ChildJvm.run(ChildJvm.command(heap, launcherOptionsForQuery, classpath,
                    BenchWorker.class.getName(), List.of("queries", "--store", store.toString(), "--repeat",
                            Integer.toString(REPEAT), "--result", result.toString(), file.toString())),
                    folder.resolve("query-" + name + ".log"));
            Benchmark.check(inside, "timing the query " + name);
            QueryLatency latency = Benchmark.read(result, QueryLatency[].class)[0];
            ChildJvm.Run command = ChildJvm.run(wholeCommand(file, store, launcherOptionsForQuery),
                    folder.resolve("query-" + name + "-command.log"));
            Benchmark.check(command, "newsgraph query " + name);
            latency = latency.withCommandSeconds(command.wallSeconds());
            latencies.add(latency);
            progress.printf(Locale.ROOT, "  %-12s %6d rows  first %7.1f ms  median %7.1f ms  command %.2f s%n",
                    name, latency.rows(), latency.firstMillis(), latency.medianMillis(), command.wallSeconds());
        }
        progress.println("Queries, server: newsgraph serve on the store, each canned query over HTTP once it is "
                + "ready (once, then " + REPEAT + " times more)...");
        ServerStart start;
        Path log = folder.resolve("serve.log");
        List<String> command = ChildJvm.command(heap, jvmOptions, classpath, Main.class.getName(),
                List.of("serve", "--store", store.toString(), "--port", "0", "--max-rows", "0"));
        Process server;
        long started = System.nanoTime();
        try {
            server = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start newsgraph serve: " + e.getMessage(), e);
        }
        try {
            String banner = awaitReady(server, log);
            start = new ServerStart((System.nanoTime() - started) / 1e9, warmUpSeconds(banner));
            Matcher base = SPARQL_LINE.matcher(banner);
            if (!base.find()) {
                throw new IllegalStateException("newsgraph serve did not say where it listens; see " + log);
            }
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < latencies.size(); i++) {
                QueryLatency latency = latencies.get(i);
                String url = base.group(1) + "/newsgraph/q/" + latency.name();
                List<Double> millis = new ArrayList<>();
                for (int r = 0; r < 1 + REPEAT; r++) {
                    millis.add(request(client, url));
                }
                latency = latency.withServer(millis.get(0), QueryLatency.median(millis.subList(1, millis.size())));
                latencies.set(i, latency);
                progress.printf(Locale.ROOT, "  %-12s first %7.1f ms  median %7.1f ms%n", latency.name(),
                        latency.serverFirstMillis(), latency.serverMedianMillis());
            }
        } finally {
            server.destroy();
            try {
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                server.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        progress.printf(Locale.ROOT, "  server ready after %.1f s (warm-up %.1f s)%n", start.readySeconds(),
                start.warmUpSeconds());
        List<QueryLatency> searches = searches(store, folder, launcherOptionsForQuery);
        return new BenchResults.QueryResults(description, documents, latencies, start.readySeconds(),
                start.warmUpSeconds(), searches);
    }

    private List<QueryLatency> searches(Path store, Path folder, List<String> launcherOptions) {
        List<QueryLatency> latencies = new ArrayList<>();
        progress.println("Search: each search in a fresh JVM (once, then " + SEARCH_REPEAT + " times more), then the "
                + "whole command...");
        for (int i = 0; i < SEARCHES.size(); i++) {
            String words = SEARCHES.get(i);
            // The whole command first: it also brings the index in step with the store, as a user's first search does.
            ChildJvm.Run command = ChildJvm.run(whole(List.of("search", words, "--store", store.toString()),
                    launcherOptions), folder.resolve("search-" + i + "-command.log"));
            Benchmark.check(command, "newsgraph search " + words);
            Path result = folder.resolve("search-" + i + ".json");
            ChildJvm.Run inside = ChildJvm.run(ChildJvm.command(heap, launcherOptions, classpath,
                    BenchWorker.class.getName(), List.of("search", "--store", store.toString(), "--repeat",
                            Integer.toString(SEARCH_REPEAT), "--result", result.toString(), words)),
                    folder.resolve("search-" + i + ".log"));
            Benchmark.check(inside, "timing the search " + words);
            QueryLatency latency = Benchmark.read(result, QueryLatency[].class)[0]
                    .withCommandSeconds(command.wallSeconds());
            latencies.add(latency);
            progress.printf(Locale.ROOT, "  %-24s %4d hits  first %7.1f ms  median %7.1f ms  command %.2f s%n",
                    words, latency.rows(), latency.firstMillis(), latency.medianMillis(), command.wallSeconds());
        }
        return latencies;
    }

    private List<String> wholeCommand(Path query, Path store, List<String> launcherOptionsForQuery) {
        return whole(List.of("query", query.toString(), "--store", store.toString()), launcherOptionsForQuery);
    }

    private List<String> whole(List<String> arguments, List<String> launcherOptionsForQuery) {
        if (launcher == null) {
            return ChildJvm.command(heap, launcherOptionsForQuery, classpath, Main.class.getName(), arguments);
        }
        List<String> command = new ArrayList<>(List.of("env", "NEWSGRAPH_HEAP=" + heap, launcher.toString()));
        command.addAll(arguments);
        return command;
    }

    /** The server's output up to the line that says it is ready. */
    private static String awaitReady(Process server, Path log) {
        long deadline = System.nanoTime() + SERVER_START_LIMIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                if (text.contains("Press Ctrl-C to stop.")) {
                    return text;
                }
                if (!server.isAlive()) {
                    throw new IllegalStateException("newsgraph serve stopped with exit code " + server.exitValue()
                            + "; see " + log);
                }
                Thread.sleep(20);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while newsgraph serve was starting", e);
        }
        throw new IllegalStateException("newsgraph serve was not ready after " + SERVER_START_LIMIT.toMinutes()
                + " minutes; see " + log);
    }

    private static double warmUpSeconds(String banner) {
        Matcher warmUp = WARM_UP_LINE.matcher(banner);
        return warmUp.find() ? Double.parseDouble(warmUp.group(1)) : 0;
    }

    /** Milliseconds from sending the request to the last byte of a 200 answer. */
    private static double request(HttpClient client, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ask " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + url, e);
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
