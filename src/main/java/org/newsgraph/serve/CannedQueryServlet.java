package org.newsgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.text.TextIndexParseException;
import org.newsgraph.query.InvalidQueryException;
import org.newsgraph.query.QueryResult;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResolvedQuery;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.query.SavedListings;
import org.newsgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /newsgraph/q/NAME}: the canned query {@code NAME.rq} from the queries folders, run by the same
 * {@link QueryRunner} as {@code newsgraph query NAME}, for people who do not write SPARQL. {@code GET /newsgraph/q/}
 * lists the queries. Results are SPARQL JSON unless {@code ?format=csv|tsv|table|json} or the Accept header asks
 * for CSV, TSV or plain text.
 * <p>
 * Only names of files in the queries folders are accepted, never paths: the query runner would otherwise read any
 * {@code .rq} file the server can see.
 */
final class CannedQueryServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(CannedQueryServlet.class);

    static final String SPARQL_JSON = "application/sparql-results+json";
    private static final String JSON_LD = "application/ld+json";
    private static final String TURTLE = "text/turtle";

    private static final Map<String, ResultFormat> MEDIA_TYPES = Map.of(
            SPARQL_JSON, ResultFormat.JSON,
            "application/json", ResultFormat.JSON,
            "text/csv", ResultFormat.CSV,
            "text/tab-separated-values", ResultFormat.TSV,
            "text/plain", ResultFormat.TABLE);
    /** In order of preference when the client accepts several equally, e.g. a browser's {@code *}{@code /*}. */
    private static final AcceptList OFFERED = AcceptList.create(SPARQL_JSON, "application/json", "text/csv",
            "text/tab-separated-values", "text/plain");

    private final transient GraphStore store;
    private final transient QueryRunner queries;
    private final transient RowCap cap;
    private final transient ObjectMapper json = new ObjectMapper();

    CannedQueryServlet(GraphStore store, QueryRunner queries, RowCap cap) {
        this.store = store;
        this.queries = queries;
        this.cap = cap;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String name = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        if (name.isEmpty()) {
            list(request, response);
            return;
        }
        Optional<Path> file = fileOf(name);
        if (file.isEmpty()) {
            List<String> available = queries.availableNames();
            error(response, HttpServletResponse.SC_NOT_FOUND, "no canned query '" + name + "'; available: "
                    + (available.isEmpty() ? "none" : String.join(", ", available)));
            return;
        }
        ResultFormat format;
        try {
            format = chooseFormat(request);
        } catch (IllegalArgumentException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        run(name, file.get(), format, request, response);
    }

    private void run(String name, Path file, ResultFormat format, HttpServletRequest request,
                     HttpServletResponse response) throws IOException {
        Query query;
        QueryResult result;
        boolean truncated = false;
        try {
            ResolvedQuery resolved = queries.resolve(file.toString());
            query = QueryParameters.bind(file, resolved.query(), request);
            Query limited = cap.limit(query);
            // A listing saved for the store's present state holds every row; the cap below cuts it as it would cut
            // the query's own answer.
            Optional<QueryResult> saved = SavedListings.answer(store.location(),
                    new ResolvedQuery(resolved.name(), resolved.file(), query));
            result = saved.isPresent() ? saved.get()
                    : queries.run(store, new ResolvedQuery(resolved.name(), resolved.file(), limited));
            if (result instanceof QueryResult.Select select && cap.appliesTo(query)
                    && select.rows().size() > cap.maxRows()) {
                truncated = true;
                result = new QueryResult.Select(select.variables(), select.rows().subList(0, cap.maxRows()),
                        select.prefixes());
            } else if (result instanceof QueryResult.Graph && cap.appliesTo(query) && !cap.withinCapAlready(query)) {
                truncated = store.read(dataset -> cap.hasSolutionsBeyond(limited, dataset.asDatasetGraph(),
                        dataset.getContext()));
            }
        } catch (InvalidQueryException | QueryException e) {
            if (causedBy(e, TextIndexParseException.class)) {
                error(response, HttpServletResponse.SC_BAD_REQUEST, "query '" + name + "': cannot read the words "
                        + "given (Lucene query syntax: quote phrases, escape special characters with \\)");
            } else if (causedBy(e, QueryCancelledException.class)) {
                error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query '" + name
                        + "' ran longer than the server allows and was cancelled");
            } else if (causedBy(e, QueryDeniedException.class)) {
                error(response, HttpServletResponse.SC_FORBIDDEN, "query '" + name + "' calls another endpoint "
                        + "with SERVICE, which this server does not allow");
            } else {
                error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage());
            }
            return;
        }
        if (!result.supports(format)) {
            error(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "query '" + name + "' builds a graph, which "
                    + "cannot be written as " + format.label() + "; ask for json (JSON-LD) or table (Turtle)");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (cap.appliesTo(query)) {
            cap.announce(request, response, truncated);
        }
        response.setContentType(contentType(result, format));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = response.getOutputStream()) {
            result.write(out, format, true);
        }
        LOG.debug("canned query {} answered as {}{}", name, format.label(), truncated ? ", cut at the row limit" : "");
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = request.getRequestURL().toString().replaceAll("/+$", "") + "/";
        ObjectNode root = json.createObjectNode();
        ArrayNode array = root.putArray("queries");
        for (String name : queries.availableNames()) {
            Optional<Path> file = fileOf(name);
            if (file.isPresent()) {
                array.addObject()
                        .put("name", name)
                        .put("description", description(file.get()))
                        .put("url", base + name);
            }
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = response.getOutputStream()) {
            json.writerWithDefaultPrettyPrinter().writeValue(out, root);
        }
    }

    /** The file of a listed query, found the way the query runner finds a name: first queries folder wins. */
    private Optional<Path> fileOf(String name) {
        if (!queries.availableNames().contains(name)) {
            return Optional.empty();
        }
        for (Path folder : queries.queryFolders()) {
            Path file = folder.resolve(name + QueryRunner.EXTENSION);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The query file's first comment line: the question it answers, by the convention of queries/. */
    private static String description(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(String::strip)
                    .filter(line -> line.startsWith("#"))
                    .map(line -> line.replaceFirst("^#+\\s*", ""))
                    .filter(line -> !line.isEmpty())
                    .findFirst()
                    .orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    static ResultFormat chooseFormat(HttpServletRequest request) {
        String asked = request.getParameter("format");
        if (asked != null) {
            return ResultFormat.parse(asked.strip());
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return ResultFormat.JSON;
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERED);
        if (chosen == null) {
            return ResultFormat.JSON;
        }
        return MEDIA_TYPES.getOrDefault(chosen.getContentTypeStr().toLowerCase(Locale.ROOT), ResultFormat.JSON);
    }

    private static String contentType(QueryResult result, ResultFormat format) {
        if (result instanceof QueryResult.Graph) {
            return format == ResultFormat.JSON ? JSON_LD : TURTLE;
        }
        return switch (format) {
            case JSON -> SPARQL_JSON;
            case CSV -> "text/csv";
            case TSV -> "text/tab-separated-values";
            case TABLE -> "text/plain";
        };
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().println(message);
        response.getWriter().flush();
    }
}
