package org.newsgraph.bench;

import org.newsgraph.bench.BenchResults.Baseline;
import org.newsgraph.bench.BenchResults.Build;
import org.newsgraph.bench.BenchResults.ScaleResults;
import org.newsgraph.bench.BenchResults.SliceResults;
import org.newsgraph.bench.BenchResults.VariantResult;
import org.newsgraph.query.TextTable;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The benchmark's figures as text: a table per question, each bar of the issue with its measured ratio. */
public final class BenchReport {

    /** The bars newsgraph holds itself to, as ratios measured within one run. */
    static final double BAR_THROUGHPUT = 4.0;
    static final double BAR_UNCHANGED = 20.0;
    static final double BAR_ADDED = 2.0;
    static final double BAR_QUERY_MILLIS = 1000.0;
    static final double BAR_SEARCH_MILLIS = 200;

    private BenchReport() {
    }

    public static void print(BenchResults results, PrintStream out) {
        BenchResults.Environment env = results.environment();
        out.printf(Locale.ROOT, "newsgraph bench on %d processors, %s of memory, %s%n", env.processors(),
                bytes(env.memoryBytes()), env.java());
        out.printf(Locale.ROOT, "Every run is a JVM of its own with -Xmx%s, timed from its start to its exit "
                + "(model loading included); newsgraph annotates with %d thread(s).%n", env.heap(), env.threads());
        slice(results.slice(), env, out, true);
        if (results.seeds() != null) {
            // Five articles are mostly model loading: their ratios are shown, but the bars are about an archive.
            slice(results.seeds(), env, out, false);
        }
        if (results.variants() != null) {
            variants(results.variants(), out);
        }
        if (results.scale() != null) {
            scale(results.scale(), out);
        }
        if (results.warc() != null) {
            warc(results.warc(), env, out);
        }
        out.flush();
    }

    static void slice(SliceResults slice, BenchResults.Environment env, PrintStream out, boolean holdsBars) {
        out.println();
        out.println("== " + slice.label());
        TextTable table = numbers(List.of("run", "wall s", "CPU s", "documents/s", "tokens/s",
                "peak RSS", "peak heap", "live heap", "GC s"));
        table.addRow(row("newsgraph build, cold (" + env.threads() + " threads)", slice.cold()));
        if (slice.baseline() != null) {
            Baseline b = slice.baseline();
            table.addRow(List.of("CoreNLP command line (" + env.baselineThreads() + " thread"
                            + (env.baselineThreads() == 1 ? "" : "s") + ")", fixed(b.process().wallSeconds(), 1),
                    fixed(b.process().cpuSeconds(), 1), fixed(b.documentsPerSecond(), 2),
                    fixed(b.tokensPerSecond(), 0), bytes(b.process().peakResidentBytes()), "", "", ""));
        }
        table.addRow(row("newsgraph build, unchanged inputs", slice.unchanged()));
        table.addRow(row("newsgraph build, new store from the cache", slice.fromCache()));
        table.print(out);
        BuildMeasurement cold = slice.cold().inside();
        out.printf(Locale.ROOT, "%d documents, %,d tokens (newsgraph's count), %,d sentences, %,d facts, "
                        + "%,d entities, %,d triples%n", cold.documents(), cold.tokens(), cold.sentences(),
                cold.facts(), cold.entities(), cold.triples());
        if (slice.baseline() != null) {
            out.printf(Locale.ROOT, "Throughput, newsgraph over CoreNLP's command line: %s%s%n",
                    ratio(slice.throughputRatio()), bar(holdsBars, "%.0fx or more", BAR_THROUGHPUT,
                            slice.throughputRatio() >= BAR_THROUGHPUT));
            // Wall time follows whatever else the machine runs; CPU time much less so.
            out.printf(Locale.ROOT, "CPU time per document, CoreNLP's command line over newsgraph: %s%n",
                    ratio(slice.cpuRatio()));
        }
        double unchanged = slice.cold().process().wallSeconds() / slice.unchanged().process().wallSeconds();
        out.printf(Locale.ROOT, "Unchanged rebuild: %s faster than the cold build%s%n", ratio(unchanged),
                bar(holdsBars, "%.0fx", BAR_UNCHANGED, unchanged >= BAR_UNCHANGED));
        out.printf(Locale.ROOT, "New store from the annotation cache: %s faster than the cold build%n",
                ratio(slice.cold().process().wallSeconds() / slice.fromCache().process().wallSeconds()));
        if (cold.eval() != null) {
            out.println("Seed eval of the cold build: " + eval(cold.eval()));
        }
        stages(slice.cold(), env.threads(), out);
        if (slice.baseline() != null) {
            out.println("CoreNLP command: " + String.join(" ", slice.baseline().command()));
        }
    }

