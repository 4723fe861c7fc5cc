package org.newsgraph.export;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.rdf.StoredDocumentGraphs;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.NQuadsLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.Authenticator;
import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Loads the store into a SPARQL 1.1 Graph Store Protocol endpoint (a Fuseki dataset, for one), one request per
 * document, so no request is larger than one article's graph and a failure names the document it stopped at.
 * <p>
 * {@link Target#NAMED_GRAPHS}: each document graph is PUT under its own name, replacing what the endpoint held
 * under that name, so pushing again after a rebuild updates the documents in place. {@link Target#DEFAULT_GRAPH}:
 * the first document is PUT into the endpoint's default graph, replacing it, and the others are POSTed, adding to
 * it; the default graph then holds the union, as plain-triple stores and tools expect.
 * <p>
 * Connection failures and server errors (5xx, 408, 429) are retried with exponential backoff; any other refusal
 * (401, 403, 404, 405, 415...) stops the push at once, since repeating the request would be refused again.
 */
public final class GraphStorePush {

    private static final Logger LOG = LoggerFactory.getLogger(GraphStorePush.class);

    /** Where the documents go on the endpoint. */
    public enum Target { NAMED_GRAPHS, DEFAULT_GRAPH }

    /**
     * {@code retries} repeats of a failed request at most, waiting {@code firstBackoff}, then twice that, and so on.
     */
    public record Settings(URI endpoint, Target target, PushCredentials credentials, int retries,
                           Duration firstBackoff, Duration connectTimeout) {

        public static final int DEFAULT_RETRIES = 3;
        public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

        public Settings {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(firstBackoff, "firstBackoff");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || endpoint.getHost() == null) {
                throw new IllegalArgumentException("the endpoint must be an http:// or https:// URL, got '"
                        + endpoint + "'");
            }
            if (retries < 0) {
                throw new IllegalArgumentException("retries cannot be negative, got " + retries);
            }
        }

        public Settings(URI endpoint, Target target, PushCredentials credentials) {
            this(endpoint, target, credentials, DEFAULT_RETRIES, DEFAULT_BACKOFF, DEFAULT_CONNECT_TIMEOUT);
        }
    }

    /** Told about each document as it is loaded, and about each retry. */
    public interface Listener {
        Listener SILENT = new Listener() {
        };

        default void pushed(String documentId, long triples) {
        }

        default void retrying(String documentId, int attempt, Duration wait, String reason) {
        }
    }

    /**
     * Pushes every document of the store.
     *
     * @throws PushException when the endpoint cannot be reached or refuses a document
     */
    public PushReport push(GraphStore store, Settings settings, Listener listener) {
        Map<String, Node> documents = store.read(dataset -> StoredDocumentGraphs.byId(dataset.asDatasetGraph()));
        Stream<Document> graphs = documents.entrySet().stream().map(d -> new Document(d.getKey(), d.getValue(),
                store.read(dataset -> copy(dataset.asDatasetGraph().getGraph(d.getValue())))));
        // Merged into one graph, triples that several documents state (an entity's type and label) count once.
        return push(graphs, settings, listener,
                () -> store.read(dataset -> (long) dataset.asDatasetGraph().getUnionGraph().size()));
    }

    /**
     * Pushes every document graph of N-Quads files (as {@code newsgraph load} reads them: a folder's parts, or one
     * file), without a store. All files are checked first, so a malformed line is reported with its file and line
     * before anything is sent; then one file at a time is held in memory.
     *
     * @throws PushException when the endpoint cannot be reached or refuses a document
     */
    public PushReport push(Path nquads, Settings settings, Listener listener) {
        List<Path> files = NQuadsLoader.files(nquads);
        NQuadsLoader.check(files);
        Stream<Document> graphs = files.stream().flatMap(file -> {
            DatasetGraph dataset = DatasetGraphFactory.create();
            NQuadsLoader.read(file, dataset);
            return StoredDocumentGraphs.byId(dataset).entrySet().stream()
                    .map(d -> new Document(d.getKey(), d.getValue(), dataset.getGraph(d.getValue())));
        });
        return push(graphs, settings, listener, () -> {
            Graph union = GraphFactory.createDefaultGraph();
            files.forEach(file -> {
                DatasetGraph dataset = DatasetGraphFactory.create();
                NQuadsLoader.read(file, dataset);
                dataset.listGraphNodes().forEachRemaining(g -> dataset.getGraph(g).find().forEachRemaining(union::add));
            });
            return (long) union.size();
        });
    }

    /** One document's graph, named as in the store. */
    private record Document(String id, Node graphName, Graph graph) {}

    private PushReport push(Stream<Document> documents, Settings settings, Listener listener, LongSupplier union) {
        long started = System.nanoTime();
        HttpClient client = httpClient(settings);
        int pushed = 0;
        long triples = 0;
        int retries = 0;
        for (Document document : (Iterable<Document>) documents::iterator) {
            String id = document.id();
            Graph graph = document.graph();
            boolean replace = settings.target() == Target.NAMED_GRAPHS || pushed == 0;
            retries += send(client, settings, id, document.graphName(), graph, replace, pushed, listener);
            pushed++;
            triples += graph.size();
            listener.pushed(id, graph.size());
            LOG.debug("pushed {} ({} triples)", id, graph.size());
        }
        long inGraphs = settings.target() == Target.DEFAULT_GRAPH && pushed > 0 ? union.getAsLong() : triples;
        return new PushReport(settings.endpoint(), settings.target(), pushed, triples, inGraphs, retries,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    /** One document, retried as the settings allow; returns the number of retries it took. */
    private static int send(HttpClient client, Settings settings, String id, Node graphName, Graph graph,
                            boolean replace, int pushedBefore, Listener listener) {
        for (int attempt = 0; ; attempt++) {
            try {
                GSP request = GSP.service(settings.endpoint().toString())
                        .httpClient(client)
                        .contentType(RDFFormat.NTRIPLES);
                if (settings.credentials() instanceof PushCredentials.Bearer bearer) {
                    request.httpHeader("Authorization", "Bearer " + bearer.token());
                }
                if (settings.target() == Target.NAMED_GRAPHS) {
                    request.graphName(graphName);
                } else {
                    request.defaultGraph();
                }
                if (replace) {
                    request.PUT(graph);
                } else {
                    request.POST(graph);
                }
                return attempt;
            } catch (HttpException e) {
                Failure failure = Failure.of(e, settings);
                if (!failure.worthRetrying() || attempt >= settings.retries()) {
                    throw new PushException(failure.message(settings, id, attempt + 1, pushedBefore), pushedBefore, e);
                }
                Duration wait = settings.firstBackoff().multipliedBy(1L << Math.min(attempt, 20));
                listener.retrying(id, attempt + 1, wait, failure.reason());
                LOG.debug("retrying {} in {} ms: {}", id, wait.toMillis(), failure.reason());
                sleep(wait, pushedBefore);
            }
        }
    }

    /** Why a request failed, in words, and whether trying again could help. */
    private record Failure(int status, String reason, boolean worthRetrying, boolean unreachable) {

        static Failure of(HttpException error, Settings settings) {
            int status = error.getStatusCode();
            if (status > 0) {
                String statusText = status + " " + statusName(status);
                String body = firstLine(error.getResponse());
                String reason = body.isEmpty() || body.startsWith("<") ? statusText : statusText + ": " + body;
                boolean transientError = status >= 500 || status == 408 || status == 429;
                return new Failure(status, reason, transientError, false);
            }
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof UnresolvedAddressException) {
                    return new Failure(status, "unknown host " + settings.endpoint().getHost(), false, true);
                }
                if (cause instanceof HttpConnectTimeoutException) {
                    return new Failure(status, "no connection within "
                            + settings.connectTimeout().toSeconds() + " s", true, true);
                }
                if (cause instanceof HttpTimeoutException) {
                    return new Failure(status, "no answer in time", true, true);
                }
                if (cause instanceof ConnectException) {
                    return new Failure(status, "connection refused (is the server running?)", true, true);
                }
            }
            String detail = error.getCause() != null && error.getCause().getMessage() != null
                    ? error.getCause().getMessage() : String.valueOf(error.getMessage());
            return new Failure(status, detail, true, true);
        }

        String message(Settings settings, String id, int attempts, int pushedBefore) {
            String tries = attempts > 1 ? "; gave up after " + attempts + " attempts" : "";
            String progress = pushedBefore > 0 ? " (" + pushedBefore + " documents were pushed before it)" : "";
            if (unreachable) {
                return "cannot reach " + settings.endpoint() + ": " + reason + tries + progress;
            }
            return settings.endpoint() + " refused document '" + id + "': " + reason + hint(settings) + tries
                    + progress;
        }

        private String hint(Settings settings) {
            return switch (status) {
                case 401 -> settings.credentials() instanceof PushCredentials.None
                        ? "; it wants credentials: set " + PushCredentials.USER_VARIABLE + " and "
                        + PushCredentials.PASSWORD_VARIABLE + " (or " + PushCredentials.TOKEN_VARIABLE + ")"
                        : "; check " + (settings.credentials() instanceof PushCredentials.Bearer
                        ? PushCredentials.TOKEN_VARIABLE
                        : PushCredentials.USER_VARIABLE + " and " + PushCredentials.PASSWORD_VARIABLE);
                case 403 -> "; the credentials are not allowed to write there";
                case 404 -> "; is the URL the dataset's Graph Store endpoint, e.g. http://localhost:3030/ds "
                        + "or http://localhost:3030/ds/data?";
                case 405 -> "; the endpoint does not accept writes (a read-only dataset, or not a dataset's URL?)";
                case 415 -> "; the endpoint does not accept N-Triples";
                default -> "";
            };
        }
    }

    private static HttpClient httpClient(Settings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (settings.credentials() instanceof PushCredentials.Basic basic) {
            String host = settings.endpoint().getHost();
            builder.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    // Only the endpoint's own server gets the password, never a proxy.
                    if (getRequestorType() != RequestorType.SERVER || !host.equalsIgnoreCase(getRequestingHost())) {
                        return null;
                    }
                    return new PasswordAuthentication(basic.user(), basic.password().toCharArray());
                }
            });
        }
        return builder.build();
    }

    private static void sleep(Duration wait, int pushedBefore) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushException("push interrupted after " + pushedBefore + " documents", pushedBefore, e);
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        String line = (end < 0 ? stripped : stripped.substring(0, end)).strip();
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }

    private static String statusName(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }
}
