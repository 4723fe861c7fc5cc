package org.newsgraph.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.io.IOX;
import org.newsgraph.bench.BenchResults.Baseline;
import org.newsgraph.bench.BenchResults.Build;
import org.newsgraph.bench.BenchResults.Process;
import org.newsgraph.bench.BenchResults.ScaleResults;
import org.newsgraph.bench.BenchResults.SliceResults;
import org.newsgraph.bench.BenchResults.VariantResult;
import org.newsgraph.bench.BenchResults.WarcResults;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs the benchmark: every measured program in a JVM of its own, started the way users start it, one after the
 * other, so that the ratios compare runs on the same machine within minutes of each other. Progress goes to
 * {@code progress}; the caller prints the results with {@link BenchReport}.
 */
public final class Benchmark {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final BenchSettings settings;
    private final PrintStream progress;
    private final String classpath;
    private final List<String> jvmOptions;
    private Path work;

    public Benchmark(BenchSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
        this.classpath = System.getProperty("java.class.path");
        List<String> options = new ArrayList<>();
        // The launcher's extra options apply to newsgraph's JVMs as they would to a user's build.
        String extra = System.getenv("NEWSGRAPH_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            options.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        options.add("-Dnewsgraph.home=" + settings.home());
        this.jvmOptions = List.copyOf(options);
    }

    public BenchResults run() {
        return inWorkFolder(() -> {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            BenchResults.Environment environment = new BenchResults.Environment(
                    Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(),
                    System.getProperty("java.vm.name") + " " + Runtime.version(), settings.threads(), settings.heap(),
                    settings.baselineThreads());
            List<BenchArticle> articles = CorpusSlice.read(settings.corpus(), settings.category(), settings.limit());
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("no articles of category '" + settings.category() + "' in "
                        + settings.corpus());
            }
            SliceResults slice = slice(articles);
            SliceResults seeds = settings.seeds() ? seeds() : null;
            List<VariantResult> variants = settings.variants() ? variants(articles) : null;
            ScaleResults scale = settings.scale() ? scale() : null;
            WarcResults warc = settings.warcBytes() > 0 ? warc(articles, slice.cold()) : null;
            return new BenchResults(environment, slice, seeds, scale, variants, warc);
        });
    }

    /** Only the canned queries, on a store that exists ({@code documents} articles in it). */
    public BenchResults.QueryResults queriesOn(Path store, long documents) {
        return inWorkFolder(() -> queryBench().run(store, "the store " + store, documents,
                QueryBench.cannedQueries(settings.home()), folder("queries")));
    }

    /** Runs {@code measurement} with {@link #work} set up, and removed afterwards when it is a temporary folder. */
    private <T> T inWorkFolder(Supplier<T> measurement) {
        boolean temporary = settings.work() == null;
        try {
            work = temporary ? Files.createTempDirectory("newsgraph-bench") : Files.createDirectories(settings.work());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder: " + e.getMessage(), e);
        }
        progress.println("Work folder: " + work + (temporary ? " (removed at the end)" : ""));
        try {
            return measurement.get();
        } finally {
            if (temporary) {
                delete(work);
            }
        }
    }

    private QueryBench queryBench() {
        return new QueryBench(settings.heap(), classpath, jvmOptions, launcher(), progress);
    }

    /**
     * The launcher script that started this benchmark, if one did (it sets {@code newsgraph.home}): whole commands
     * then run through it, as users run them.
     */
    private static Path launcher() {
        String home = System.getProperty("newsgraph.home");
        return home == null || home.isBlank() ? null : Path.of(home).resolve("newsgraph");
    }

    private String describe(List<BenchArticle> articles) {
        String category = settings.category().equals(CorpusSlice.ALL) ? "" : settings.category() + " ";
        return articles.size() + " BBC " + category + "articles";
    }

    private SliceResults slice(List<BenchArticle> articles) {
        Path folder = folder("slice");
        Path csv = folder.resolve("articles.csv");
        CorpusSlice.writeCsv(articles, csv);
        List<Path> texts = CorpusSlice.writeTextFiles(articles, folder.resolve("texts"));
        return measureSlice(describe(articles), articles.size(), folder, List.of(csv), texts, false);
    }

