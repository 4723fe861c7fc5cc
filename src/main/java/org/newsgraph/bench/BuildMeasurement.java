package org.newsgraph.bench;

import java.util.Map;

/**
 * What one build in a bench worker measured from the inside. Times are in seconds; stage and annotator times that
 * run on worker threads are summed over threads. {@code startupSeconds} runs from the JVM's start to the start of
 * the build, store opened (and seeds built, with {@code seedEval}). {@code eval} is set when the worker scored the
 * store it built, {@code seedEval} when it built and scored the seeds first.
 */
public record BuildMeasurement(int documents, int annotated, int fromCache, int unchanged, int problems,
                               long tokens, long tokensAnnotated, int sentences, int facts, int entities,
                               long triples, double buildSeconds, double modelLoadSeconds, double startupSeconds,
                               Map<String, Double> stageSeconds, Map<String, Double> annotatorSeconds,
                               double conversionSeconds, HeapWatch.Figures heap, long selfPeakRssBytes,
                               EvalScores eval, EvalScores seedEval) {

    /** CoreNLP's time over all annotators, summed over threads. */
    public double annotatorTotalSeconds() {
        return annotatorSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
