package org.newsgraph.query;

import org.apache.jena.query.Query;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The answers of the queries that list the whole archive ({@link #NAMES}), saved beside the store by the process
 * that wrote it, right after its last commit, so that a fresh process answers them by reading a file instead of
 * evaluating the query row by row in a cold JVM.
 * <p>
 * A saved answer names the query text it answers and the store state it was computed from ({@link StoreState}); it
 * is given only while both still match, read before and after the answer itself. Any other change of the store (a
 * server's update, a standalone Fuseki, the tdb2 tools, a build killed before it saved) changes the state, and the
 * query then runs on the store as it always did: a saved answer is never older than the store. A file is written
 * under a temporary name and moved into place, so a process killed while saving leaves the previous file or none.
 * The rows are kept in Jena's binary SPARQL results format (RDF Thrift), which keeps every term exactly, so every
 * output format prints what the query itself would.
 */
public final class SavedListings {

    /** The canned queries whose answers are saved: the listings of every actor, every fact, every statement. */
    public static final List<String> NAMES = List.of("actors", "evidence", "statements");
    /** The folder in the store that holds them. */
    public static final String FOLDER = "listings";
    static final String EXTENSION = ".rows";

    private static final Logger log = LoggerFactory.getLogger(SavedListings.class);
    private static final String MAGIC = "newsgraph saved listing 1";
    private static final String ROWS = "rows ";
    private static final int MAX_HEADER = 1024;

    private SavedListings() {
    }

    /**
     * Saves the answer of every listing the query runner knows, for the store as it now is. Called by the process
     * that wrote the store, once its writes are committed; a listing that cannot be saved is only a lost shortcut,
     * so failures are logged, not thrown.
     */
    public static void save(GraphStore store, QueryRunner queries) {
        Path folder = store.location().resolve(FOLDER);
        deleteLeftovers(folder);
        for (String name : NAMES) {
            ResolvedQuery query;
            try {
                query = queries.resolve(name);
            } catch (InvalidQueryException e) {
                continue;
            }
            try {
                save(store, queries, query, folder);
            } catch (IOException | RuntimeException e) {
                log.warn("could not save the answer of query {} beside store {}: {}", name, store.location(),
                        e.getMessage());
                delete(folder.resolve(name + EXTENSION));
            }
        }
    }

    private static void save(GraphStore store, QueryRunner queries, ResolvedQuery query, Path folder)
            throws IOException {
        Path file = folder.resolve(query.name() + EXTENSION);
        if (answer(store.location(), query).isPresent()) {
            // A build that changed nothing (all inputs unchanged) leaves the store, and so the answer, as it was.
            return;
        }
        Optional<String> before = StoreState.of(store.location());
        QueryResult result = queries.runOnStore(store, query);
        Optional<String> after = StoreState.of(store.location());
        if (before.isEmpty() || !before.equals(after) || !(result instanceof QueryResult.Select select)) {
            // The store changed while the query ran (a server's update in this process): no state to name.
            delete(file);
            return;
        }
        Files.createDirectories(folder);
        // Not Files.createTempFile: its owner-only permissions would keep other readers of the store out.
        Path partial = folder.resolve(query.name() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel))) {
                out.write((identity(query, before.get()) + ROWS + select.rows().size() + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                ResultSetMgr.write(out, ResultSet.adapt(RowSetStream.create(select.variables(),
                        select.rows().iterator())), ResultSetLang.RS_Thrift);
                out.flush();
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            delete(partial);
        }
        log.debug("saved the answer of query {} ({} rows) beside store {}", query.name(), select.rows().size(),
                store.location());
    }

    /**
     * The saved answer of {@code query} for the store at {@code store}, when one was saved for this query text and
     * the store is still in the state it was computed from.
     */
    public static Optional<QueryResult> answer(Path store, ResolvedQuery query) {
        if (!NAMES.contains(query.name()) || !query.query().isSelectType()) {
            return Optional.empty();
        }
        Path file = store.resolve(FOLDER).resolve(query.name() + EXTENSION);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<String> before = StoreState.of(store);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            OptionalLong expectedRows = rowCount(readHeader(in), identity(query, before.get()));
            if (expectedRows.isEmpty()) {
                return Optional.empty();
            }
            ResultSet rows = ResultSetMgr.read(in, ResultSetLang.RS_Thrift);
            List<Var> variables = Var.varList(rows.getResultVars());
            List<Binding> bindings = new ArrayList<>();
            while (rows.hasNext()) {
                bindings.add(rows.nextBinding());
            }
            if (bindings.size() != expectedRows.getAsLong()) {
                // A file cut short between two rows reads as a shorter answer: never given.
                log.debug("ignoring saved listing {}: {} rows of {}", file, bindings.size(), expectedRows.getAsLong());
                return Optional.empty();
            }
            if (!before.equals(StoreState.of(store))) {
                return Optional.empty();
            }
            return Optional.of(new QueryResult.Select(variables, bindings, query.query().getPrefixMapping()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A damaged file is only a lost shortcut: the query runs on the store.
            log.debug("ignoring saved listing {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** What identifies the query: its text as parsed, prefixes included, so an edited query file is another query. */
    private static String queryKey(Query query) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(query.serialize().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** The start of the header: what the rows answer. The row count and a blank line follow. */
    private static String identity(ResolvedQuery query, String storeState) {
        return MAGIC + "\nquery " + queryKey(query.query()) + "\nstore " + storeState + "\n";
    }

    /** The row count the header gives, when the header starts with {@code identity}; else empty. */
    private static OptionalLong rowCount(String header, String identity) {
        if (!header.startsWith(identity) || !header.endsWith("\n\n")) {
            return OptionalLong.empty();
        }
        String rest = header.substring(identity.length(), header.length() - 2);
        if (!rest.startsWith(ROWS)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(rest.substring(ROWS.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The header up to and including its blank line, read byte by byte so the rows that follow are left unread. */
    private static String readHeader(InputStream in) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        int previous = -1;
        while (header.size() < MAX_HEADER) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            header.write(next);
            if (next == '\n' && previous == '\n') {
                break;
            }
            previous = next;
        }
        return header.toString(StandardCharsets.UTF_8);
    }

    /** Files left by a process killed while saving: only a writer saves, and one writer holds the store. */
    private static void deleteLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.tmp")) {
            files.forEach(SavedListings::delete);
        } catch (IOException e) {
            log.debug("could not list {}: {}", folder, e.getMessage());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("could not delete {}: {}", file, e.getMessage());
        }
    }
}
