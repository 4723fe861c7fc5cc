package org.newsgraph.serve;

import java.time.Duration;

/**
 * What one client may ask of the server, so that no client can take memory, threads or connections from the others.
 * <ul>
 *   <li>{@code maxBodyBytes}: the body of a query, update or form; a larger one is refused with 413 from its
 *       {@code Content-Length} alone, before any of it is read, and a chunked one as soon as it passes the limit.
 *   <li>{@code maxUploadBytes}: the body of a Graph Store write (only with updates allowed), where whole documents
 *       are sent.
 *   <li>{@code maxHeaderBytes}: the request line and headers together; a longer URI is refused with 414, longer
 *       headers with 431.
 *   <li>{@code maxConnections}: open connections; past it the server stops accepting until one closes, and idle
 *       connections are dropped sooner.
 *   <li>{@code maxThreads}: requests worked on at once; the rest wait in line.
 *   <li>{@code idleTimeout}: a connection on which nothing arrives for this long is closed.
 *   <li>{@code requestReadTimeout}: a request (line, headers and body) must have arrived whole this long after its
 *       first byte; a client trickling bytes to hold a connection (slowloris) is cut off.
 * </ul>
 */
public record ServerLimits(long maxBodyBytes, long maxUploadBytes, int maxHeaderBytes, int maxConnections,
                           int maxThreads, Duration idleTimeout, Duration requestReadTimeout) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L << 20;
    public static final int DEFAULT_MAX_HEADER_BYTES = 16 << 10;
    public static final int DEFAULT_MAX_CONNECTIONS = 256;
    public static final int DEFAULT_MAX_THREADS = 48;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_REQUEST_READ_TIMEOUT = Duration.ofSeconds(10);

    /** Jetty needs threads of its own to accept and select beside those that answer requests. */
    static final int MIN_THREADS = 8;

    public ServerLimits {
        positive("the body limit", maxBodyBytes);
        positive("the upload limit", maxUploadBytes);
        if (maxHeaderBytes < 1024) {
            throw new IllegalArgumentException("the header limit must be at least 1024 bytes, got " + maxHeaderBytes);
        }
        positive("the connection limit", maxConnections);
        if (maxThreads < MIN_THREADS) {
            throw new IllegalArgumentException("at least " + MIN_THREADS + " threads are needed, got " + maxThreads);
        }
        positive("the idle timeout", idleTimeout.toMillis());
        positive("the request read timeout", requestReadTimeout.toMillis());
    }

    public static ServerLimits defaults() {
        return new ServerLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_MAX_HEADER_BYTES,
                DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_THREADS, DEFAULT_IDLE_TIMEOUT, DEFAULT_REQUEST_READ_TIMEOUT);
    }

    public ServerLimits withMaxBodyBytes(long bytes) {
        return new ServerLimits(bytes, maxUploadBytes, maxHeaderBytes, maxConnections, maxThreads, idleTimeout,
                requestReadTimeout);
    }

    public ServerLimits withMaxUploadBytes(long bytes) {
        return new ServerLimits(maxBodyBytes, bytes, maxHeaderBytes, maxConnections, maxThreads, idleTimeout,
                requestReadTimeout);
    }

    public ServerLimits withMaxHeaderBytes(int bytes) {
        return new ServerLimits(maxBodyBytes, maxUploadBytes, bytes, maxConnections, maxThreads, idleTimeout,
                requestReadTimeout);
    }

    public ServerLimits withMaxConnections(int connections) {
        return new ServerLimits(maxBodyBytes, maxUploadBytes, maxHeaderBytes, connections, maxThreads, idleTimeout,
                requestReadTimeout);
    }

    public ServerLimits withMaxThreads(int threads) {
        return new ServerLimits(maxBodyBytes, maxUploadBytes, maxHeaderBytes, maxConnections, threads, idleTimeout,
                requestReadTimeout);
    }

    public ServerLimits withIdleTimeout(Duration timeout) {
        return new ServerLimits(maxBodyBytes, maxUploadBytes, maxHeaderBytes, maxConnections, maxThreads, timeout,
                requestReadTimeout);
    }

    public ServerLimits withRequestReadTimeout(Duration timeout) {
        return new ServerLimits(maxBodyBytes, maxUploadBytes, maxHeaderBytes, maxConnections, maxThreads,
                idleTimeout, timeout);
    }

    private static void positive(String what, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
