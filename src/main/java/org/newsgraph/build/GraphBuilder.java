package org.newsgraph.build;

import org.newsgraph.build.BuildTimings.Stage;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.ingest.ArticleCollector;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.IngestProblem;
import org.newsgraph.ingest.IngestResult;
import org.newsgraph.nlp.AnnotationCache;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.resolve.Gazetteer;
import org.newsgraph.store.GraphStore;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the stages ingest → nlp → extract → resolve → map → store for a batch of inputs. Documents whose content hash
 * is already in the store are skipped; annotation comes from the cache when it can, and CoreNLP is only loaded when
 * some document really needs annotating. Finished documents are committed in batches (see {@link WriteBatching}),
 * each batch one transaction of whole documents, so an interrupted build leaves every document wholly in or wholly
 * out, and between batches the store is free for other programs to read.
 * <p>
 * Inputs are streamed: they are read on a thread of their own while earlier documents are annotated and written, and
 * at most two windows of documents ({@link ReadAhead}) are held at once, so an archive of any size builds in bounded
 * memory. Unchanged documents are let go as soon as they are read.
 */
public final class GraphBuilder {

    /** Part of every document's content hash: bump it when extraction changes, so stores rebuild. */
    static final String EXTRACTION_VERSION = "3";

    private final NlpConfig nlpConfig;
    private final FactExtraction extraction;
    private final BuildTimings timings;
    private final WriteBatching batching;
    private final ReadAhead readAhead;

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
        this(nlpConfig, extraction, timings, batching, ReadAhead.standard());
    }

    /** {@code readAhead} bounds the documents held at once (and the span over which they are put in date order). */
    public GraphBuilder(NlpConfig nlpConfig, FactExtraction extraction, BuildTimings timings,
                        WriteBatching batching, ReadAhead readAhead) {
        this.nlpConfig = nlpConfig;
        this.extraction = extraction;
        this.timings = timings;
        this.batching = batching;
        this.readAhead = readAhead;
    }

    public BuildTimings timings() {
        return timings;
    }

    public BuildReport build(GraphStore store, BuildRequest request, BuildListener listener) {
        long start = System.nanoTime();
        List<IngestProblem> problems = new ArrayList<>();
        Map<String, String> storedHashes = timings.time(Stage.CHANGE_DETECTION, store::contentHashes);
        Reading reading = new Reading(listener, storedHashes);
        IngestResult ingest;
        AnnotationPipeline pipeline = null;
        try (DocumentStream stream = DocumentStream.start(new ArticleCollector(request.ingest()), request.inputs(),
                readAhead, timings)) {
            List<Document> window;
            while (!(window = reading.nextWindow(stream)).isEmpty()) {
                if (pipeline == null) {
                    pipeline = new AnnotationPipeline(store, request, nlpConfig, extraction, timings, batching,
                            listener, problems);
                }
                window.sort(RESOLUTION_ORDER);
                pipeline.write(window);
            }
            if (pipeline != null) {
                pipeline.finish();
            }
            ingest = stream.result();
        } finally {
            if (pipeline != null) {
                pipeline.close();
            }
        }
        // Reading problems first, in input order, as before documents were streamed; then annotation failures.
        List<IngestProblem> allProblems = new ArrayList<>(ingest.problems());
        allProblems.addAll(problems);
        AnnotationPipeline.Tally tally = pipeline == null ? new AnnotationPipeline.Tally() : pipeline.tally;
        long triples = timings.time(Stage.SUMMARY, store::tripleCount);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new BuildReport(reading.documents, tally.annotated, tally.fromCache, reading.unchanged,
                tally.sentences, tally.entities.size(), tally.facts, triples, allProblems, ingest.warnings(), elapsed);
    }

    /**
     * Takes documents from the stream a window at a time ({@link ReadAhead}): those unchanged in the store are
     * counted and let go at once, the others make up the window. The listener hears of the build once the first
     * window is read: with the number of documents when the whole input fitted in it, else as of unknown size.
     */
    private final class Reading {
        private final BuildListener listener;
        private final Map<String, String> storedHashes;
        private final List<String> unchangedBeforeStart = new ArrayList<>();
        private boolean started;
        int documents;
        int unchanged;

        Reading(BuildListener listener, Map<String, String> storedHashes) {
            this.listener = listener;
            this.storedHashes = storedHashes;
        }

        List<Document> nextWindow(DocumentStream stream) {
            List<Document> window = new ArrayList<>();
            long chars = 0;
            boolean more = true;
            while (window.size() < readAhead.documents() && chars < readAhead.chars()) {
                long waiting = System.nanoTime();
                Document document;
                try {
                    document = stream.next();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("build interrupted", e);
                }
                timings.add(Stage.INGEST, System.nanoTime() - waiting);
                if (document == null) {
                    more = false;
                    break;
                }
                documents++;
                long detection = System.nanoTime();
                boolean same = contentHash(document).equals(storedHashes.get(document.id()));
                timings.add(Stage.CHANGE_DETECTION, System.nanoTime() - detection);
                if (same) {
                    unchanged++;
                    timings.documentReleased();
                    unchangedDone(document.id());
                } else {
                    window.add(document);
                    chars += DocumentStream.size(document);
                }
            }
            if (!window.isEmpty() || !more) {
                start(more ? BuildListener.UNKNOWN : documents);
            }
            return window;
        }

        private void unchangedDone(String id) {
            if (!started && unchangedBeforeStart.size() >= readAhead.documents()) {
                // A window's worth of unchanged documents and more to come: the total is not known yet.
                start(BuildListener.UNKNOWN);
            }
            if (started) {
                listener.documentDone(id, BuildListener.DocumentOutcome.UNCHANGED);
            } else {
                unchangedBeforeStart.add(id);
            }
        }

        private void start(int total) {
            if (started) {
                return;
            }
            started = true;
            listener.started(total);
            unchangedBeforeStart.forEach(id -> listener.documentDone(id, BuildListener.DocumentOutcome.UNCHANGED));
            unchangedBeforeStart.clear();
        }
    }

    /**
     * Documents are resolved in date order, so that the earliest article names an entity first and a rebuild mints
     * the same IRIs; the id breaks ties. The order holds within each {@link ReadAhead} window (the whole input when it
     * fits in one); windows follow the input's order, which a rebuild of the same inputs repeats.
     */
    private static final Comparator<Document> RESOLUTION_ORDER =
            Comparator.comparing((Document d) -> Optional.ofNullable(d.date()).orElse(LocalDate.MIN))
                    .thenComparing(Document::id);

    /** A document's identity for incremental builds: its text, its metadata and the extraction it went through. */
    public static String contentHash(Document document) {
        return AnnotationCache.sha256(EXTRACTION_VERSION + "\u0000" + document.date() + "\u0000" + document.title()
                + "\u0000" + document.source() + "\u0000" + document.text());
    }
}
