package org.newsgraph.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How to serve the store: where to listen, whether SPARQL Update and Graph Store writes are allowed, how long
 * one query may run before it is cancelled (updates get the same limit), and how many rows one answer may have
 * ({@code maxRows}, 0 for no limit; see {@link RowCap}).
 */
public record ServeSettings(String host, int port, boolean update, Duration queryTimeout, int maxRows) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_ROWS = 10_000;

    public ServeSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the host cannot be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 (any free port) and 65535, got " + port);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, got " + queryTimeout);
        }
        if (maxRows < 0) {
            throw new IllegalArgumentException("the row limit must be 0 (none) or positive, got " + maxRows);
        }
    }

    /** Read-only, on the loopback interface, port 3030, 30 s per query, 10,000 rows per answer. */
    public static ServeSettings defaults() {
        return new ServeSettings(DEFAULT_HOST, DEFAULT_PORT, false, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS);
    }

    public ServeSettings withPort(int newPort) {
        return new ServeSettings(host, newPort, update, queryTimeout, maxRows);
    }

    public ServeSettings withHost(String newHost) {
        return new ServeSettings(newHost, port, update, queryTimeout, maxRows);
    }

    public ServeSettings withUpdate(boolean allowUpdate) {
        return new ServeSettings(host, port, allowUpdate, queryTimeout, maxRows);
    }

    public ServeSettings withQueryTimeout(Duration timeout) {
        return new ServeSettings(host, port, update, timeout, maxRows);
    }

    public ServeSettings withMaxRows(int rows) {
        return new ServeSettings(host, port, update, queryTimeout, rows);
    }
}