    /** Where a build's time went, JVM start to exit. */
    static void stages(Build build, int threads, PrintStream out) {
        BuildMeasurement m = build.inside();
        out.println();
        out.println("Where the cold build's time goes (* summed over the " + threads
                + " annotating threads, so the annotation phase lasts about their sum / " + threads + ")");
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("JVM start, store opening", m.startupSeconds());
        seconds.put("model loading", m.modelLoadSeconds());
        for (Map.Entry<String, Double> stage : m.stageSeconds().entrySet()) {
            if (stage.getKey().equals("annotation")) {
                m.annotatorSeconds().forEach((annotator, time) -> seconds.put("  CoreNLP " + annotator + " *", time));
                seconds.put("  conversion to records *", m.conversionSeconds());
            } else {
                boolean threaded = stage.getKey().equals("extraction") || stage.getKey().equals("annotation cache");
                seconds.put(stage.getKey() + (threaded ? " *" : ""), stage.getValue());
            }
        }
        seconds.put("after the build (eval, exit)",
                Math.max(0, build.process().wallSeconds() - m.startupSeconds() - m.buildSeconds()));
        double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        TextTable table = numbers(List.of("stage", "seconds", "ms/document", "share"));
        seconds.forEach((name, time) -> table.addRow(stageRow(name, time, m.documents(), total)));
        table.print(out);
    }

    private static List<String> stageRow(String name, double seconds, int documents, double total) {
        return List.of(name, fixed(seconds, 2), documents == 0 ? "" : fixed(1000 * seconds / documents, 1),
                total <= 0 ? "" : fixed(100 * seconds / total, 1) + " %");
    }

    static void variants(List<VariantResult> variants, PrintStream out) {
        out.println();
        out.println("== What each CoreNLP setting costs and buys (annotation of the first articles of the slice; "
                + "seed eval of the seeds built with it)");
        Set<String> annotators = new LinkedHashSet<>();
        variants.stream().filter(v -> v.build() != null)
                .forEach(v -> annotators.addAll(v.build().inside().annotatorSeconds().keySet()));
        List<String> headers = new ArrayList<>(List.of("variant"));
        annotators.forEach(a -> headers.add(a + " ms"));
        headers.addAll(List.of("CoreNLP ms/doc", "tokens/s*", "wall s", "slice facts", "P", "R", "F1", "said P",
                "pairs"));
        TextTable table = numbers(headers);
        for (VariantResult v : variants) {
            if (v.build() == null) {
                continue;
            }
            BuildMeasurement m = v.build().inside();
            List<String> row = new ArrayList<>(List.of(v.name() + (v.isDefault() ? " (default)" : "")));
            for (String a : annotators) {
                Double seconds = m.annotatorSeconds().get(a);
                row.add(seconds == null ? "-" : fixed(1000 * seconds / m.documents(), 0));
            }
            row.add(fixed(1000 * m.annotatorTotalSeconds() / m.documents(), 0));
            row.add(fixed(m.tokens() / m.annotatorTotalSeconds(), 0));
            row.add(fixed(v.build().process().wallSeconds(), 1));
            row.add(Integer.toString(m.facts()));
            EvalScores e = m.seedEval();
            row.addAll(List.of(fixed(e.precision(), 3), fixed(e.recall(), 3), fixed(e.f1(), 3),
                    fixed(e.saidPrecision(), 3), e.pairsHeld() + "/" + e.pairsTotal()));
            table.addRow(row);
        }
        table.print(out);
        out.println("* tokens per second of one thread's CoreNLP time (annotators only)");
        for (VariantResult v : variants) {
            out.println("  " + v.name() + ": " + v.change() + (v.build() == null ? " - failed: " + v.failure() : ""));
        }
    }

