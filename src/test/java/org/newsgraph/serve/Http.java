package org.newsgraph.serve;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain HTTP requests for tests against real servers, with nothing of Jena's client in between. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    public static HttpResponse<String> get(String url, String... headers) {
        return send(request(url, headers).GET().build());
    }

    public static HttpResponse<String> post(String url, String contentType, String body, String... headers) {
        return send(request(url, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static HttpResponse<String> put(String url, String contentType, String body, String... headers) {
        return send(request(url, headers).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static HttpResponse<String> delete(String url, String... headers) {
        return send(request(url, headers).DELETE().build());
    }

    public static HttpResponse<String> options(String url, String... headers) {
        return send(request(url, headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    /** SPARQL JSON results as rows of variable name to term, in their order. */
    public static List<Map<String, Node>> rows(String sparqlJson) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(sparqlJson.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> variables = results.getResultVars();
        List<Map<String, Node>> rows = new ArrayList<>();
        while (results.hasNext()) {
            Binding binding = results.nextBinding();
            Map<String, Node> row = new LinkedHashMap<>();
            for (String variable : variables) {
                row.put(variable, binding.get(Var.alloc(variable)));
            }
            rows.add(row);
        }
        return rows;
    }

    private static HttpRequest.Builder request(String url, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static boolean closedBeforeAnswering(IOException e) {
        return e instanceof EOFException
                || (e.getMessage() != null && e.getMessage().contains("header parser received no bytes"));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (!closedBeforeAnswering(e)) {
                    throw e;
                }
                // Jetty closes a connection after refusing a request whose body it did not read; the client may
                // already have sent the next request down that kept-alive connection. The request never reached
                // the server, so sending it again is safe, and the JDK retries only GETs by itself.
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
