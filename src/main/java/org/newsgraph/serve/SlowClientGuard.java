package org.newsgraph.serve;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cuts off clients that send a request too slowly (slowloris): the idle timeout alone does not, since a client
 * sending one byte every few seconds is never idle for long, and each such connection is held open for as long as
 * the client likes. Here a request must have arrived whole within {@link ServerLimits#requestReadTimeout()}: its
 * line and headers counted from the first byte after the previous request, its body from the end of its headers.
 * <p>
 * {@link #sweep()} runs every second and closes the connections that are late; the handler part marks when a
 * request's headers are complete and when its body has been read.
 */
final class SlowClientGuard extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(SlowClientGuard.class);

    private final long timeoutNanos;
    private final Duration timeout;
    private final Map<EndPoint, Progress> progress = new ConcurrentHashMap<>();

    SlowClientGuard(Duration requestReadTimeout) {
        this.timeout = requestReadTimeout;
        this.timeoutNanos = requestReadTimeout.toNanos();
    }

    /** How far the request on one connection has come. */
    private static final class Progress {
        volatile boolean inRequest;
        volatile long bytesAtLastRequestEnd;
        volatile long headersStartedNanos;
        volatile long bodyStartedNanos;
        volatile boolean bodyRead;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Connection connection = request.getConnectionMetaData().getConnection();
        EndPoint endPoint = connection.getEndPoint();
        Progress state = progress.computeIfAbsent(endPoint, key -> new Progress());
        state.inRequest = true;
        state.headersStartedNanos = 0;
        boolean hasBody = request.getLength() > 0 || request.getHeaders().contains("Transfer-Encoding");
        state.bodyRead = !hasBody;
        state.bodyStartedNanos = hasBody ? System.nanoTime() : 0;
        Callback done = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                ended();
                super.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                ended();
                super.failed(failure);
            }

            private void ended() {
                state.inRequest = false;
                state.bytesAtLastRequestEnd = connection.getBytesIn();
            }
        };
        Request tracked = hasBody ? new Request.Wrapper(request) {
            @Override
            public Content.Chunk read() {
                Content.Chunk chunk = super.read();
                if (chunk != null && chunk.isLast()) {
                    state.bodyRead = true;
                }
                return chunk;
            }
        } : request;
        return super.handle(tracked, response, done);
    }

    /** Closes every connection whose request is later than the limit; forgets connections that are gone. */
    void sweep() {
        Server server = getServer();
        if (server == null) {
            return;
        }
        long now = System.nanoTime();
        Set<EndPoint> open = new HashSet<>();
        for (Connector connector : server.getConnectors()) {
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                open.add(endPoint);
                check(endPoint, progress.computeIfAbsent(endPoint, key -> new Progress()), now);
            }
        }
        progress.keySet().retainAll(open);
    }

    private void check(EndPoint endPoint, Progress state, long now) {
        Connection connection = endPoint.getConnection();
        if (connection == null) {
            return;
        }
        if (state.inRequest) {
            if (!state.bodyRead && state.bodyStartedNanos != 0 && now - state.bodyStartedNanos > timeoutNanos) {
                cutOff(endPoint, "its request body was not complete");
            }
            return;
        }
        if (connection.getBytesIn() <= state.bytesAtLastRequestEnd) {
            state.headersStartedNanos = 0;
            return;
        }
        if (state.headersStartedNanos == 0) {
            state.headersStartedNanos = now;
        } else if (now - state.headersStartedNanos > timeoutNanos) {
            cutOff(endPoint, "its request line and headers were not complete");
        }
    }

    private void cutOff(EndPoint endPoint, String why) {
        LOG.info("closed the connection from {}: {} {} s after they began (slow client)",
                endPoint.getRemoteSocketAddress(), why, timeout.toSeconds());
        endPoint.close();
        progress.remove(endPoint);
    }
}
