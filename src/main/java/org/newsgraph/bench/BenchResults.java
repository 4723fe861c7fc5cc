package org.newsgraph.bench;

import java.util.List;

/** Everything one benchmark run measured; sections not asked for are null. */
public record BenchResults(Environment environment, SliceResults slice, SliceResults seeds, ScaleResults scale,
                          List<VariantResult> variants, WarcResults warc) {

    public BenchResults(Environment environment, SliceResults slice, SliceResults seeds, ScaleResults scale,
                        List<VariantResult> variants) {
        this(environment, slice, seeds, scale, variants, null);
    }

    /** Where the figures were taken. */
    public record Environment(int processors, long memoryBytes, String java, int threads, String heap,
                              int baselineThreads) {
    }

    /** One run measured from outside: wall and CPU time from JVM start to exit, peak resident memory. */
    public record Process(double wallSeconds, double cpuSeconds, long peakResidentBytes, int exitCode, String log) {

        static Process of(ChildJvm.Run run) {
            return new Process(run.wallSeconds(), run.cpuSeconds(), run.peakResidentBytes(), run.exitCode(),
                    run.log().toString());
        }
    }

    /** A newsgraph build: from outside, and from inside. */
    public record Build(Process process, BuildMeasurement inside) {

        public double documentsPerSecond() {
            return inside.documents() / process.wallSeconds();
        }

        public double tokensPerSecond() {
            return inside.tokens() / process.wallSeconds();
        }

        /** The larger of the kernel's high-water mark sampled from outside and the one the JVM read itself at the end. */
        public long peakResidentBytes() {
            return Math.max(process.peakResidentBytes(), inside.selfPeakRssBytes());
        }
    }

    /** CoreNLP's command line on the same articles; tokens are those in its JSON output. */
    public record Baseline(Process process, int documents, long tokens, List<String> command) {

        public double documentsPerSecond() {
            return documents / process.wallSeconds();
        }

        public double tokensPerSecond() {
            return tokens / process.wallSeconds();
        }
    }

    /**
     * One slice of articles: newsgraph's cold build (empty store, empty cache), the same inputs again (all unchanged),
     * a new store from the warm annotation cache, and CoreNLP's command line.
     */
    public record SliceResults(String label, int articles, Build cold, Build unchanged, Build fromCache,
                               Baseline baseline) {

        /** Cold build throughput over CoreNLP's, both end to end. */
        public double throughputRatio() {
            return baseline == null ? Double.NaN : baseline.process().wallSeconds() / cold.process().wallSeconds()
                    * cold.inside().documents() / baseline.documents();
        }

        public double cpuRatio() {
            return baseline == null ? Double.NaN : baseline.process().cpuSeconds() / cold.process().cpuSeconds()
                    * cold.inside().documents() / baseline.documents();
        }
    }

    /**
     * The large-store scenario: a store of the corpus but {@code added} articles, those articles built alone into an
     * empty store, the same articles added to the large store, everything rebuilt unchanged, and the canned queries.
     */
    public record ScaleResults(int corpusArticles, Build archive, Build alone, Build added, Build unchangedAll,
                               QueryResults queries) {

        public double addedOverAlone() {
            return added.process().wallSeconds() / alone.process().wallSeconds();
        }
    }

    /**
     * Every canned query on one store, how long a server on it took to say it is ready (warm-up included), and the
     * searches of its text index (no server figures; none in results written before searches were timed).
     */
    public record QueryResults(String store, long documents, List<QueryLatency> queries, double serverReadySeconds,
                               double serverWarmUpSeconds, List<QueryLatency> searches) {

        public QueryResults {
            searches = searches == null ? List.of() : List.copyOf(searches);
        }

        public QueryResults(String store, long documents, List<QueryLatency> queries, double serverReadySeconds,
                            double serverWarmUpSeconds) {
            this(store, documents, queries, serverReadySeconds, serverWarmUpSeconds, List.of());
        }
    }

    /**
     * The slice built cold from one crawl archive, against the cold text build of the same articles in the same run.
     * Throughput counts the tokens CoreNLP annotated, so the copies' cache hits do not flatter the archive build.
     */
    public record WarcResults(long archiveBytes, int records, int articles, int copies, int foreign,
                              int skippedRecords, double writeSeconds, double loadAverage, Build text, Build warc) {

        public double textTokensPerSecond() {
            return text.inside().tokensAnnotated() / text.process().wallSeconds();
        }

        public double warcTokensPerSecond() {
            return warc.inside().tokensAnnotated() / warc.process().wallSeconds();
        }

        /** The archive build's throughput over the text build's. */
        public double throughputRatio() {
            return warcTokensPerSecond() / textTokensPerSecond();
        }
    }

    /** A configuration's build, or why it failed (a configuration CoreNLP refuses, say). */
    public record VariantResult(String name, String change, boolean isDefault, List<String> annotators, Build build,
                                String failure) {
    }
}
