package org.newsgraph.build;

import org.apache.jena.rdf.model.Model;
import org.newsgraph.build.BuildTimings.Stage;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.ingest.ArticleCollector;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.IngestProblem;
import org.newsgraph.ingest.IngestResult;
import org.newsgraph.ingest.syndication.StoryLinks;
import org.newsgraph.nlp.AnnotationCache;
import org.newsgraph.nlp.CoreNlpChatter;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.rdf.DocumentGraphMapper;
import org.newsgraph.rdf.DocumentRecord;
import org.newsgraph.rdf.KnownEntityReader;
import org.newsgraph.rdf.KnownEvacuationReader;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.Gazetteer;
import org.newsgraph.resolve.KnownEntity;
import org.newsgraph.resolve.ResolvedDocument;
import org.newsgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the stages ingest → nlp → extract → resolve → map → store for a batch of inputs. Documents whose content hash
 * is already in the store are skipped; annotation comes from the cache when it can, and CoreNLP is only loaded when
 * some document really needs annotating. Finished documents are committed in batches (see {@link WriteBatching}),
 * each batch one transaction of whole documents, so an interrupted build leaves every document wholly in or wholly
 * out, and between batches the store is free for other programs to read.
 */
public final class GraphBuilder {

    private static final Logger log = LoggerFactory.getLogger(GraphBuilder.class);

    /** Part of every document's content hash: bump it when extraction changes, so stores rebuild. */
    static final String EXTRACTION_VERSION = "3";

    private final NlpConfig nlpConfig;
    private final FactExtraction extraction;
    private final BuildTimings timings;
    private final WriteBatching batching;

    public GraphBuilder() {
        this(NlpConfig.standard(), new FactExtraction(Gazetteer.standard()));
    }

    public GraphBuilder(NlpConfig nlpConfig, FactExtraction extraction) {
        this(nlpConfig, extraction, new BuildTimings());
    }

    /** {@code timings} collects the time of each stage, over every build this builder runs. */
    public GraphBuilder(NlpConfig nlpConfig, FactExtraction extraction, BuildTimings timings) {
        this(nlpConfig, extraction, timings, WriteBatching.standard());
    }

    public GraphBuilder(NlpConfig nlpConfig, FactExtraction extraction, BuildTimings timings,
                        WriteBatching batching) {
        this.nlpConfig = nlpConfig;
        this.extraction = extraction;
        this.timings = timings;
        this.batching = batching;
    }

    public BuildTimings timings() {
        return timings;
    }

    public BuildReport build(GraphStore store, BuildRequest request, BuildListener listener) {
        long start = System.nanoTime();
        IngestResult ingest = timings.time(Stage.INGEST,
                () -> new ArticleCollector(request.ingest()).collect(request.inputs()));
        List<IngestProblem> problems = new ArrayList<>(ingest.problems());
        listener.started(ingest.documents().size());

        List<Document> changed = new ArrayList<>();
        int unchanged = 0;
        long detection = System.nanoTime();
        Map<String, String> storedHashes = store.contentHashes();
        for (Document document : ingest.documents()) {
            if (contentHash(document).equals(storedHashes.get(document.id()))) {
                unchanged++;
                listener.documentDone(document.id(), BuildListener.DocumentOutcome.UNCHANGED);
            } else {
                changed.add(document);
            }
        }
        timings.add(Stage.CHANGE_DETECTION, System.nanoTime() - detection);

        changed.sort(RESOLUTION_ORDER);
        Tally tally = annotateAndWrite(changed, store, request, listener, problems);
        long triples = timings.time(Stage.SUMMARY, store::tripleCount);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new BuildReport(ingest.documents().size(), tally.annotated, tally.fromCache, unchanged,
                tally.sentences, tally.entities.size(), tally.facts, triples, problems, ingest.warnings(), elapsed);
    }

    /**
     * Documents are resolved in date order, so that the earliest article names an entity first and a rebuild mints
     * the same IRIs; the id breaks ties.
     */
    private static final Comparator<Document> RESOLUTION_ORDER =
            Comparator.comparing((Document d) -> Optional.ofNullable(d.date()).orElse(LocalDate.MIN))
                    .thenComparing(Document::id);

    /** A document's identity for incremental builds: its text, its metadata and the extraction it went through. */
    public static String contentHash(Document document) {
        return AnnotationCache.sha256(EXTRACTION_VERSION + "\u0000" + document.date() + "\u0000" + document.title()
                + "\u0000" + document.source() + "\u0000" + document.text());
    }

    /**
     * What writing needs of a document. Its annotation is not kept: documents finished ahead of the writer wait
     * here, and their tokens and parses would cost memory for nothing.
     */
    private record Extracted(Document document, int sentences, DocumentFacts facts, boolean fromCache) {}

    /** What the written documents add up to, for the report. */
    private static final class Tally {
        int annotated;
        int fromCache;
        int sentences;
        int facts;
        final Set<String> entities = new HashSet<>();
    }

