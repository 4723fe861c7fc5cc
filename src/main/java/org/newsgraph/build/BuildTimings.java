package org.newsgraph.build;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where a build's time goes, stage by stage, and how many tokens it handled. Stages that run on the worker threads
 * (annotation, extraction, the annotation cache) are summed over threads, so they can add up to more than the wall
 * time; the others run on the building thread. Thread-safe.
 */
public final class BuildTimings {

    /** The stages of a build in the order they run. */
    public enum Stage {
        INGEST("ingest"),
        CHANGE_DETECTION("change detection"),
        ANNOTATION_CACHE("annotation cache"),
        ANNOTATION("annotation"),
        EXTRACTION("extraction"),
        KNOWN_ENTITIES("known entities"),
        RESOLUTION("entity resolution"),
        MAPPING("mapping"),
        STORE("store"),
        SUMMARY("summary");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder tokensAnnotated = new LongAdder();
    private final LongAdder tokensFromCache = new LongAdder();
    private final AtomicInteger documentsHeld = new AtomicInteger();
    private final AtomicInteger peakDocumentsHeld = new AtomicInteger();

    public BuildTimings() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    public <T> T time(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    public void time(Stage stage, Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    void countTokens(int tokens, boolean fromCache) {
        (fromCache ? tokensFromCache : tokensAnnotated).add(tokens);
    }

    /** Time per stage so far, every stage present, in the order they run. */
    public Map<Stage, Duration> stages() {
        Map<Stage, Duration> result = new EnumMap<>(Stage.class);
        nanos.forEach((stage, sum) -> result.put(stage, Duration.ofNanos(sum.sum())));
        return result;
    }

    /** Tokens of the documents CoreNLP annotated in this build. */
    public long tokensAnnotated() {
        return tokensAnnotated.sum();
    }

    /** Tokens of the documents whose annotation came from the cache. */
    public long tokensFromCache() {
        return tokensFromCache.sum();
    }

    /** A document was read and is now held by the build (buffered, in a window, annotated or in a batch). */
    void documentHeld() {
        peakDocumentsHeld.accumulateAndGet(documentsHeld.incrementAndGet(), Math::max);
    }

    /** A held document was let go: unchanged in the store, failed, or stored and out of its batch. */
    void documentReleased() {
        documentsHeld.decrementAndGet();
    }

    /**
     * The most documents held at once, read but not yet let go: what bounds a build's memory besides the store, so
     * it must not grow with the size of the input.
     */
    public int peakDocumentsHeld() {
        return peakDocumentsHeld.get();
    }
}
