package org.newsgraph.build;

import org.newsgraph.build.BuildTimings.Stage;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.ingest.Document;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.AnnotationCache;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.nlp.NlpPipeline;

import java.util.Optional;

/**
 * Annotates and extracts one document: the per-document half of a build, shared by the local build's worker
 * threads and by distributed jobs. Annotation comes from the cache when it has the document; otherwise the JVM's
 * one CoreNLP pipeline for the configuration ({@link NlpPipeline#shared}) annotates it, built on first use.
 * Instances are thread-safe.
 */
public final class DocumentProcessor {

    /** What resolution and mapping need of a document; its annotation is not kept (memory). */
    public record Extracted(Document document, int sentences, DocumentFacts facts, boolean fromCache) {

        /** The document's identity for incremental builds, as stored in its graph. */
        public String contentHash() {
            return GraphBuilder.contentHash(document);
        }
    }

    private final NlpConfig nlpConfig;
    private final FactExtraction extraction;
    private final AnnotationCache cache;
    private final BuildTimings timings;

    /** {@code cache} may be null (no annotation cache). */
    public DocumentProcessor(NlpConfig nlpConfig, FactExtraction extraction, AnnotationCache cache,
                             BuildTimings timings) {
        this.nlpConfig = nlpConfig;
        this.extraction = extraction;
        this.cache = cache;
        this.timings = timings;
    }

    /** The one-line problem a build reports for a document that {@link #process} failed on. */
    public static String problem(Throwable failure) {
        return failure instanceof FactExtraction.ExtractionFailure
                ? "not stored: " + failure.getMessage() : "could not be annotated: " + failure;
    }

    public Extracted process(Document document) {
        String key = AnnotationCache.key(document.nlpText(), document.date(), nlpConfig);
        Optional<AnnotatedDocument> cached = cache == null ? Optional.empty()
                : timings.time(Stage.ANNOTATION_CACHE, () -> cache.get(key));
        AnnotatedDocument annotation;
        if (cached.isPresent()) {
            annotation = asThisDocument(cached.get(), document);
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
        return new Extracted(document, annotation.sentences().size(), facts, cached.isPresent());
    }

    /**
     * The cache is keyed by text, so an article repeated under another id (wire copies, duplicated corpus rows) gets
     * the annotation saved for the first one; its facts must carry its own id, from which its statements and
     * evacuations are named.
     */
    private static AnnotatedDocument asThisDocument(AnnotatedDocument cached, Document document) {
        if (cached.docId().equals(document.id())) {
            return cached;
        }
        return new AnnotatedDocument(document.id(), cached.contentHash(), cached.sentences(), cached.mentions(),
                cached.corefChains(), cached.quotes(), cached.relations());
    }
}