    /**
     * Annotates and extracts on the worker threads while this thread resolves, maps and stores the finished
     * documents in {@code documents}' order (resolution order), so writing overlaps annotation instead of following
     * it. A document that cannot be annotated is reported and the others go on.
     */
    private Tally annotateAndWrite(List<Document> documents, GraphStore store, BuildRequest request,
                                   BuildListener listener, List<IngestProblem> problems) {
        Tally tally = new Tally();
        if (documents.isEmpty()) {
            return tally;
        }
        // Read once per build, however many documents are new: resolving a new article never rereads the corpus.
        List<KnownEntity> known = timings.time(Stage.KNOWN_ENTITIES, () -> store.read(KnownEntityReader::read));
        var operations = timings.time(Stage.KNOWN_ENTITIES, () -> store.read(KnownEvacuationReader::read));
        EntityResolver resolver = new EntityResolver(known, operations);
        StoryLinks stories = timings.time(Stage.KNOWN_ENTITIES, () -> store.read(StoryLinks::read));
        DocumentGraphMapper mapper = new DocumentGraphMapper();
        AnnotationCache cache = request.cacheDirectory() == null ? null : new AnnotationCache(request.cacheDirectory());
        DocumentProcessor processor = new DocumentProcessor(nlpConfig, extraction, cache, timings);
        ExecutorService workers = Executors.newFixedThreadPool(request.threads());
        List<Future<Extracted>> futures = new ArrayList<>();
        PendingBatch batch = new PendingBatch(store);
        // Annotation runs at most this many documents ahead of the writer: while a reader holds the store, or a
        // commit is slow, finished documents wait in memory, and without a bound a large build would hold them all.
        int ahead = Math.max(2 * batching.maxDocuments(), 4 * request.threads());
        try (CoreNlpChatter quiet = CoreNlpChatter.silenced()) {
            for (int i = 0; i < Math.min(ahead, documents.size()); i++) {
                Document document = documents.get(i);
                futures.add(workers.submit(() -> process(document, processor, listener)));
            }
            for (int i = 0; i < documents.size(); i++) {
                if (futures.size() < documents.size()) {
                    Document document = documents.get(futures.size());
                    futures.add(workers.submit(() -> process(document, processor, listener)));
                }
                Extracted extracted;
                try {
                    extracted = awaitCommittingMeanwhile(futures.get(i), batch);
                } catch (ExecutionException e) {
                    Document document = documents.get(i);
                    Throwable cause = e.getCause();
                    log.debug("processing of {} failed", document.id(), cause);
                    problems.add(new IngestProblem(document.origin(), DocumentProcessor.problem(cause)));
                    listener.documentDone(document.id(), BuildListener.DocumentOutcome.FAILED);
                    continue;
                }
                // Written documents are let go: only the ones still ahead of the writer stay in memory.
                futures.set(i, null);
                resolveAndMap(extracted, batch, resolver, mapper, stories, tally);
                if (batch.size() >= batching.maxDocuments() || batch.due()) {
                    batch.commit();
                }
            }
            batch.commit();
        } finally {
            workers.shutdownNow();
        }
        return tally;
    }

    /**
     * Waits for the next document in order; if the batch falls due meanwhile (annotation is slow), commits it
     * first, so that what is finished reaches the store and its readers promptly.
     */
    private Extracted awaitCommittingMeanwhile(Future<Extracted> next, PendingBatch batch) throws ExecutionException {
        try {
            if (batch.size() > 0) {
                long left = batch.millisUntilDue();
                if (left > 0) {
                    try {
                        return next.get(left, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        // Due now: commit below, then wait as long as it takes.
                    }
                }
                batch.commit();
            }
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        }
    }

    /** Resolves and maps one document into the batch; its facts count once the batch is stored. */
    private void resolveAndMap(Extracted e, PendingBatch batch, EntityResolver resolver, DocumentGraphMapper mapper,
                               StoryLinks stories, Tally tally) {
        ResolvedDocument resolved = timings.time(Stage.RESOLUTION, () -> resolver.resolve(e.facts));
        Model graph = timings.time(Stage.MAPPING, () -> mapper.map(resolved, new DocumentRecord(e.document.id(),
                e.document.title(), e.document.source(), e.document.date(), contentHash(e.document), e.sentences)));
        stories.link(graph, e.document);
        batch.add(e.document.id(), graph, () -> {
            if (e.fromCache) {
                tally.fromCache++;
            } else {
                tally.annotated++;
            }
            tally.sentences += e.sentences;
            tally.facts += (int) e.facts.facts().stream().filter(f -> f.evidence() != null).count();
            tally.entities.addAll(resolved.iriByKey().values());
        });
    }

    /** Mapped documents not yet stored; committed together in one transaction, whole documents only. */
    private final class PendingBatch {
        private final GraphStore store;
        private final Map<String, Model> graphs = new LinkedHashMap<>();
        private final List<Runnable> onCommit = new ArrayList<>();
        private long firstAddedNanos;

        PendingBatch(GraphStore store) {
            this.store = store;
        }

        void add(String documentId, Model graph, Runnable whenStored) {
            if (graphs.isEmpty()) {
                firstAddedNanos = System.nanoTime();
            }
            // Two inputs with one id: the later replaces the earlier, as it would in two transactions.
            graphs.put(documentId, graph);
            onCommit.add(whenStored);
        }

        int size() {
            return graphs.size();
        }

        long millisUntilDue() {
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstAddedNanos);
            return batching.maxDelay().toMillis() - waited;
        }

        boolean due() {
            return !graphs.isEmpty() && millisUntilDue() <= 0;
        }

        void commit() {
            if (graphs.isEmpty()) {
                return;
            }
            timings.time(Stage.STORE, () -> store.replaceDocuments(graphs));
            log.debug("stored {} documents in one transaction", graphs.size());
            onCommit.forEach(Runnable::run);
            graphs.clear();
            onCommit.clear();
        }
    }

    private Extracted process(Document document, DocumentProcessor processor, BuildListener listener) {
        DocumentProcessor.Extracted done = processor.process(document);
        listener.documentDone(document.id(), done.fromCache()
                ? BuildListener.DocumentOutcome.FROM_CACHE : BuildListener.DocumentOutcome.ANNOTATED);
        return new Extracted(document, done.sentences(), done.facts(), done.fromCache());
    }
}
