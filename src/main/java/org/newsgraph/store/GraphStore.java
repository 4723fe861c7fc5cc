package org.newsgraph.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.StoredDocumentGraphs;
import org.newsgraph.search.QueryTimeIndex;
import org.newsgraph.search.StoreTextIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The knowledge graph on disk: a TDB2 folder where each document's facts live in a named graph named by the
 * document's IRI, and queries see the union of those graphs as their default graph.
 * <p>
 * TDB2 lets one process at a time use a folder. So that other programs can read while a build writes, a store opened
 * for writing lets the folder go between two operations (one read, or one write transaction holding a batch of
 * whole documents) when another process asks for it: a process that finds the folder held leaves a request file
 * ({@code newsgraph-read-request}) and tries again every few milliseconds, and the writer, which looks for that file
 * ten times a second, releases the folder and connects again at its next operation. Letting go only when asked keeps
 * a build that nobody reads from paying for a reconnection (and TDB2's full garbage collection on release) per
 * batch. A store opened for reading holds the folder until closed, which for a command is a moment, and
 * {@link #dataset()} holds it for good (a server). Whoever finds the folder held waits a bounded time
 * ({@code NEWSGRAPH_STORE_WAIT} seconds, default 60), saying why; a folder held by a process that announced itself
 * as a long-term holder ({@link #announceHolder}, e.g. a server) is refused at once, naming it.
 * <p>
 * Writers also hold {@code newsgraph.lock} for as long as they are open, so that two builds in one program, or in
 * two programs, are refused at once with a message rather than interleaving their documents.
 */
public final class GraphStore implements AutoCloseable {

    /** What the caller intends to do with the store. */
    public enum Access {
        /** Query only; the store must exist. */
        READ,
        /** Change an existing store (remove documents). */
        UPDATE,
        /** Build: create the folder and the store when missing. */
        CREATE
    }

    static final String WRITER_LOCK_FILE = "newsgraph.lock";
    /** Where a long-term holder announces itself ({@link #announceHolder}). */
    public static final String HOLDER_FILE = "newsgraph-holder.json";
    static final String READ_REQUEST_FILE = "newsgraph-read-request";
    private static final long REQUEST_CHECK_MILLIS = 100;

    /** Environment variable: how many seconds to wait for a store another process holds. */
    public static final String WAIT_VARIABLE = "NEWSGRAPH_STORE_WAIT";
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(GraphStore.class);

    private static final Node DOCUMENT = NG.Document.asNode();
    private static final Node CONTENT_HASH = NG.contentHash.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();

    private static final Pattern TDB_DATA_FOLDER = Pattern.compile("Data-\\d+");

    private static final String CLASS_COUNTS = """
            SELECT ?class (COUNT(DISTINCT ?instance) AS ?count)
            WHERE { ?instance a ?class }
            GROUP BY ?class ORDER BY DESC(?count) ?class""";

    private static final String PREDICATE_COUNTS = """
            SELECT ?predicate (COUNT(*) AS ?count)
            WHERE { ?subject ?predicate ?object }
            GROUP BY ?predicate ORDER BY DESC(?count) ?predicate""";

    private static final String DOCUMENT_SUMMARIES = """
            PREFIX ng: <%s>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?id (SAMPLE(?issued) AS ?date) (SAMPLE(?anyTitle) AS ?title) (SAMPLE(?anySource) AS ?source)
                   (COUNT(DISTINCT ?evidence) AS ?facts)
            WHERE {
              GRAPH ?graph {
                ?document a ng:Document ; dct:identifier ?id .
                OPTIONAL { ?document dct:issued ?issued }
                OPTIONAL { ?document dct:title ?anyTitle }
                OPTIONAL { ?document dct:source ?anySource }
                OPTIONAL { ?evidence a ng:Evidence }
              }
            }
            GROUP BY ?graph ?id ORDER BY ?date ?id""".formatted(NG.NS);


    private final Path location;
    private final Path folder;
    private final Access access;
    private final WriterLock writerLock;
    private final Duration wait;
    /** The connection this store keeps until closed (a reader, a server); null for a writer. */
    private Dataset held;
    /** A writer's connection, from its first operation until another process asks for the folder; guarded by inUse. */
    private Dataset lent;
    private final ReentrantLock inUse = new ReentrantLock();
    private ScheduledExecutorService requestWatch;
    private boolean announced;
    /** Whether this store already said it waits for another process: a build would say it once per batch. */
    private final AtomicBoolean toldWaiting = new AtomicBoolean();
    private volatile boolean closed;
    /** The text index a writer keeps in step with its commits (org.newsgraph.search); null for a reader. */
    private StoreTextIndex textIndex;
    /** text:query for a reader's queries, opened when first used (org.newsgraph.search); null for a writer. */
    private QueryTimeIndex queryIndex;

    private GraphStore(Path location, Path folder, Access access, WriterLock writerLock, Duration wait) {
        this.location = location;
        this.folder = folder;
        this.access = access;
        this.writerLock = writerLock;
        this.wait = wait;
    }

    /** Opens the store for building, creating the folder and an empty store when missing. */
    public static GraphStore open(Path directory) {
        return open(directory, Access.CREATE);
    }

    public static GraphStore openForReading(Path directory) {
        return open(directory, Access.READ);
    }

    public static GraphStore openForWriting(Path directory) {
        return open(directory, Access.CREATE);
    }

    public static GraphStore open(Path directory, Access access) {
        String shown = directory.toString();
        if (access == Access.CREATE) {
            prepareFolder(directory);
        } else if (!exists(directory)) {
            throw new StoreException("no store at " + shown + "; run 'newsgraph build' first");
        }
        Path folder = canonical(directory);
        Duration wait = configuredWait();
        WriterLock writerLock = access == Access.READ ? null : WriterLock.acquire(folder, shown);
        try {
            GraphStore store = new GraphStore(directory, folder, access, writerLock, wait);
            // Connecting once at the start creates a new store and reports a store that cannot be opened before
            // any work is done; a reader keeps the connection, so what it reads is one store, not a moving one.
            Dataset dataset = TdbConnections.connect(folder, shown, wait, store.toldWaiting, access != Access.READ);
            if (access == Access.READ) {
                store.held = dataset;
                store.queryIndex = QueryTimeIndex.attach(folder, dataset);
            } else {
                store.lent = dataset;
                store.textIndex = StoreTextIndex.keepInStep(folder, dataset.asDatasetGraph());
                store.watchForReadRequests();
            }
            return store;
        } catch (RuntimeException e) {
            if (writerLock != null) {
                writerLock.release();
            }
            throw e;
        }
    }

    /** True when {@code directory} holds a TDB2 store (and so opening it for reading has no side effect). */
    public static boolean exists(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) && TDB_DATA_FOLDER.matcher(entry.getFileName().toString()).matches()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new StoreException("cannot read " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The folder as the caller named it, for messages. */
    public Path location() {
        return location;
    }

    /**
     * The TDB2 dataset, union default graph on, for components that manage their own transactions (an embedded
     * SPARQL server). The store then holds the folder until closed, so other processes cannot open it meanwhile.
     * Everything else should go through {@link #read}.
     */
    public synchronized Dataset dataset() {
        requireOpen();
        if (held == null) {
            held = stopLending();
        }
        if (held == null) {
            held = TdbConnections.connect(folder, location.toString(), wait, toldWaiting, access != Access.READ);
        }
        return held;
    }

    /**
     * A writer that becomes a long-term holder (a server that also builds or updates) keeps its connection from
     * then on: letting the folder go on request would pull it from under the server's open transactions.
     */
    private Dataset stopLending() {
        if (requestWatch != null) {
            requestWatch.shutdownNow();
        }
        inUse.lock();
        try {
            Dataset kept = lent;
            lent = null;
            return kept;
        } finally {
            inUse.unlock();
        }
    }

    /**
     * Tells other processes that this one holds the store for a long time, as {@code description} (e.g. "newsgraph
     * serve at http://..."), so that they are refused at once with that description instead of waiting. The
     * announcement goes when the store closes; a stale one (its process gone) is ignored.
     */
    public synchronized void announceHolder(String description) {
        announce(description, Optional.empty());
    }

    /**
     * As {@link #announceHolder(String)}, for a server that answers SPARQL queries on the store at
     * {@code sparqlEndpoint}: {@code newsgraph query} in another process then sends its query there.
     */
    public synchronized void announceHolder(String description, URI sparqlEndpoint) {
        announce(description, Optional.of(sparqlEndpoint));
    }

    private void announce(String description, Optional<URI> sparqlEndpoint) {
        dataset();
        HolderFile.write(folder, description, sparqlEndpoint);
        announced = true;
    }

    /**
     * The process that announced it holds the store at {@code directory} ({@link #announceHolder}), if there is a
     * store there and that process is alive. Reads only the announcement, never the store, so it neither waits for
     * nor disturbs whoever holds it.
     */
    public static Optional<AnnouncedHolder> announcedHolder(Path directory) {
        if (!exists(directory)) {
            return Optional.empty();
        }
        return HolderFile.read(canonical(directory));
    }

    /** Runs {@code work} inside a read transaction; what it returns must not hold on to store nodes lazily. */
    public <T> T read(Function<Dataset, T> work) {
        try {
            return withDataset(dataset -> Txn.calculateRead(dataset, () -> work.apply(dataset)));
        } catch (RuntimeException e) {
            throw StoreFailures.translate(location, e);
        }
    }

    private <T> T withDataset(Function<Dataset, T> work) {
        requireOpen();
        Dataset dataset;
        synchronized (this) {
            dataset = held;
        }
        if (dataset != null) {
            return work.apply(dataset);
        }
        inUse.lock();
        try {
            requireOpen();
            if (lent == null) {
                lent = TdbConnections.connect(folder, location.toString(), wait, toldWaiting, true);
            }
            return work.apply(lent);
        } finally {
            inUse.unlock();
        }
    }

    private void watchForReadRequests() {
        requestWatch = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "newsgraph-store-release");
            thread.setDaemon(true);
            return thread;
        });
        requestWatch.scheduleWithFixedDelay(this::releaseIfAsked, REQUEST_CHECK_MILLIS, REQUEST_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Lets the folder go for another process that asked, unless an operation is under way (then after it). */
    private void releaseIfAsked() {
        Path request = folder.resolve(READ_REQUEST_FILE);
        if (closed || !Files.exists(request) || !inUse.tryLock()) {
            return;
        }
        try {
            if (lent != null) {
                TdbConnections.disconnect(folder, lent);
                lent = null;
                log.debug("let go of store {} for another process", location);
                Files.deleteIfExists(request);
            }
        } catch (IOException | RuntimeException e) {
            // Runs on a timer thread: a failure here must not end the watching; the next request retries.
            log.debug("could not let go of store {}", location, e);
        } finally {
            inUse.unlock();
        }
    }

    /** Document id to its ng:contentHash, for documents that have one. */
    public Map<String, String> contentHashes() {
        return read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Map<String, String> hashes = new TreeMap<>();
            for (StoredDocument document : storedDocuments(dsg)) {
                firstObject(dsg, document.graph(), document.node(), CONTENT_HASH)
                        .ifPresent(hash -> hashes.put(document.id(), hash.getLiteralLexicalForm()));
            }
            return hashes;
        });
    }

    public Set<String> documentIds() {
        return read(ds -> {
            Set<String> ids = new TreeSet<>();
            storedDocuments(ds.asDatasetGraph()).forEach(document -> ids.add(document.id()));
            return ids;
        });
    }

    /**
     * Replaces everything the store holds about one document with {@code graph}, in one write transaction: after a
     * crash the store has either the old graph or the new one. {@code graph} must describe the document (an
     * ng:Document with dct:identifier {@code documentId}); that node's IRI names the graph.
     */
    public void replaceDocument(String documentId, Model graph) {
        replaceDocuments(Map.of(documentId, graph));
    }

    /**
     * Replaces several documents in one write transaction: after a crash the store has all of them or none, and
     * readers see all of them or none. All graphs are checked before the first write.
     */
    public void replaceDocuments(Map<String, Model> graphs) {
        requireWritable();
        Map<String, Node> graphNames = new LinkedHashMap<>();
        graphs.forEach((id, graph) -> graphNames.put(id, documentNodeIn(id, graph.getGraph())));
        try {
            withDataset(dataset -> {
                Txn.executeWrite(dataset, () -> graphs.forEach((id, graph) ->
                        replaceInTransaction(dataset, id, graphNames.get(id), graph.getGraph())));
                StoreTextIndex.afterChange(textIndex, dataset.asDatasetGraph(), graphs.keySet());
                return null;
            });
        } catch (RuntimeException | InternalError e) {
            // A full disk or damaged files: one line for the person, not TDB2's stack.
            throw StoreFailures.translate(location, e, graphs.values().stream().mapToLong(Model::size).sum());
        }
    }

    /** Removes the document's graph; what other documents say, even about the same entities, stays. */
    public boolean removeDocument(String documentId) {
        requireWritable();
        return withDataset(dataset -> {
            boolean removed = Txn.calculateWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                Set<Node> graphs = graphsOf(dsg, documentId);
                graphs.forEach(dsg::removeGraph);
                return !graphs.isEmpty();
            });
            StoreTextIndex.afterChange(textIndex, dataset.asDatasetGraph(), Set.of(documentId));
            return removed;
        });
    }

    /** After a load, which wrote {@code graphs} past this class: the text index follows. */
    public void refreshTextIndex(Set<Node> graphs) {
        requireWritable();
        withDataset(dataset -> {
            StoreTextIndex.afterLoad(textIndex, dataset.asDatasetGraph(),
                    graphs.stream().filter(Node::isURI).map(Node::getURI).toList());
            return null;
        });
    }

    /** Quads in all document graphs. */
    public long tripleCount() {
        return read(ds -> countQuads(ds.asDatasetGraph()));
    }

    public StoreStats stats() {
        return read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            return new StoreStats(location, storedDocuments(dsg).size(), countQuads(dsg), lastBuild(),
                    countsByTerm(ds, CLASS_COUNTS, "class"), countsByTerm(ds, PREDICATE_COUNTS, "predicate"));
        });
    }

    /** The stored documents, oldest publication date first. */
    public List<DocumentSummary> documents() {
        return read(ds -> {
            List<DocumentSummary> documents = new ArrayList<>();
            try (QueryExecution execution = QueryExecution.dataset(ds).query(DOCUMENT_SUMMARIES).build()) {
                ResultSet rows = execution.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    documents.add(new DocumentSummary(text(row.get("id")), text(row.get("date")),
                            text(row.get("title")), text(row.get("source")), row.getLiteral("facts").getLong()));
                }
            }
            return documents;
        });
    }

    public void recordBuild(LastBuild build) {
        requireWritable();
        build.writeTo(folder);
    }

    public Optional<LastBuild> lastBuild() {
        return LastBuild.readFrom(folder);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (announced) {
            HolderFile.remove(folder);
        }
        StoreTextIndex.release(textIndex);
        if (queryIndex != null) {
            queryIndex.close();
        }
        if (held != null) {
            TdbConnections.disconnect(folder, held);
            held = null;
        }
        if (requestWatch != null) {
            requestWatch.shutdownNow();
        }
        inUse.lock();
        try {
            if (lent != null) {
                TdbConnections.disconnect(folder, lent);
                lent = null;
            }
        } finally {
            inUse.unlock();
        }
        if (writerLock != null) {
            writerLock.release();
        }
    }

    private static void replaceInTransaction(Dataset dataset, String documentId, Node graphName, Graph graph) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Set<Node> previous = graphsOf(dsg, documentId);
        previous.add(graphName);
        previous.forEach(dsg::removeGraph);
        graph.find().forEachRemaining(triple ->
                dsg.add(graphName, triple.getSubject(), triple.getPredicate(), triple.getObject()));
    }

    /** The IRI of the ng:Document in {@code graph} whose dct:identifier is {@code documentId}. */
    private static Node documentNodeIn(String documentId, Graph graph) {
        Set<Node> candidates = new LinkedHashSet<>();
        graph.find(Node.ANY, IDENTIFIER, Node.ANY).forEachRemaining(triple -> {
            if (isIdentifier(triple.getObject(), documentId)
                    && graph.contains(triple.getSubject(), TYPE, DOCUMENT)) {
                candidates.add(triple.getSubject());
            }
        });
        if (candidates.size() != 1 || !candidates.iterator().next().isURI()) {
            throw new IllegalArgumentException("the graph for document '" + documentId + "' must hold exactly one "
                    + "ng:Document IRI with dct:identifier \"" + documentId + "\", found " + candidates);
        }
        return candidates.iterator().next();
    }

    /** The graphs that describe {@code documentId}; a faulty load may have left more than one. */
    private static Set<Node> graphsOf(DatasetGraph dsg, String documentId) {
        Set<Node> graphs = new LinkedHashSet<>();
        StoredDocumentGraphs.identifierQuads(dsg, documentId).forEach(quad -> graphs.add(quad.getGraph()));
        return graphs;
    }

    private record StoredDocument(Node graph, Node node, String id) {
    }

    private static List<StoredDocument> storedDocuments(DatasetGraph dsg) {
        return StoredDocumentGraphs.identifierQuads(dsg).stream()
                .map(quad -> new StoredDocument(quad.getGraph(), quad.getSubject(),
                        quad.getObject().getLiteralLexicalForm()))
                .toList();
    }

    private static boolean isIdentifier(Node node, String documentId) {
        return node.isLiteral() && node.getLiteralLexicalForm().equals(documentId);
    }

    private static Optional<Node> firstObject(DatasetGraph dsg, Node graph, Node subject, Node predicate) {
        Iterator<Quad> quads = dsg.find(graph, subject, predicate, Node.ANY);
        try {
            return quads.hasNext() ? Optional.of(quads.next().getObject()) : Optional.empty();
        } finally {
            Iter.close(quads);
        }
    }

    private static long countQuads(DatasetGraph dsg) {
        return Iter.count(Iter.filter(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY),
                quad -> !quad.isDefaultGraph()));
    }

    private static Map<String, Long> countsByTerm(Dataset ds, String query, String termVariable) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (QueryExecution execution = QueryExecution.dataset(ds).query(query).build()) {
            execution.execSelect().forEachRemaining(row -> {
                RDFNode term = row.get(termVariable);
                counts.put(term.isURIResource() ? term.asResource().getURI() : term.toString(),
                        row.getLiteral("count").getLong());
            });
        }
        return counts;
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("store " + location + " is closed");
        }
    }

    private void requireWritable() {
        requireOpen();
        if (access == Access.READ) {
            throw new IllegalStateException("store " + location + " was opened for reading");
        }
    }

    /** Refuses a folder that holds something other than a store, so a mistyped --store never litters a project. */
    private static void prepareFolder(Path directory) {
        String shown = directory.toString();
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new StoreException(shown + " is a file, not a store folder");
        }
        try {
            if (Files.isDirectory(directory) && !exists(directory)) {
                Set<String> ours = Set.of(WRITER_LOCK_FILE, TdbConnections.TDB_LOCK_FILE, LastBuild.FILE_NAME,
                        HOLDER_FILE, READ_REQUEST_FILE);
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                    for (Path entry : entries) {
                        if (!ours.contains(entry.getFileName().toString())) {
                            throw new StoreException(shown + " is not a newsgraph store and is not empty; "
                                    + "choose a new or empty folder");
                        }
                    }
                }
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + shown + ": " + e.getMessage(), e);
        }
    }

    private static Path canonical(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            throw new StoreException("cannot open store " + directory + ": " + e.getMessage(), e);
        }
    }

    /** How long to wait for a store another process holds: {@value #WAIT_VARIABLE} seconds, else the default. */
    static Duration configuredWait() {
        String value = System.getenv(WAIT_VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT_WAIT;
        }
        try {
            double seconds = Double.parseDouble(value.strip());
            if (seconds >= 0 && Double.isFinite(seconds)) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        log.warn("{}={} is not a number of seconds; waiting the default {} s for a busy store", WAIT_VARIABLE,
                value, DEFAULT_WAIT.toSeconds());
        return DEFAULT_WAIT;
    }
}
