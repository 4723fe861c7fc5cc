package org.newsgraph.build;

import org.apache.jena.rdf.model.Model;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    public GraphBuilder() {
        this(NlpConfig.standard(), new FactExtraction(Gazetteer.standard()));
    }

    public GraphBuilder(NlpConfig nlpConfig, FactExtraction extraction) {
        this.nlpConfig = nlpConfig;
        this.extraction = extraction;
    }

    public BuildReport build(GraphStore store, BuildRequest request, BuildListener listener) {
        long start = System.nanoTime();
        IngestResult ingest = new ArticleCollector(request.ingest()).collect(request.inputs());
        List<IngestProblem> problems = new ArrayList<>(ingest.problems());
        Map<String, String> storedHashes = store.contentHashes();
        listener.started(ingest.documents().size());

        List<Document> changed = new ArrayList<>();
        int unchanged = 0;
        for (Document document : ingest.documents()) {
            if (contentHash(document).equals(storedHashes.get(document.id()))) {
                unchanged++;
                listener.documentDone(document.id(), BuildListener.DocumentOutcome.UNCHANGED);
            } else {
                changed.add(document);
            }
        }

        List<Extracted> extracted = annotateAndExtract(changed, request, listener, problems);
        extracted.sort(Comparator.comparing((Extracted e) -> Optional.ofNullable(e.document.date()).orElse(LocalDate.MIN))
                .thenComparing(e -> e.document.id()));

        List<KnownEntity> known = store.read(KnownEntityReader::read);
        EntityResolver resolver = new EntityResolver(known);
        DocumentGraphMapper mapper = new DocumentGraphMapper();
        int sentences = 0;
        int facts = 0;
        java.util.Set<String> entities = new java.util.HashSet<>();
        for (Extracted e : extracted) {
            ResolvedDocument resolved = resolver.resolve(e.facts);
            Model graph = mapper.map(resolved, new DocumentRecord(e.document.id(), e.document.title(),
                    e.document.source(), e.document.date(), contentHash(e.document), e.annotation.sentences().size()));
            store.replaceDocument(e.document.id(), graph);
            sentences += e.annotation.sentences().size();
            facts += (int) e.facts.facts().stream().filter(f -> f.evidence() != null).count();
            entities.addAll(resolved.iriByKey().values());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        int fromCache = (int) extracted.stream().filter(Extracted::fromCache).count();
        return new BuildReport(ingest.documents().size(), extracted.size() - fromCache, fromCache, unchanged, sentences,
                entities.size(),
                facts, store.tripleCount(), problems, ingest.warnings(), elapsed);
    }

    /** A document's identity for incremental builds: its text, its metadata and the extraction it went through. */
    static String contentHash(Document document) {
        return AnnotationCache.sha256(EXTRACTION_VERSION + "\u0000" + document.date() + "\u0000" + document.title()
                + "\u0000" + document.source() + "\u0000" + document.text());
    }

    private record Extracted(Document document, AnnotatedDocument annotation, DocumentFacts facts, boolean fromCache) {}

    private List<Extracted> annotateAndExtract(List<Document> documents, BuildRequest request,
                                               BuildListener listener, List<IngestProblem> problems) {
        if (documents.isEmpty()) {
            return new ArrayList<>();
        }
        AnnotationCache cache = request.cacheDirectory() == null ? null : new AnnotationCache(request.cacheDirectory());
        ExecutorService workers = Executors.newFixedThreadPool(request.threads());
        List<Future<Extracted>> futures = new ArrayList<>();
        List<Extracted> results = new ArrayList<>();
        try (CoreNlpChatter quiet = CoreNlpChatter.silenced()) {
            for (Document document : documents) {
                futures.add(workers.submit(() -> process(document, cache, listener)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Document document = documents.get(i);
                    Throwable cause = e.getCause();
                    log.debug("annotation of {} failed", document.id(), cause);
                    problems.add(new IngestProblem(document.origin(), "could not be annotated: " + cause));
                    listener.documentDone(document.id(), BuildListener.DocumentOutcome.FAILED);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("build interrupted", e);
                }
            }
        } finally {
            workers.shutdownNow();
        }
        return results;
    }

    private Extracted process(Document document, AnnotationCache cache, BuildListener listener) {
        String key = AnnotationCache.key(document.nlpText(), document.date(), nlpConfig);
        Optional<AnnotatedDocument> cached = cache == null ? Optional.empty() : cache.get(key);
        AnnotatedDocument annotation;
        if (cached.isPresent()) {
            annotation = cached.get();
        } else {
            annotation = NlpPipeline.shared(nlpConfig).annotate(document.id(), key, document.nlpText(), document.date());
            if (cache != null) {
                cache.put(key, annotation);
            }
        }
        DocumentFacts facts = extraction.extract(annotation, document.nlpText(), document.date());
        listener.documentDone(document.id(), cached.isPresent()
                ? BuildListener.DocumentOutcome.FROM_CACHE : BuildListener.DocumentOutcome.ANNOTATED);
        return new Extracted(document, annotation, facts, cached.isPresent());
    }
}
