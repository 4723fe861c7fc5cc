package org.newsgraph.serve;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * Refuses request bodies over the limit before Fuseki reads them: Fuseki reads a query or update whole into memory,
 * so a 60 MB body would otherwise cost hundreds of megabytes. A body announced with {@code Content-Length} over the
 * limit is refused with 413 at once and the connection closed, so the rest is never read; a chunked body is counted
 * as it is read and fails with 413 as soon as it passes the limit.
 * <p>
 * Graph Store writes carry whole documents and have a limit of their own ({@link ServerLimits#maxUploadBytes()}).
 */
final class RequestSizeLimit extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(RequestSizeLimit.class);

    private final ServerLimits limits;
    private final boolean uploadsAllowed;

    RequestSizeLimit(ServerLimits limits, boolean uploadsAllowed) {
        this.limits = limits;
        this.uploadsAllowed = uploadsAllowed;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        boolean upload = uploadsAllowed && isGraphStoreWrite(request);
        long limit = upload ? limits.maxUploadBytes() : limits.maxBodyBytes();
        long length = request.getLength();
        if (length > limit) {
            LOG.debug("refused a body of {} bytes to {} {} from {}: over the {} limit of {} bytes", length,
                    request.getMethod(), request.getHttpURI().getPath(), Request.getRemoteAddr(request),
                    upload ? "upload" : "body", limit);
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
            Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                    tooLarge(length, limit, upload));
            return true;
        }
        if (length >= 0) {
            return super.handle(request, response, callback);
        }
        CountingRequest counted = new CountingRequest(request, limit, upload);
        // Fuseki turns the failed read into a 500; the client is told what really happened.
        Response answer = new Response.Wrapper(request, response) {
            @Override
            public void setStatus(int code) {
                super.setStatus(counted.overLimit && code >= 500 ? HttpStatus.PAYLOAD_TOO_LARGE_413 : code);
            }
        };
        return super.handle(counted, answer, callback);
    }

    /** PUT, or POST of data (not of a query, update or form), to the dataset: the Graph Store Protocol. */
    private static boolean isGraphStoreWrite(Request request) {
        String method = request.getMethod();
        if (HttpMethod.PUT.is(method)) {
            return true;
        }
        if (!HttpMethod.POST.is(method)) {
            return false;
        }
        String path = Request.getPathInContext(request);
        if (path.equals(NewsGraphServer.DATASET_PATH + "/data")) {
            return true;
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return path.equals(NewsGraphServer.DATASET_PATH) && !type.startsWith("application/sparql-")
                && !type.startsWith("application/x-www-form-urlencoded");
    }

    private static String tooLarge(long length, long limit, boolean upload) {
        return "the request body" + (length >= 0 ? " of " + length + " bytes" : "") + " is over the server's "
                + (upload ? "upload" : "body") + " limit of " + limit + " bytes"
                + (upload ? " (serve --max-upload)" : " (serve --max-body)");
    }

    /** A body of unknown length, failing with 413 as soon as more than the limit has been read. */
    private static final class CountingRequest extends Request.Wrapper {
        private final long limit;
        private final boolean upload;
        private long read;
        private volatile boolean overLimit;

        CountingRequest(Request request, long limit, boolean upload) {
            super(request);
            this.limit = limit;
            this.upload = upload;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk == null || Content.Chunk.isFailure(chunk)) {
                return chunk;
            }
            read += chunk.remaining();
            if (read > limit) {
                chunk.release();
                overLimit = true;
                LOG.debug("refused a chunked body to {} {} from {}: over the limit of {} bytes", getMethod(),
                        getHttpURI().getPath(), Request.getRemoteAddr(this), limit);
                return Content.Chunk.from(new HttpException.RuntimeException(HttpStatus.PAYLOAD_TOO_LARGE_413,
                        tooLarge(-1, limit, upload)));
            }
            return chunk;
        }
    }
}