    private SliceResults seeds() {
        Path seeds = settings.home().resolve("seeds");
        List<Path> texts;
        try (Stream<Path> files = Files.list(seeds)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + seeds + ": " + e.getMessage(), e);
        }
        return measureSlice(texts.size() + " seed articles", texts.size(), folder("seeds"), List.of(seeds), texts,
                true);
    }

    private SliceResults measureSlice(String label, int articles, Path folder, List<Path> inputs, List<Path> texts,
                                      boolean evaluate) {
        Path store = folder.resolve("store");
        Path cache = folder.resolve("cache");
        List<String> eval = evaluate ? evalArguments() : List.of();
        Build cold = build(label + ": newsgraph cold build", folder, "cold", store, cache, inputs, eval, List.of());
        Build unchanged = build(label + ": unchanged rebuild", folder, "unchanged", store, cache, inputs, List.of(),
                List.of());
        Build fromCache = build(label + ": new store from the annotation cache", folder, "from-cache",
                folder.resolve("store-from-cache"), cache, inputs, List.of(), List.of());
        Baseline baseline = settings.baseline() ? baseline(label, folder, texts) : null;
        return new SliceResults(label, articles, cold, unchanged, fromCache, baseline);
    }

    private List<String> evalArguments() {
        return List.of("--gold", settings.home().resolve("eval/seeds.gold.tsv").toString(),
                "--entities", settings.home().resolve("eval/seeds.entities.tsv").toString());
    }

    private List<VariantResult> variants(List<BenchArticle> articles) {
        List<BenchArticle> sample = articles.subList(0, Math.min(settings.variantLimit(), articles.size()));
        Path folder = folder("variants");
        Path csv = folder.resolve("articles.csv");
        CorpusSlice.writeCsv(sample, csv);
        List<VariantResult> results = new ArrayList<>();
        for (NlpVariant variant : NlpVariant.all()) {
            List<String> extra = new ArrayList<>(variant.workerArguments());
            extra.addAll(List.of("--seeds", settings.home().resolve("seeds").toString()));
            extra.addAll(evalArguments());
            try {
                Build build = build("variant " + variant.name() + " (" + variant.change() + "), seeds + "
                                + sample.size() + " articles", folder, variant.name(), folder.resolve(variant.name()),
                        null, List.of(csv), List.of(), extra);
                results.add(new VariantResult(variant.name(), variant.change(), variant.isDefault(),
                        variant.config().annotators(), build,
                        null));
            } catch (IllegalStateException e) {
                // One configuration that does not run says something about it; the others are still worth weighing.
                progress.println("  failed: " + e.getMessage());
                results.add(new VariantResult(variant.name(), variant.change(), variant.isDefault(),
                        variant.config().annotators(), null,
                        e.getMessage()));
            }
        }
        return results;
    }

    private ScaleResults scale() {
        List<BenchArticle> all = CorpusSlice.read(settings.corpus(), CorpusSlice.ALL, 0);
        int held = Math.min(settings.scaleNew(), all.size() - 1);
        List<BenchArticle> archive = all.subList(0, all.size() - held);
        List<BenchArticle> fresh = all.subList(all.size() - held, all.size());
        Path folder = folder("scale");
        Path archiveCsv = folder.resolve("archive.csv");
        Path freshCsv = folder.resolve("new.csv");
        CorpusSlice.writeCsv(archive, archiveCsv);
        CorpusSlice.writeCsv(fresh, freshCsv);
        Path store = folder.resolve("store");
        Path cache = settings.scaleCache() != null ? settings.scaleCache() : folder.resolve("cache");

        Build archiveBuild = build(archive.size() + " BBC articles: the large store", folder, "archive", store, cache,
                List.of(archiveCsv), List.of(), List.of());
        // Both runs annotate the new articles afresh: each gets an empty cache of its own.
        Build alone = build(held + " new articles alone, into an empty store", folder, "alone",
                folder.resolve("store-alone"), folder.resolve("cache-alone"), List.of(freshCsv), List.of(), List.of());
        Build added = build("the same " + held + " added to the " + archive.size() + "-article store", folder, "added",
                store, folder.resolve("cache-added"), List.of(freshCsv), List.of(), List.of());
        Build unchangedAll = build("all " + all.size() + " again, unchanged", folder, "unchanged-all", store, cache,
                List.of(archiveCsv, freshCsv), List.of(), List.of());
        BenchResults.QueryResults queries = queryBench()
                .run(store, "the " + all.size() + "-article store", unchangedAll.inside().documents(),
                        QueryBench.cannedQueries(settings.home()), folder);
        return new ScaleResults(all.size(), archiveBuild, alone, added, unchangedAll, queries);
    }

    /**
     * The slice as a crawl: its articles in page templates inside one {@code .warc.gz} padded to the asked size with
     * what a crawl holds beside articles ({@link BenchCrawl}), built cold (empty store, empty cache) and compared with
     * {@code text}, the cold build of the same articles from their CSV in this run.
     */
    private WarcResults warc(List<BenchArticle> articles, Build text) {
        Path folder = folder("warc");
        Path archive = folder.resolve("crawl.warc.gz");
        progress.println("Writing " + describe(articles) + " as a crawl of at least "
                + BenchReport.bytes(settings.warcBytes()) + " (" + archive + ")...");
        long start = System.nanoTime();
        BenchCrawl.Contents contents = BenchCrawl.write(articles, archive, settings.warcBytes());
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        progress.printf(Locale.ROOT, "  %s, %,d records in %.0f s%n", BenchReport.bytes(contents.bytes()),
                contents.records(), writeSeconds);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Build warc = build(describe(articles) + " in one " + BenchReport.bytes(contents.bytes())
                + " .warc.gz: newsgraph cold build", folder, "warc-cold", folder.resolve("store"),
                folder.resolve("cache"), List.of(archive), List.of(), List.of());
        delete(archive);
        return new WarcResults(contents.bytes(), contents.records(), contents.articles(), contents.copies(),
                contents.foreign(), contents.skippedRecords(), writeSeconds, load, text, warc);
    }

    private Build build(String title, Path folder, String name, Path store, Path cache, List<Path> inputs,
                        List<String> eval, List<String> extra) {
        progress.println(title + "...");
        Path result = folder.resolve(name + ".json");
        List<String> args = new ArrayList<>(List.of("build", "--store", store.toString(),
                "--threads", Integer.toString(settings.threads()), "--result", result.toString()));
        if (cache != null) {
            args.addAll(List.of("--cache", cache.toString()));
        }
        args.addAll(eval);
        args.addAll(extra);
        inputs.forEach(input -> args.add(input.toString()));
        ChildJvm.Run run = ChildJvm.run(ChildJvm.command(settings.heap(), jvmOptions, classpath,
                BenchWorker.class.getName(), args), folder.resolve(name + ".log"));
        check(run, title);
        Build build = new Build(Process.of(run), read(result, BuildMeasurement.class));
        progress.println("  " + BenchReport.oneLine(build));
        return build;
    }

    private Baseline baseline(String label, Path folder, List<Path> texts) {
        progress.println(label + ": CoreNLP command line, " + settings.baselineThreads() + " thread(s)...");
        Path output = folder.resolve("corenlp-json");
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path fileList = CoreNlpBaseline.writeFileList(texts, folder.resolve("corenlp-files.txt"));
        List<String> args = CoreNlpBaseline.arguments(fileList, output, settings.baselineThreads());
        List<String> command = ChildJvm.command(settings.heap(), List.of(),
                CoreNlpBaseline.classpath(classpath), CoreNlpBaseline.MAIN_CLASS, args);
        ChildJvm.Run run = ChildJvm.run(command, folder.resolve("corenlp.log"));
        check(run, "CoreNLP's command line");
        List<Path> outputs = CoreNlpBaseline.outputs(output);
        Baseline baseline = new Baseline(Process.of(run), outputs.size(), CoreNlpBaseline.countTokens(outputs),
                shown(command));
        progress.println("  " + BenchReport.oneLine(baseline));
        return baseline;
    }

    /** The command as it can be read in a report: the long class path abbreviated. */
    private static List<String> shown(List<String> command) {
        List<String> shown = new ArrayList<>(command);
        int cp = shown.indexOf("-cp");
        if (cp >= 0 && cp + 1 < shown.size()) {
            shown.set(cp + 1, "<CoreNLP 4.5.10 jar, models jar and libraries>");
        }
        shown.set(0, "java");
        return shown;
    }

    static void check(ChildJvm.Run run, String what) {
        if (run.exitCode() != 0) {
            throw new IllegalStateException(what + " failed with exit code " + run.exitCode() + "; see " + run.log());
        }
    }

    static <T> T read(Path file, Class<T> type) {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the worker's result " + file + ": " + e.getMessage(), e);
        }
    }

    private Path folder(String name) {
        try {
            return Files.createDirectories(work.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + work.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try {
            IOX.deleteAll(folder);
        } catch (RuntimeIOException e) {
            // A leftover temporary folder is untidy, not wrong.
        }
    }
}
