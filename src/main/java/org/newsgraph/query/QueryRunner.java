package org.newsgraph.query;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a query by name or file and runs it on a store. A name {@code stances} means {@code stances.rq} in the first
 * queries folder that has it: the installation's ({@code newsgraph.home}/queries), then {@code ./queries}.
 */
public final class QueryRunner {

    public static final String EXTENSION = ".rq";

    /** Jena's messages carry the position of the offending token, more exact than the exception's own fields. */
    private static final Pattern JENA_POSITION = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");
    /** JavaCC's {@code Encountered " "}" "} ""}: the token kind, then the text that was read. */
    private static final Pattern UNEXPECTED_TOKEN = Pattern.compile("^Encountered \"\\s*(?:\"[^\"]*\"|<[^>]*>)\\s+\"(.*?)\\s*\"\"");
    private static final Pattern QUERY_NAME = Pattern.compile("[\\p{L}\\p{N}_.-]+");

    private final List<Path> queryFolders;

    public QueryRunner(List<Path> queryFolders) {
        this.queryFolders = List.copyOf(queryFolders);
    }

    /** The installation's queries folder (when started by the launcher), then the one in the working directory. */
    public static QueryRunner standard() {
        Set<Path> folders = new LinkedHashSet<>();
        String home = System.getProperty("newsgraph.home");
        if (home != null && !home.isBlank()) {
            folders.add(Path.of(home, "queries").toAbsolutePath().normalize());
        }
        folders.add(Path.of("queries").toAbsolutePath().normalize());
        return new QueryRunner(new ArrayList<>(folders));
    }

    public List<Path> queryFolders() {
        return queryFolders;
    }

    /** Names of the queries in the queries folders, sorted. */
    public List<String> availableNames() {
        Set<String> names = new TreeSet<>();
        for (Path folder : queryFolders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
                for (Path file : files) {
                    if (Files.isRegularFile(file)) {
                        names.add(nameOf(file));
                    }
                }
            } catch (IOException e) {
                throw new InvalidQueryException("cannot list queries in " + folder + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(names);
    }

    /** Reads and parses a query given as the path of an existing file, or as a name in the queries folders. */
    public ResolvedQuery resolve(String nameOrFile) {
        Path asFile = pathOrNull(nameOrFile);
        if (asFile != null && Files.isRegularFile(asFile)) {
            return parse(nameOf(asFile), asFile);
        }
        if (!QUERY_NAME.matcher(nameOrFile).matches() || nameOrFile.endsWith(EXTENSION)) {
            throw new InvalidQueryException("no such query file: " + nameOrFile);
        }
        for (Path folder : queryFolders) {
            Path file = folder.resolve(nameOrFile + EXTENSION);
            if (Files.isRegularFile(file)) {
                return parse(nameOrFile, file);
            }
        }
        List<String> available = availableNames();
        String folders = queryFolders.stream().map(Path::toString).collect(Collectors.joining(", "));
        throw new InvalidQueryException(available.isEmpty()
                ? "unknown query '" + nameOrFile + "': no queries found in " + folders
                : "unknown query '" + nameOrFile + "'; available: " + String.join(", ", available));
    }

    public QueryResult run(GraphStore store, String nameOrFile) {
        return run(store, resolve(nameOrFile));
    }

    /**
     * The query's answer on the union of the document graphs: its saved answer when the store still is in the state
     * it was saved for ({@link SavedListings}), else the query run on the store.
     */
    public QueryResult run(GraphStore store, ResolvedQuery resolved) {
        Optional<QueryResult> saved = SavedListings.answer(store.location(), resolved);
        return saved.isPresent() ? saved.get() : runOnStore(store, resolved);
    }

    /** Runs the query in one read transaction on the union of the document graphs. */
    public QueryResult runOnStore(GraphStore store, ResolvedQuery resolved) {
        try {
            return store.read(dataset -> execute(dataset, resolved.query()));
        } catch (QueryException e) {
            throw new InvalidQueryException("query " + resolved.file() + " failed: " + firstLine(e.getMessage()), e);
        }
    }

    private static QueryResult execute(Dataset dataset, Query query) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            if (query.isSelectType()) {
                ResultSet rows = execution.execSelect();
                List<Binding> copied = new ArrayList<>();
                // Detached bindings hold their terms, not TDB2 node ids that only resolve inside the transaction.
                while (rows.hasNext()) {
                    copied.add(rows.nextBinding().detach());
                }
                return new QueryResult.Select(Var.varList(rows.getResultVars()), copied, query.getPrefixMapping());
            }
            if (query.isAskType()) {
                return new QueryResult.Ask(execution.execAsk());
            }
            Model graph = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
            graph.setNsPrefixes(query.getPrefixMapping());
            return new QueryResult.Graph(graph);
        }
    }

    private static ResolvedQuery parse(String name, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidQueryException("cannot read query " + file + ": " + e.getMessage(), e);
        }
        Query query = new Query();
        query.setPrefixMapping(QueryPrefixes.standard());
        try {
            QueryFactory.parse(query, text, file.toAbsolutePath().toUri().toString(), Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new InvalidQueryException(describe(file, e), e);
        }
        if (query.isJsonType()) {
            throw new InvalidQueryException("query " + file + " is a JSON query; use SELECT, ASK, CONSTRUCT or DESCRIBE");
        }
        return new ResolvedQuery(name, file, query);
    }

    /** One line: where the error is, and what was found there without JavaCC's list of every acceptable token. */
    private static String describe(Path file, QueryParseException error) {
        String message = firstLine(error.getMessage());
        Matcher position = JENA_POSITION.matcher(message);
        String where;
        if (position.find()) {
            where = " at line " + position.group(1) + ", column " + position.group(2);
        } else if (error.getLine() > 0) {
            where = " at line " + error.getLine() + ", column " + error.getColumn();
        } else {
            where = "";
        }
        String reason = JENA_POSITION.matcher(message).replaceAll("").strip();
        Matcher unexpected = UNEXPECTED_TOKEN.matcher(reason);
        if (unexpected.find()) {
            String token = unexpected.group(1).strip();
            reason = token.isEmpty() || token.equals("<EOF>") ? "unexpected end of query" : "unexpected '" + token + "'";
        } else if (reason.startsWith("Encountered \"<EOF>\"")) {
            reason = "unexpected end of query";
        } else if (reason.startsWith("Lexical error")) {
            reason = "unreadable text (an unclosed string or a stray character?): "
                    + reason.replaceFirst("^Lexical error\\.?\\s*", "");
        }
        return "invalid SPARQL in " + file + where + ": " + reason;
    }

    private static Path pathOrNull(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String nameOf(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
