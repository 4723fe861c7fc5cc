package org.newsgraph.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to serve the store: where to listen, whether SPARQL Update and Graph Store writes are allowed, how long
 * one query may run before it is cancelled (updates get the same limit), how many rows one answer may have
 * ({@code maxRows}, 0 for no limit; see {@link RowCap}), what one client may ask ({@link ServerLimits}), the
 * password file whose users alone may use the server (HTTP Basic; none: open to whoever reaches it), and whether
 * SPARQL {@code LOAD <url>} may fetch data into the store.
 */
public record ServeSettings(String host, int port, boolean update, Duration queryTimeout, int maxRows,
                            ServerLimits limits, Optional<Path> passwordFile, boolean allowLoad) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_ROWS = 10_000;

    public ServeSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(passwordFile, "passwordFile");
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

    public ServeSettings(String host, int port, boolean update, Duration queryTimeout, int maxRows) {
        this(host, port, update, queryTimeout, maxRows, ServerLimits.defaults(), Optional.empty(), false);
    }

    /** Read-only, on the loopback interface, port 3030, 30 s per query, 10,000 rows per answer, open, no LOAD. */
    public static ServeSettings defaults() {
        return new ServeSettings(DEFAULT_HOST, DEFAULT_PORT, false, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS);
    }

    public ServeSettings withPort(int newPort) {
        return new ServeSettings(host, newPort, update, queryTimeout, maxRows, limits, passwordFile, allowLoad);
    }

    public ServeSettings withHost(String newHost) {
        return new ServeSettings(newHost, port, update, queryTimeout, maxRows, limits, passwordFile, allowLoad);
    }

    public ServeSettings withUpdate(boolean allowUpdate) {
        return new ServeSettings(host, port, allowUpdate, queryTimeout, maxRows, limits, passwordFile, allowLoad);
    }

    public ServeSettings withQueryTimeout(Duration timeout) {
        return new ServeSettings(host, port, update, timeout, maxRows, limits, passwordFile, allowLoad);
    }

    public ServeSettings withMaxRows(int rows) {
        return new ServeSettings(host, port, update, queryTimeout, rows, limits, passwordFile, allowLoad);
    }

    public ServeSettings withLimits(ServerLimits newLimits) {
        return new ServeSettings(host, port, update, queryTimeout, maxRows, newLimits, passwordFile, allowLoad);
    }

    public ServeSettings withPasswordFile(Path file) {
        return new ServeSettings(host, port, update, queryTimeout, maxRows, limits, Optional.of(file), allowLoad);
    }

    public ServeSettings withAllowLoad(boolean allow) {
        return new ServeSettings(host, port, update, queryTimeout, maxRows, limits, passwordFile, allow);
    }
}