    static void warc(BenchResults.WarcResults warc, BenchResults.Environment env, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "== The slice as one crawl: %s .warc.gz, %,d records (%d articles, %d copies under "
                        + "another outlet, %d pages in other languages, %,d requests, photos, scripts, stylesheets, "
                        + "redirects and 404s); written in %.0f s; load average %.2f when its build began%n",
                bytes(warc.archiveBytes()), warc.records(), warc.articles(), warc.copies(), warc.foreign(),
                warc.skippedRecords(), warc.writeSeconds(), warc.loadAverage());
        TextTable table = numbers(List.of("cold build (" + env.threads() + " threads)", "wall s", "CPU s",
                "documents", "tokens annotated", "tokens/s", "peak RSS", "peak heap", "live heap", "GC s"));
        table.addRow(warcRow("text: the articles' CSV", warc.text(), warc.textTokensPerSecond()));
        table.addRow(warcRow("crawl: the .warc.gz", warc.warc(), warc.warcTokensPerSecond()));
        table.print(out);
        out.printf(Locale.ROOT, "Throughput of the crawl build over the text build (tokens annotated per second of "
                        + "wall time): %.3f (bar: 0.9 or more) %s%n", warc.throughputRatio(),
                verdict(warc.throughputRatio() >= 0.9));
        out.printf(Locale.ROOT, "Heap of the crawl build: peak %s, live %s of -Xmx%s%n",
                bytes(warc.warc().inside().heap().peakUsedBytes()), bytes(warc.warc().inside().heap().peakLiveBytes()),
                env.heap());
    }

    private static List<String> warcRow(String name, Build build, double tokensPerSecond) {
        BuildMeasurement m = build.inside();
        return List.of(name, fixed(build.process().wallSeconds(), 1), fixed(build.process().cpuSeconds(), 1),
                Integer.toString(m.documents()), String.format(Locale.ROOT, "%,d", m.tokensAnnotated()),
                fixed(tokensPerSecond, 0), bytes(build.peakResidentBytes()), bytes(m.heap().peakUsedBytes()),
                bytes(m.heap().peakLiveBytes()), fixed(m.heap().gcMillis() / 1000.0, 1));
    }

    static void scale(ScaleResults scale, PrintStream out) {
        out.println();
        out.println("== Scale: the " + scale.corpusArticles() + " BBC articles");
        TextTable table = numbers(List.of("run", "wall s", "documents", "annotated", "from cache",
                "unchanged", "store triples", "peak heap"));
        table.addRow(scaleRow("large store (" + scale.archive().inside().documents() + " articles)", scale.archive()));
        table.addRow(scaleRow(scale.alone().inside().documents() + " new articles alone, empty store",
                scale.alone()));
        table.addRow(scaleRow("the same added to the large store", scale.added()));
        table.addRow(scaleRow("all " + scale.corpusArticles() + " again, unchanged", scale.unchangedAll()));
        table.print(out);
        out.printf(Locale.ROOT, "Adding to the large store takes %s the time of building the new articles alone "
                + "(bar: at most %.0fx) %s%n", ratio(scale.addedOverAlone()), BAR_ADDED,
                verdict(scale.addedOverAlone() <= BAR_ADDED));
        Map<String, Double> alone = scale.alone().inside().stageSeconds();
        Map<String, Double> added = scale.added().inside().stageSeconds();
        out.printf(Locale.ROOT, "  stages that grow with the store, alone -> added: change detection %.2f -> %.2f s, "
                        + "known entities %.2f -> %.2f s, entity resolution %.2f -> %.2f s, store %.2f -> %.2f s, "
                        + "summary %.2f -> %.2f s%n",
                alone.get("change detection"), added.get("change detection"), alone.get("known entities"),
                added.get("known entities"), alone.get("entity resolution"), added.get("entity resolution"),
                alone.get("store"), added.get("store"), alone.get("summary"), added.get("summary"));
        if (scale.queries() != null) {
            out.println();
            queries(scale.queries(), out);
        }
    }

    /** The canned queries on one store, from the command line and from a running server, against the bar. */
    public static void queries(BenchResults.QueryResults results, PrintStream out) {
        out.println("Queries on " + results.store() + " (" + String.format(Locale.ROOT, "%,d", results.documents())
                + " documents). An answer is the query run to its last row, printed as the command's table in a fresh "
                + "JVM with the launcher's options (first = just after opening the store), or read to its last byte "
                + "over HTTP from newsgraph serve once it said it is ready (first = the first request for that query)");
        TextTable table = numbers(List.of("query", "rows", "command line first ms", "median ms", "whole command s",
                "server first ms", "median ms"));
        double worstCommandLine = 0;
        double worstServer = 0;
        double worstCommand = 0;
        for (QueryLatency q : results.queries()) {
            table.addRow(List.of(q.name(), Long.toString(q.rows()), fixed(q.firstMillis(), 1),
                    fixed(q.medianMillis(), 1), fixed(q.commandSeconds(), 2), fixed(q.serverFirstMillis(), 1),
                    fixed(q.serverMedianMillis(), 1)));
            worstCommandLine = Math.max(worstCommandLine, Math.max(q.firstMillis(), q.medianMillis()));
            worstServer = Math.max(worstServer, Math.max(q.serverFirstMillis(), q.serverMedianMillis()));
            worstCommand = Math.max(worstCommand, q.commandSeconds());
        }
        // Searches have their own bar (below) and no server figures: the rows of a search are its hits.
        double worstWarmSearch = -1;
        for (QueryLatency q : results.searches()) {
            table.addRow(List.of(q.name(), Long.toString(q.rows()), fixed(q.firstMillis(), 1),
                    fixed(q.medianMillis(), 1), fixed(q.commandSeconds(), 2), "-", "-"));
            worstWarmSearch = Math.max(worstWarmSearch, q.medianMillis());
        }
        table.print(out);
        out.printf(Locale.ROOT, "Server ready %.1f s after its start, %.1f s of it running each canned query once%n",
                results.serverReadySeconds(), results.serverWarmUpSeconds());
        out.printf(Locale.ROOT, "Slowest answer from the running server: %.0f ms (bar: under %.0f ms) %s%n",
                worstServer, BAR_QUERY_MILLIS, verdict(worstServer < BAR_QUERY_MILLIS));
        out.printf(Locale.ROOT, "Slowest answer in a fresh command-line JVM: %.0f ms (bar: under %.0f ms) %s; "
                        + "slowest whole command, JVM start included: %.2f s%n", worstCommandLine, BAR_QUERY_MILLIS,
                verdict(worstCommandLine < BAR_QUERY_MILLIS), worstCommand);
        if (worstWarmSearch >= 0) {
            out.printf(Locale.ROOT, "Slowest warm search (median, 20 hits shown): %.1f ms (bar: under %.0f ms) %s%n",
                    worstWarmSearch, BAR_SEARCH_MILLIS, verdict(worstWarmSearch < BAR_SEARCH_MILLIS));
        }
    }

    private static List<String> scaleRow(String name, Build build) {
        BuildMeasurement m = build.inside();
        return List.of(name, fixed(build.process().wallSeconds(), 1), Integer.toString(m.documents()),
                Integer.toString(m.annotated()), Integer.toString(m.fromCache()), Integer.toString(m.unchanged()),
                String.format(Locale.ROOT, "%,d", m.triples()), bytes(m.heap().peakUsedBytes()));
    }

    private static List<String> row(String name, Build build) {
        BuildMeasurement m = build.inside();
        return List.of(name, fixed(build.process().wallSeconds(), 1), fixed(build.process().cpuSeconds(), 1),
                fixed(build.documentsPerSecond(), 2), fixed(build.tokensPerSecond(), 0),
                bytes(build.peakResidentBytes()), bytes(m.heap().peakUsedBytes()), bytes(m.heap().peakLiveBytes()),
                fixed(m.heap().gcMillis() / 1000.0, 1));
    }

    /** A build in one line, for progress. */
    static String oneLine(Build build) {
        BuildMeasurement m = build.inside();
        return String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU: %d documents (%d annotated, %d from cache, "
                        + "%d unchanged), %,d tokens, %.0f tokens/s, peak RSS %s, peak heap %s%s",
                build.process().wallSeconds(), build.process().cpuSeconds(), m.documents(), m.annotated(),
                m.fromCache(), m.unchanged(), m.tokens(), build.tokensPerSecond(), bytes(build.peakResidentBytes()),
                bytes(m.heap().peakUsedBytes()), m.seedEval() != null ? "; seed eval " + eval(m.seedEval())
                        : m.eval() != null ? "; seed eval " + eval(m.eval()) : "");
    }

    static String oneLine(Baseline baseline) {
        return String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU: %d documents, %,d tokens, %.0f tokens/s, "
                        + "peak RSS %s", baseline.process().wallSeconds(), baseline.process().cpuSeconds(),
                baseline.documents(), baseline.tokens(), baseline.tokensPerSecond(),
                bytes(baseline.process().peakResidentBytes()));
    }

    static String eval(EvalScores e) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f, said P %.3f R %.3f, entity pairs %d/%d (%.0f %%)",
                e.precision(), e.recall(), e.f1(), e.saidPrecision(), e.saidRecall(), e.pairsHeld(), e.pairsTotal(),
                e.pairsPercent());
    }

    /** Binary units, as the JVM's -Xmx counts them. */
    static String bytes(long bytes) {
        if (bytes <= 0) {
            return "-";
        }
        if (bytes < 1L << 30) {
            return String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
    }

    /** " (bar: ...) [met]" after a figure that a bar applies to, nothing otherwise. */
    private static String bar(boolean applies, String format, double bar, boolean met) {
        return applies ? String.format(Locale.ROOT, " (bar: " + format + ") %s", bar, verdict(met)) : "";
    }

    static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.1fx", ratio);
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String verdict(boolean met) {
        return met ? "[met]" : "[NOT met]";
    }

    /** A table whose first column names the row and whose other columns hold numbers, aligned on their last digit. */
    private static TextTable numbers(List<String> headers) {
        TextTable table = new TextTable(headers).maxCellWidth(Integer.MAX_VALUE);
        for (int column = 1; column < headers.size(); column++) {
            table.alignRight(column);
        }
        return table;
    }
}
