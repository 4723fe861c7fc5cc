package org.newsgraph.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * The CoreNLP pipeline, built once per JVM and configuration: building it loads about a gigabyte of models and takes
 * tens of seconds, while one instance is thread-safe for annotating separate documents.
 */
public final class NlpPipeline {

    private static final Logger log = LoggerFactory.getLogger(NlpPipeline.class);
    private static final Map<String, NlpPipeline> INSTANCES = new ConcurrentHashMap<>();

    private final NlpConfig config;
    private final StanfordCoreNLP coreNlp;

    private NlpPipeline(NlpConfig config) {
        this.config = config;
        long start = System.nanoTime();
        this.coreNlp = new StanfordCoreNLP(config.toProperties());
        log.info("CoreNLP pipeline ready in {} s ({})", String.format("%.1f", (System.nanoTime() - start) / 1e9),
                String.join(",", config.annotators()));
    }

    public static NlpPipeline shared(NlpConfig config) {
        return INSTANCES.computeIfAbsent(config.fingerprint(), k -> new NlpPipeline(config));
    }

    public NlpConfig config() {
        return config;
    }

    /**
     * Annotates {@code text}. The document date anchors SUTime, so "on Sunday" resolves against the article's
     * publication date rather than today.
     */
    public AnnotatedDocument annotate(String docId, String contentHash, String text, LocalDate documentDate) {
        Annotation annotation = new Annotation(text);
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        coreNlp.annotate(annotation);
        return CoreNlpConverter.convert(docId, contentHash, annotation);
    }
}
