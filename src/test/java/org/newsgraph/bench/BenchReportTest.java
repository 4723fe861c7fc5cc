package org.newsgraph.bench;

import org.junit.jupiter.api.Test;
import org.newsgraph.bench.BenchResults.Baseline;
import org.newsgraph.bench.BenchResults.Build;
import org.newsgraph.bench.BenchResults.Process;
import org.newsgraph.bench.BenchResults.ScaleResults;
import org.newsgraph.bench.BenchResults.SliceResults;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchReportTest {

    private static final BenchResults.Environment ENVIRONMENT =
            new BenchResults.Environment(2, 24L << 30, "OpenJDK 17", 2, "4g", 1);

    private static Build build(double wall, int documents, int annotated, int unchanged) {
        Map<String, Double> stages = new LinkedHashMap<>();
        for (String stage : List.of("ingest", "change detection", "annotation cache", "annotation", "extraction",
                "known entities", "entity resolution", "mapping", "store", "summary")) {
            stages.put(stage, 1.0);
        }
        Map<String, Double> annotators = new LinkedHashMap<>();
        annotators.put("tokenize", 2.0);
        annotators.put("ner", 30.0);
        BuildMeasurement inside = new BuildMeasurement(documents, annotated, 0, unchanged, 0, 100_000, 100_000,
                4000, 900, 1200, 50_000, wall - 1, 20, 0.3, stages, annotators, 0.5,
                new HeapWatch.Figures(3L << 30, 1L << 30, 4L << 30, 5000, 40), 5L << 30,
                new EvalScores(1.0, 0.885, 0.939, 1.0, 0.9, 24, 24), null);
        return new Build(new Process(wall, wall * 1.8, 4L << 30, 0, "cold.log"), inside);
    }

    private static String print(BenchResults results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchReport.print(results, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSliceReportGivesEachBarWithItsRatio() {
        Baseline baseline = new Baseline(new Process(800, 790, 3L << 30, 0, "corenlp.log"), 400, 200_000,
                List.of("java", "-Xmx4g"));
        SliceResults slice = new SliceResults("400 BBC politics articles", 400, build(100, 400, 400, 0),
                build(4, 400, 0, 400), build(20, 400, 0, 0), baseline);
        String text = print(new BenchResults(ENVIRONMENT, slice, null, null, null));
        assertTrue(text.contains("== 400 BBC politics articles"), text);
        assertTrue(text.contains("Throughput, newsgraph over CoreNLP's command line: 8.0x (bar: 4x or more) [met]"),
                text);
        assertTrue(text.contains("Unchanged rebuild: 25.0x faster than the cold build (bar: 20x) [met]"), text);
        // 790 s of CPU against 100 * 1.8 s
        assertTrue(text.contains("CPU time per document, CoreNLP's command line over newsgraph: 4.4x"), text);
        assertTrue(text.contains("Seed eval of the cold build: P 1.000 R 0.885 F1 0.939"), text);
        assertTrue(text.contains("CoreNLP ner *"), text);
        assertTrue(text.contains("CoreNLP command: java -Xmx4g"), text);
    }

    @Test
    void aMissedBarIsSaidPlainly() {
        SliceResults slice = new SliceResults("5 seed articles", 5, build(40, 5, 5, 0), build(10, 5, 0, 5),
                build(12, 5, 0, 0), null);
        String text = print(new BenchResults(ENVIRONMENT, slice, null, null, null));
        assertTrue(text.contains("Unchanged rebuild: 4.0x faster than the cold build (bar: 20x) [NOT met]"), text);
        assertTrue(!text.contains("Throughput"), "no baseline, no throughput ratio");
    }

    @Test
    void theSeedsShowTheirRatiosWithoutTheArchiveBars() {
        Baseline baseline = new Baseline(new Process(100, 90, 3L << 30, 0, "corenlp.log"), 5, 3000, List.of("java"));
        SliceResults slice = new SliceResults("400 BBC politics articles", 400, build(100, 400, 400, 0),
                build(4, 400, 0, 400), build(20, 400, 0, 0), null);
        SliceResults seeds = new SliceResults("5 seed articles", 5, build(40, 5, 5, 0), build(10, 5, 0, 5),
                build(12, 5, 0, 0), baseline);
        String text = print(new BenchResults(ENVIRONMENT, slice, seeds, null, null));
        String seedSection = text.substring(text.indexOf("== 5 seed articles"));
        assertTrue(seedSection.contains("Unchanged rebuild: 4.0x faster than the cold build\n"), seedSection);
        assertTrue(seedSection.contains("Throughput, newsgraph over CoreNLP's command line: 2.5x\n"), seedSection);
        assertTrue(!seedSection.contains("bar:"), seedSection);
    }

    @Test
    void theScaleReportComparesAddingWithBuildingAloneAndListsTheQueries() {
        ScaleResults scale = new ScaleResults(2225, build(900, 2215, 2215, 0), build(30, 10, 10, 0),
                build(36, 10, 10, 0), build(12, 2225, 0, 2225),
                new BenchResults.QueryResults("the 2225-article store", 2225,
                        List.of(new QueryLatency("actors", 5000, 900, 400, 2.5, 700, 350),
                                new QueryLatency("timeline", 80, 1200, 300, 3, 450, 1100)), 12.5, 6.5));
        SliceResults slice = new SliceResults("5 seed articles", 5, build(40, 5, 5, 0), build(1, 5, 0, 5),
                build(12, 5, 0, 0), null);
        String text = print(new BenchResults(ENVIRONMENT, slice, null, scale, null));
        assertTrue(text.contains("takes 1.2x the time of building the new articles alone (bar: at most 2x) [met]"),
                text);
        assertTrue(text.contains("Slowest answer from the running server: 1100 ms (bar: under 1000 ms) [NOT met]\n"),
                text);
        assertTrue(text.contains("Slowest answer in a fresh command-line JVM: 1200 ms (bar: under 1000 ms) [NOT met]; "
                + "slowest whole command, JVM start included: 3.00 s\n"), text);
        assertTrue(text.contains("Server ready 12.5 s after its start, 6.5 s of it running each canned query once\n"),
                text);
    }

    @Test
    void theCrawlIsComparedWithTheTextBuildByTokensAnnotatedPerSecond() {
        SliceResults slice = new SliceResults("400 BBC politics articles", 400, build(100, 400, 400, 0),
                build(4, 400, 0, 400), build(20, 400, 0, 0), null);
        // 100,000 tokens annotated in 100 s against 125 s: 0.8 of the text build's throughput.
        BenchResults.WarcResults warc = new BenchResults.WarcResults(2L << 30, 12_000, 400, 20, 16, 11_000, 90, 3.5,
                slice.cold(), build(125, 420, 400, 0));
        String text = print(new BenchResults(ENVIRONMENT, slice, null, null, null, warc));
        assertTrue(text.contains("== The slice as one crawl: 2.00 GiB .warc.gz, 12,000 records (400 articles, 20 copies"),
                text);
        assertTrue(text.contains("load average 3.50 when its build began"), text);
        assertTrue(text.contains("wall time): 0.800 (bar: 0.9 or more) [NOT met]"), text);
        assertTrue(text.contains("Heap of the crawl build: peak 3.00 GiB, live 1.00 GiB of -Xmx4g"), text);
    }

    @Test
    void queriesMeetTheBarOnlyWhenEveryFigureIsUnderOneSecond() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchReport.queries(new BenchResults.QueryResults("the store db", 2, List.of(
                new QueryLatency("opposition", 2, 999, 10, 0.9, 999, 5)), 3, 1), new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Queries on the store db (2 documents)."), text);
        assertTrue(text.contains("Slowest answer from the running server: 999 ms (bar: under 1000 ms) [met]\n"), text);
        assertTrue(text.contains("Slowest answer in a fresh command-line JVM: 999 ms (bar: under 1000 ms) [met]"), text);
    }

    @Test
    void sizesAreInBinaryUnitsAsTheHeapOptionCountsThem() {
        assertEquals("512 MiB", BenchReport.bytes(512L << 20));
        assertEquals("4.00 GiB", BenchReport.bytes(4L << 30));
        assertEquals("-", BenchReport.bytes(0));
    }

    @Test
    void ratiosHaveOneDecimal() {
        assertEquals("7.1x", BenchReport.ratio(7.06));
        assertEquals("-", BenchReport.ratio(Double.NaN));
    }

    @Test
    void theThroughputRatioAllowsForDifferentDocumentCounts() {
        Baseline baseline = new Baseline(new Process(800, 790, 0, 0, "log"), 200, 100_000, List.of());
        SliceResults slice = new SliceResults("s", 400, build(100, 400, 400, 0), build(4, 400, 0, 400),
                build(20, 400, 0, 0), baseline);
        // newsgraph 4 documents/s, CoreNLP 0.25 documents/s
        assertEquals(16.0, slice.throughputRatio(), 1e-9);
    }
}
