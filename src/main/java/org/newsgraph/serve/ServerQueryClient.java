package org.newsgraph.serve;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.query.InvalidQueryException;
import org.newsgraph.query.QueryResult;
import org.newsgraph.query.ResolvedQuery;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sends a query to the SPARQL endpoint of a running {@link NewsGraphServer} and reads the answer into the same
 * {@link QueryResult} the store would have given, so that it prints the same.
 * <p>
 * The query goes as the text of the parsed query, with every prefix it may use declared, so the server needs none of
 * the client's settings. Answers come in Jena's binary formats (RDF Thrift) where Fuseki offers them: unlike SPARQL
 * JSON they keep blank node labels as stored, which tables show. Fuseki has no binary form of a yes/no answer, so an
 * ASK comes as SPARQL JSON.
 * <p>
 * No time limit is set on the answer: the server cancels a query at its own limit, which the client does not know.
 */
public final class ServerQueryClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final int OK = 200;
    private static final int SERVICE_UNAVAILABLE = 503;
    private static final int UNPROCESSABLE = 422;

    private final URI endpoint;
    private final HttpClient http;

    public ServerQueryClient(URI endpoint) {
        this.endpoint = endpoint;
        // HTTP/1.1, which the server speaks: asking for HTTP/2 adds an upgrade attempt to the one connection made.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** What the server answered, and whether its row cap ({@code maxRows}, 0 for none) left rows out. */
    public record Answer(QueryResult result, boolean truncated, int maxRows) {
    }

    /**
     * Runs the query on the server.
     *
     * @throws ServeException when the server does not answer at all
     * @throws InvalidQueryException when it answers with an error (time limit, refused SERVICE, ...) or an answer
     *                               that cannot be read; the message is one line naming the query file
     */
    public Answer run(ResolvedQuery resolved) {
        Query query = resolved.query();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", WebContent.contentTypeSPARQLQuery + "; charset=utf-8")
                .header("Accept", accepted(query))
                .POST(HttpRequest.BodyPublishers.ofString(query.serialize(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<InputStream> response = send(request);
        if (response.statusCode() != OK) {
            throw refusal(resolved, response.statusCode(), errorText(response));
        }
        QueryResult result;
        try (InputStream body = response.body()) {
            result = read(query, body);
        } catch (IOException | RuntimeException e) {
            // Jena's readers report a body cut short in many ways (RiotException, Thrift's exceptions, IOException).
            throw new InvalidQueryException("query " + resolved.file() + " failed: the answer from the server at "
                    + endpoint + " broke off: " + firstLine(e), e);
        }
        boolean truncated = response.headers().firstValue(RowCap.TRUNCATED_HEADER).map(Boolean::parseBoolean)
                .orElse(false);
        int maxRows = response.headers().firstValue(RowCap.MAX_ROWS_HEADER).map(ServerQueryClient::wholeNumber)
                .orElse(0);
        return new Answer(result, truncated, maxRows);
    }

    private static String accepted(Query query) {
        if (query.isSelectType()) {
            return WebContent.contentTypeResultsThrift;
        }
        if (query.isAskType()) {
            return WebContent.contentTypeResultsJSON;
        }
        return WebContent.contentTypeRDFThrift;
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new ServeException("no connection to " + endpoint + " within " + CONNECT_TIMEOUT.toSeconds()
                    + " s", false, e);
        } catch (ConnectException e) {
            throw new ServeException("connection to " + endpoint + " refused", false, e);
        } catch (IOException e) {
            throw new ServeException(endpoint + " did not answer: " + firstLine(e), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServeException("interrupted while waiting for " + endpoint, false, e);
        }
    }

    /** The rows, the yes or no, or the graph, copied into memory in the order the server sent them. */
    private static QueryResult read(Query query, InputStream body) {
        if (query.isSelectType()) {
            ResultSet rows = ResultSetMgr.read(body, ResultSetLang.RS_Thrift);
            List<Binding> copied = new ArrayList<>();
            while (rows.hasNext()) {
                copied.add(rows.nextBinding());
            }
            return new QueryResult.Select(Var.varList(rows.getResultVars()), copied, query.getPrefixMapping());
        }
        if (query.isAskType()) {
            return new QueryResult.Ask(ResultSetMgr.readBoolean(body, ResultSetLang.RS_JSON));
        }
        Model graph = ModelFactory.createDefaultModel();
        RDFParser.source(body).lang(Lang.RDFTHRIFT).parse(graph);
        graph.setNsPrefixes(query.getPrefixMapping());
        return new QueryResult.Graph(graph);
    }

    /** The server's error as one line naming the query, as the store's own errors are. */
    private InvalidQueryException refusal(ResolvedQuery resolved, int status, String body) {
        String said = firstLine(body);
        String reason;
        if (status == SERVICE_UNAVAILABLE) {
            reason = "the server at " + endpoint + " stopped it at its time limit (" + said + "); stop the server to "
                    + "run it here without one, or restart it with a longer --timeout";
        } else if (status == UNPROCESSABLE && said.toUpperCase(Locale.ROOT).contains("SERVICE")) {
            reason = "the server at " + endpoint + " does not allow federated SERVICE calls; stop the server to run "
                    + "it here";
        } else {
            reason = "the server at " + endpoint + " answered HTTP " + status + (said.isEmpty() ? "" : ": " + said);
        }
        return new InvalidQueryException("query " + resolved.file() + " failed: " + reason);
    }

    private static String errorText(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String firstLine(Throwable error) {
        String message = error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
        return firstLine(message);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
