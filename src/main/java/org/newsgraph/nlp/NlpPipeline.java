package org.newsgraph.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CoreNLP pipeline, built once per JVM and configuration: building it loads about a gigabyte of models and takes
 * tens of seconds, while one instance is thread-safe for annotating separate documents.
 * <p>
 * Each annotator is timed, summed over all threads, so a benchmark can say where annotation time goes
 * ({@link #annotatorTimes()}).
 */
public final class NlpPipeline {

    private static final Logger log = LoggerFactory.getLogger(NlpPipeline.class);
    private static final Map<String, NlpPipeline> INSTANCES = new ConcurrentHashMap<>();

    private final NlpConfig config;
    private final List<TimedAnnotator> annotators;
    private final AnnotationPipeline pipeline;
    private final Duration loadTime;
    private final LongAdder conversionNanos = new LongAdder();

    private NlpPipeline(NlpConfig config) {
        this.config = config;
        long start = System.nanoTime();
        StanfordCoreNLP coreNlp = new StanfordCoreNLP(config.toProperties());
        // StanfordCoreNLP.annotate runs, in order, the annotators its normalised "annotators" property names, each
        // taken from its own pool, and only counts words besides. Running those same instances through a plain
        // AnnotationPipeline behaves identically and lets each one be timed exactly under concurrent use (CoreNLP's
        // own timingInformation() adds to unsynchronised counters and rounds to tenths of a second).
        List<TimedAnnotator> timed = new ArrayList<>();
        for (String name : coreNlp.getProperties().getProperty("annotators").split("[, \t]+")) {
            if (!name.isBlank()) {
                timed.add(new TimedAnnotator(name.strip(), coreNlp.pool.get(name.strip())));
            }
        }
        this.annotators = List.copyOf(timed);
        this.pipeline = new AnnotationPipeline(new ArrayList<>(annotators));
        this.loadTime = Duration.ofNanos(System.nanoTime() - start);
        log.info("CoreNLP pipeline ready in {} s ({})", String.format("%.1f", loadTime.toNanos() / 1e9),
                String.join(",", config.annotators()));
    }

    public static NlpPipeline shared(NlpConfig config) {
        return INSTANCES.computeIfAbsent(config.fingerprint(), k -> new NlpPipeline(config));
    }

    /** The pipeline for {@code config} if this JVM has built it already; building one costs tens of seconds. */
    public static Optional<NlpPipeline> existing(NlpConfig config) {
        return Optional.ofNullable(INSTANCES.get(config.fingerprint()));
    }

    public NlpConfig config() {
        return config;
    }

    /** How long loading the models and building the pipeline took. */
    public Duration loadTime() {
        return loadTime;
    }

    /**
     * Time spent in each annotator since the pipeline was built, summed over threads, in pipeline order; the names
     * are CoreNLP's annotator names after its own normalisation.
     */
    public Map<String, Duration> annotatorTimes() {
        Map<String, Duration> times = new LinkedHashMap<>();
        for (TimedAnnotator annotator : annotators) {
            times.merge(annotator.name, Duration.ofNanos(annotator.nanos.sum()), Duration::plus);
        }
        return times;
    }

    /** Time spent turning CoreNLP's annotations into newsgraph's records, summed over threads. */
    public Duration conversionTime() {
        return Duration.ofNanos(conversionNanos.sum());
    }

    /**
     * Annotates {@code text}. The document date anchors SUTime when a configuration turns it on, so "on Sunday"
     * resolves against the article's publication date rather than today.
     */
    public AnnotatedDocument annotate(String docId, String contentHash, String text, LocalDate documentDate) {
        Annotation annotation = new Annotation(text);
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        pipeline.annotate(annotation);
        long start = System.nanoTime();
        AnnotatedDocument converted = CoreNlpConverter.convert(docId, contentHash, annotation);
        conversionNanos.add(System.nanoTime() - start);
        return converted;
    }

    /** One of CoreNLP's annotators with a stopwatch around it. */
    private static final class TimedAnnotator implements Annotator {

        private final String name;
        private final Annotator annotator;
        private final LongAdder nanos = new LongAdder();

        TimedAnnotator(String name, Annotator annotator) {
            this.name = name;
            this.annotator = annotator;
        }

        @Override
        public void annotate(Annotation annotation) {
            long start = System.nanoTime();
            try {
                annotator.annotate(annotation);
            } finally {
                nanos.add(System.nanoTime() - start);
            }
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
            return annotator.requirementsSatisfied();
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requires() {
            return annotator.requires();
        }
    }
}
