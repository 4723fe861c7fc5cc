package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.newsgraph.build.BuildListener;
import org.newsgraph.build.BuildReport;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.build.BuildTimings;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.query.QueryResult;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResolvedQuery;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.query.SavedListings;
import org.newsgraph.resolve.Gazetteer;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.LastBuild;

import java.io.IOException;
import java.io.PrintStream;
import org.newsgraph.search.SearchHit;
import org.newsgraph.search.SearchOutput;
import org.newsgraph.search.SearchRequest;
import org.newsgraph.search.TextSearch;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The child process of a benchmark: one build, or the canned queries, measured from the inside and written as JSON.
 * It runs in a JVM of its own, started like the launcher starts newsgraph, so that every build pays for its JVM and
 * its models as a user's build does, and its memory is its own.
 * <pre>
 * build   --store DIR [--cache DIR] --threads N [--annotators A,B] [--setting K=V]... [--gold F --entities F]
 *         [--seeds DIR] --result FILE INPUT...
 * queries --store DIR --repeat N --result FILE QUERY_FILE...
 * </pre>
 * With {@code --seeds}, the seeds are first built into a store of their own (no cache) and scored, in the same JVM,
 * so a pipeline variant is judged and timed with one model load.
 */
public final class BenchWorker {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchWorker() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: BenchWorker build|queries [options]");
        }
        Arguments arguments = Arguments.parse(Arrays.copyOfRange(args, 1, args.length));
        Object result = switch (args[0]) {
            case "build" -> build(arguments);
            case "queries" -> queries(arguments);
            case "search" -> search(arguments);
            default -> throw new IllegalArgumentException("unknown worker mode " + args[0]);
        };
        JSON.writeValue(Path.of(arguments.single("result")).toFile(), result);
        // CoreNLP and TDB2 leave non-daemon threads behind; the result is written, so end now.
        System.exit(0);
    }

    private static BuildMeasurement build(Arguments arguments) throws IOException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        NlpConfig config = config(arguments);
        int threads = Integer.parseInt(arguments.single("threads"));
        try (HeapWatch heap = HeapWatch.start()) {
            EvalScores seedEval = null;
            Map<String, Duration> annotatorsBefore = Map.of();
            double conversionBefore = 0;
            if (arguments.has("seeds")) {
                Path seedStore = Files.createTempDirectory(Path.of(arguments.single("store")).toAbsolutePath()
                        .getParent(), "seed-store");
                try (GraphStore store = GraphStore.open(seedStore)) {
                    new GraphBuilder(config, new FactExtraction(Gazetteer.standard()))
                            .build(store, new BuildRequest(List.of(Path.of(arguments.single("seeds"))),
                                    IngestOptions.defaults(), threads, null), BuildListener.SILENT);
                    seedEval = EvalScores.of(store.read(ds -> Evaluation.run(ds, Path.of(arguments.single("gold")),
                            Path.of(arguments.single("entities")))));
                }
                NlpPipeline pipeline = NlpPipeline.shared(config);
                annotatorsBefore = pipeline.annotatorTimes();
                conversionBefore = pipeline.conversionTime().toNanos() / 1e9;
            }

            BuildTimings timings = new BuildTimings();
            GraphBuilder builder = new GraphBuilder(config, new FactExtraction(Gazetteer.standard()), timings);
            Path cache = arguments.has("cache") ? Path.of(arguments.single("cache")) : null;
            BuildRequest request = new BuildRequest(arguments.inputs().stream().map(Path::of).toList(),
                    IngestOptions.defaults(), threads, cache);
            BuildReport report;
            EvalScores eval = null;
            double startup;
            try (GraphStore store = GraphStore.open(Path.of(arguments.single("store")))) {
                startup = (System.currentTimeMillis() - jvmStart) / 1000.0;
                report = builder.build(store, request, new ProgressLog(System.err));
                store.recordBuild(new LastBuild(Instant.now(), report.documents(), report.documentsAnnotated(),
                        report.documentsUnchanged(), report.elapsed().toMillis() / 1000.0));
                // As newsgraph build does, so that the queries timed on this store are answered as on a user's.
                SavedListings.save(store, QueryRunner.standard());
                if (arguments.has("gold") && !arguments.has("seeds")) {
                    eval = EvalScores.of(store.read(ds -> Evaluation.run(ds, Path.of(arguments.single("gold")),
                            Path.of(arguments.single("entities")))));
                }
            }
            report.problems().forEach(problem -> System.err.println("problem: " + problem.message()));

            Map<String, Double> stages = new LinkedHashMap<>();
            timings.stages().forEach((stage, time) -> stages.put(stage.label(), seconds(time)));
            Map<String, Double> annotators = new LinkedHashMap<>();
            double modelLoad = 0;
            double conversion = 0;
            var pipeline = NlpPipeline.existing(config);
            if (pipeline.isPresent()) {
                Map<String, Duration> before = annotatorsBefore;
                pipeline.get().annotatorTimes().forEach((name, time) ->
                        annotators.put(name, seconds(time.minus(before.getOrDefault(name, Duration.ZERO)))));
                // A model load that happened for the seeds is not part of this build.
                modelLoad = arguments.has("seeds") ? 0 : seconds(pipeline.get().loadTime());
                conversion = seconds(pipeline.get().conversionTime()) - conversionBefore;
            }
            return new BuildMeasurement(report.documents(), report.documentsAnnotated(), report.documentsFromCache(),
                    report.documentsUnchanged(), report.problems().size(),
                    timings.tokensAnnotated() + timings.tokensFromCache(), timings.tokensAnnotated(),
                    report.sentences(), report.facts(), report.entities(), report.triplesInStore(),
                    seconds(report.elapsed()), modelLoad, startup, stages, annotators, conversion, heap.figures(),
                    ProcessStatus.self().map(ProcessStatus::peakResidentBytes).orElse(0L), eval, seedEval);
        }
    }

    private static List<QueryLatency> queries(Arguments arguments) {
        int repeat = Integer.parseInt(arguments.single("repeat"));
        QueryRunner runner = new QueryRunner(List.of());
        List<QueryLatency> latencies = new ArrayList<>();
        try (GraphStore store = GraphStore.openForReading(Path.of(arguments.single("store")))) {
            for (String file : arguments.inputs()) {
                ResolvedQuery query = runner.resolve(file);
                List<Double> millis = new ArrayList<>();
                long rows = 0;
                for (int i = 0; i < 1 + repeat; i++) {
                    long start = System.nanoTime();
                    QueryResult result = runner.run(store, query);
                    result.write(OutputStream.nullOutputStream(), ResultFormat.TABLE, false);
                    millis.add((System.nanoTime() - start) / 1e6);
                    rows = result instanceof QueryResult.Select select ? select.rows().size() : 1;
                }
                List<Double> warm = new ArrayList<>(millis.subList(1, millis.size()));
                latencies.add(new QueryLatency(query.name(), rows, millis.get(0), QueryLatency.median(warm), 0, 0, 0));
            }
        }
        return latencies;
    }

    /** Each search of the inputs (Lucene query syntax) on the store's text index: first answer, then the median. */
    private static List<QueryLatency> search(Arguments arguments) {
        int repeat = Integer.parseInt(arguments.single("repeat"));
        List<QueryLatency> latencies = new ArrayList<>();
        try (TextSearch search = TextSearch.open(Path.of(arguments.single("store")))) {
            for (String words : arguments.inputs()) {
                List<Double> millis = new ArrayList<>();
                long hits = 0;
                for (int i = 0; i < 1 + repeat; i++) {
                    long start = System.nanoTime();
                    List<SearchHit> found = search.search(SearchRequest.of(words, 20));
                    SearchOutput.write(words, found, "table", false, new PrintStream(OutputStream.nullOutputStream()));
                    millis.add((System.nanoTime() - start) / 1e6);
                    hits = found.size();
                }
                List<Double> warm = new ArrayList<>(millis.subList(1, millis.size()));
                latencies.add(new QueryLatency("search " + words, hits, millis.get(0), QueryLatency.median(warm),
                        0, 0, 0));
            }
        }
        return latencies;
    }

    static NlpConfig config(Arguments arguments) {
        NlpConfig config = NlpConfig.standard();
        if (arguments.has("annotators")) {
            config = config.withAnnotators(List.of(arguments.single("annotators").split(",")));
        }
        for (String setting : arguments.all("setting")) {
            int eq = setting.indexOf('=');
            String value = setting.substring(eq + 1);
            config = config.withSetting(setting.substring(0, eq), value.isEmpty() ? null : value);
        }
        return config;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /** A line every hundred documents, so a long run's log shows it is moving. */
    private static final class ProgressLog implements BuildListener {

        private final PrintStream out;
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;

        ProgressLog(PrintStream out) {
            this.out = out;
        }

        @Override
        public void started(int documents) {
            total = documents;
            out.println(documents == UNKNOWN ? "building documents as they are read"
                    : "building " + documents + " documents");
        }

        @Override
        public void documentDone(String documentId, DocumentOutcome outcome) {
            int n = done.incrementAndGet();
            if (n % 100 == 0 || n == total) {
                out.println(total == UNKNOWN ? n + " documents" : n + "/" + total + " documents");
            }
        }
    }

    /** {@code --name value} options (repeatable) and the remaining positional arguments. */
    record Arguments(Map<String, List<String>> options, List<String> inputs) {

        static Arguments parse(String[] args) {
            Map<String, List<String>> options = new TreeMap<>();
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a value");
                    }
                    options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
                } else {
                    inputs.add(args[i]);
                }
            }
            return new Arguments(options, inputs);
        }

        boolean has(String name) {
            return options.containsKey(name);
        }

        String single(String name) {
            List<String> values = options.get(name);
            if (values == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return values.get(values.size() - 1);
        }

        List<String> all(String name) {
            return options.getOrDefault(name, List.of());
        }
    }
}
