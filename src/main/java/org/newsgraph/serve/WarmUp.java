package org.newsgraph.serve;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;

/**
 * Requests every canned query once over the server's own HTTP interface before the server says it is ready.
 * <p>
 * A fresh JVM runs the query engine, TDB2's indexes and the result writers as interpreted code until the JIT
 * compilers have seen them work: on a 2,225-article store the first {@code actors} answer takes 1.7 s, the next ones
 * 0.4 s. Going through HTTP, not the engine alone, warms the whole path a client's request takes (Jetty, the
 * servlets, the JSON writer), and the compiled code serves any other query as well, since every query runs through
 * the same operators. Answers are read and dropped; nothing is cached.
 */
public final class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    /** What the warm-up did: how many requests it sent, how many failed, how long it took. */
    public record Result(int requested, int failed, Duration elapsed, boolean stoppedEarly) {
    }

    private WarmUp() {
    }

    /**
     * Sends one GET to each URL in turn, each given {@code requestTimeout}, and stops sending once {@code budget} is
     * spent: on a very large store a slow query must not keep the server from saying it is ready.
     */
    public static Result run(Collection<String> urls, Duration requestTimeout, Duration budget) {
        long start = System.nanoTime();
        int requested = 0;
        int failed = 0;
        boolean stoppedEarly = false;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String url : urls) {
            if (Duration.ofNanos(System.nanoTime() - start).compareTo(budget) >= 0) {
                stoppedEarly = true;
                break;
            }
            requested++;
            if (!fetch(client, url, requestTimeout)) {
                failed++;
            }
        }
        return new Result(requested, failed, Duration.ofNanos(System.nanoTime() - start), stoppedEarly);
    }

    private static boolean fetch(HttpClient client, String url, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                // Read to the end: the result writer's work is part of what a client waits for.
                body.transferTo(OutputStream.nullOutputStream());
            }
            if (response.statusCode() != 200) {
                log.debug("warm-up: {} answered {}", url, response.statusCode());
                return false;
            }
            return true;
        } catch (IOException e) {
            log.debug("warm-up: {} failed: {}", url, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
