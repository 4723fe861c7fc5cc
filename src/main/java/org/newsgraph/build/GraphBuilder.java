package org.newsgraph.build;

import org.apache.jena.rdf.model.Model;
import org.newsgraph.build.BuildTimings.Stage;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.ingest.ArticleCollector;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.IngestProblem;
import org.newsgraph.ingest.IngestResult;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.AnnotationCache;
import org.newsgraph.nlp.CoreNlpChatter;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.rdf.DocumentGraphMapper;
import org.newsgraph.rdf.DocumentRecord;
import org.newsgraph.rdf.KnownEntityReader;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the stages ingest → nlp → extract → resolve → map → store for a batch of inputs. Documents whose content hash
 * is already in the store are skipped; annotation comes from the cache when it can, and CoreNLP is only loaded when
 * some document really needs annotating. Each document's graph is written in its own transaction, so an interrupted
 * build leaves every document wholly in or wholly out.
 */
public final class GraphBuilder {

    private static final Logger log = LoggerFactory.getLogger(GraphBuilder.class);

    /** Part of every document's content hash: bump it when extraction changes, so stores rebuild. */
    static final String EXTRACTION_VERSION = "2";

    private final NlpConfig nlpConfig;
    private final FactExtraction extraction;
    private final BuildTimings timings;

    public GraphBuilder() {
        this(NlpConfig.standard(), new FactExtraction(Gazetteer.standard()));
    }

    public GraphBuilder(NlpConfig nlpConfig, FactExtraction extraction) {
        this(nlpConfig, extraction, new BuildTimings());
    }

    /** {@code timings} collects the time of each stage, over every build this builder runs. */
    public GraphBuilder(NlpConfig nlpConfig, FactExtraction extraction, BuildTimings timings) {
        this.nlpConfig = nlpConfig;
        this.extraction = extraction;
        this.timings = timings;
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
    static String contentHash(Document document) {
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
        EntityResolver resolver = new EntityResolver(known);
        DocumentGraphMapper mapper = new DocumentGraphMapper();
        AnnotationCache cache = request.cacheDirectory() == null ? null : new AnnotationCache(request.cacheDirectory());
        ExecutorService workers = Executors.newFixedThreadPool(request.threads());
        List<Future<Extracted>> futures = new ArrayList<>();
        try (CoreNlpChatter quiet = CoreNlpChatter.silenced()) {
            for (Document document : documents) {
                futures.add(workers.submit(() -> process(document, cache, listener)));
            }
            for (int i = 0; i < futures.size(); i++) {
                Extracted extracted;
                try {
                    extracted = futures.get(i).get();
                } catch (ExecutionException e) {
                    Document document = documents.get(i);
                    Throwable cause = e.getCause();
                    log.debug("annotation of {} failed", document.id(), cause);
                    problems.add(new IngestProblem(document.origin(), "could not be annotated: " + cause));
                    listener.documentDone(document.id(), BuildListener.DocumentOutcome.FAILED);
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("build interrupted", e);
                }
                // Written documents are let go: only the ones still ahead of the writer stay in memory.
                futures.set(i, null);
                write(extracted, store, resolver, mapper, tally);
            }
        } finally {
            workers.shutdownNow();
        }
        return tally;
    }

    /** Resolves, maps and stores one document, its graph replaced in one transaction. */
    private void write(Extracted e, GraphStore store, EntityResolver resolver, DocumentGraphMapper mapper,
                       Tally tally) {
        ResolvedDocument resolved = timings.time(Stage.RESOLUTION, () -> resolver.resolve(e.facts));
        Model graph = timings.time(Stage.MAPPING, () -> mapper.map(resolved, new DocumentRecord(e.document.id(),
                e.document.title(), e.document.source(), e.document.date(), contentHash(e.document), e.sentences)));
        timings.time(Stage.STORE, () -> store.replaceDocument(e.document.id(), graph));
        if (e.fromCache) {
            tally.fromCache++;
        } else {
            tally.annotated++;
        }
        tally.sentences += e.sentences;
        tally.facts += (int) e.facts.facts().stream().filter(f -> f.evidence() != null).count();
        tally.entities.addAll(resolved.iriByKey().values());
    }

    private Extracted process(Document document, AnnotationCache cache, BuildListener listener) {
        String key = AnnotationCache.key(document.nlpText(), document.date(), nlpConfig);
        Optional<AnnotatedDocument> cached = cache == null ? Optional.empty()
                : timings.time(Stage.ANNOTATION_CACHE, () -> cache.get(key));
        AnnotatedDocument annotation;
        if (cached.isPresent()) {
            annotation = cached.get();
        } else {
            // Loading the models is left out of the annotation time: the pipeline reports it (loadTime).
            NlpPipeline pipeline = NlpPipeline.shared(nlpConfig);
            annotation = timings.time(Stage.ANNOTATION,
                    () -> pipeline.annotate(document.id(), key, document.nlpText(), document.date()));
            if (cache != null) {
                AnnotatedDocument fresh = annotation;
                timings.time(Stage.ANNOTATION_CACHE, () -> cache.put(key, fresh));
            }
        }
        timings.countTokens(annotation.tokenCount(), cached.isPresent());
        AnnotatedDocument annotated = annotation;
        DocumentFacts facts = timings.time(Stage.EXTRACTION,
                () -> extraction.extract(annotated, document.nlpText(), document.date()));
        listener.documentDone(document.id(), cached.isPresent()
                ? BuildListener.DocumentOutcome.FROM_CACHE : BuildListener.DocumentOutcome.ANNOTATED);
        return new Extracted(document, annotation.sentences().size(), facts, cached.isPresent());
    }
}
