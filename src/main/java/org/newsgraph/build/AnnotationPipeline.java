package org.newsgraph.build;

import org.apache.jena.rdf.model.Model;
import org.newsgraph.build.BuildTimings.Stage;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.IngestProblem;
import org.newsgraph.ingest.syndication.StoryLinks;
import org.newsgraph.nlp.AnnotationCache;
import org.newsgraph.nlp.CoreNlpChatter;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.rdf.DocumentGraphMapper;
import org.newsgraph.rdf.DocumentRecord;
import org.newsgraph.rdf.KnownEntityReader;
import org.newsgraph.rdf.KnownEvacuationReader;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.KnownEntity;
import org.newsgraph.resolve.ResolvedDocument;
import org.newsgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Annotates and extracts documents on worker threads while the calling thread resolves, maps and stores the finished
 * ones in the order given, so writing overlaps annotation instead of following it. One pipeline serves a whole build:
 * the store's known entities, evacuation operations and story sketches are read once, when it is made, and every
 * window of documents the build hands it ({@link #write}) resolves against what the earlier ones added. Finished
 * documents are committed in batches of whole documents ({@link WriteBatching}), a batch possibly spanning windows.
 */
final class AnnotationPipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnnotationPipeline.class);

    private final GraphStore store;
    private final BuildTimings timings;
    private final WriteBatching batching;
    private final BuildListener listener;
    private final List<IngestProblem> problems;
    private final EntityResolver resolver;
    private final StoryLinks stories;
    private final DocumentGraphMapper mapper = new DocumentGraphMapper();
    private final DocumentProcessor processor;
    private final ExecutorService workers;
    private final PendingBatch batch;
    private final CoreNlpChatter quiet;
    private final int ahead;
    final Tally tally = new Tally();

    AnnotationPipeline(GraphStore store, BuildRequest request, NlpConfig nlpConfig, FactExtraction extraction,
                       BuildTimings timings, WriteBatching batching, BuildListener listener,
                       List<IngestProblem> problems) {
        this.store = store;
        this.timings = timings;
        this.batching = batching;
        this.listener = listener;
        this.problems = problems;
        // Read once per build, however many documents are new: resolving a new article never rereads the corpus.
        List<KnownEntity> known = timings.time(Stage.KNOWN_ENTITIES, () -> store.read(KnownEntityReader::read));
        var operations = timings.time(Stage.KNOWN_ENTITIES, () -> store.read(KnownEvacuationReader::read));
        this.resolver = new EntityResolver(known, operations);
        this.stories = timings.time(Stage.KNOWN_ENTITIES, () -> store.read(StoryLinks::read));
        AnnotationCache cache = request.cacheDirectory() == null ? null : new AnnotationCache(request.cacheDirectory());
        this.processor = new DocumentProcessor(nlpConfig, extraction, cache, timings);
        this.workers = Executors.newFixedThreadPool(request.threads());
        this.batch = new PendingBatch();
        // Annotation runs at most this many documents ahead of the writer: while a reader holds the store, or a
        // commit is slow, finished documents wait in memory, and without a bound a large build would hold them all.
        this.ahead = Math.max(2 * batching.maxDocuments(), 4 * request.threads());
        this.quiet = CoreNlpChatter.silenced();
    }

    /**
     * What writing needs of a document. Its annotation is not kept: documents finished ahead of the writer wait
     * here, and their tokens and parses would cost memory for nothing.
     */
    private record Extracted(Document document, int sentences, DocumentFacts facts, boolean fromCache) {}

    /** What the written documents add up to, for the report. */
    static final class Tally {
        int annotated;
        int fromCache;
        int sentences;
        int facts;
        final Set<String> entities = new HashSet<>();
    }

    /**
     * Writes the documents in their order; returns once each is in a batch (the last batch may still be pending). A
     * document that cannot be annotated is reported and the others go on. Entries are let go as they are written.
     */
    void write(List<Document> documents) {
        List<Future<Extracted>> futures = new ArrayList<>();
        for (int i = 0; i < Math.min(ahead, documents.size()); i++) {
            futures.add(submit(documents.get(i)));
        }
        for (int i = 0; i < documents.size(); i++) {
            if (futures.size() < documents.size()) {
                futures.add(submit(documents.get(futures.size())));
            }
            Document document = documents.get(i);
            Extracted extracted;
            try {
                extracted = awaitCommittingMeanwhile(futures.get(i));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                log.debug("processing of {} failed", document.id(), cause);
                problems.add(new IngestProblem(document.origin(), DocumentProcessor.problem(cause)));
                listener.documentDone(document.id(), BuildListener.DocumentOutcome.FAILED);
                timings.documentReleased();
                futures.set(i, null);
                documents.set(i, null);
                continue;
            }
            // Written documents are let go: only the ones still ahead of the writer stay in memory.
            futures.set(i, null);
            documents.set(i, null);
            resolveAndMap(extracted);
            if (batch.size() >= batching.maxDocuments() || batch.due()) {
                batch.commit();
            }
        }
    }

    /** Commits what is still pending. */
    void finish() {
        batch.commit();
    }

    private Future<Extracted> submit(Document document) {
        return workers.submit(() -> {
            DocumentProcessor.Extracted done = processor.process(document);
            listener.documentDone(document.id(), done.fromCache()
                    ? BuildListener.DocumentOutcome.FROM_CACHE : BuildListener.DocumentOutcome.ANNOTATED);
            return new Extracted(document, done.sentences(), done.facts(), done.fromCache());
        });
    }

    /**
     * Waits for the next document in order; if the batch falls due meanwhile (annotation is slow), commits it
     * first, so that what is finished reaches the store and its readers promptly.
     */
    private Extracted awaitCommittingMeanwhile(Future<Extracted> next) throws ExecutionException {
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
    private void resolveAndMap(Extracted e) {
        ResolvedDocument resolved = timings.time(Stage.RESOLUTION, () -> resolver.resolve(e.facts));
        Model graph = timings.time(Stage.MAPPING, () -> mapper.map(resolved, new DocumentRecord(e.document.id(),
                e.document.title(), e.document.source(), e.document.date(), GraphBuilder.contentHash(e.document),
                e.sentences)));
        stories.link(graph, e.document);
        batch.add(e.document.id(), graph, () -> {
            timings.documentReleased();
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

    @Override
    public void close() {
        workers.shutdownNow();
        quiet.close();
    }

    /** Mapped documents not yet stored; committed together in one transaction, whole documents only. */
    private final class PendingBatch {
        private final Map<String, Model> graphs = new LinkedHashMap<>();
        private final List<Runnable> onCommit = new ArrayList<>();
        private long firstAddedNanos;

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
}
