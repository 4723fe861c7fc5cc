package org.newsgraph.eval.capability;

import org.newsgraph.build.BuildListener;
import org.newsgraph.build.BuildReport;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.resolve.Gazetteer;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs capabilities: generates their cases, builds them with the real pipeline (CoreNLP, extraction, resolution) into
 * a store in a scratch folder, and scores each case's rows with the matcher of {@code newsgraph eval}. A case passes
 * when every expect row holds and no forbid row does. CoreNLP's annotations go to the cache folder given, so a second
 * run of unchanged cases skips the NLP.
 */
public final class CapabilitySuite {

    private final CaseGenerator generator;

    public CapabilitySuite() {
        this.generator = new CaseGenerator(new SlotValues(Gazetteer.standard()));
    }

    /** A case that failed, with the rows that went wrong. */
    public record Failure(CapabilityCase testCase, List<String> missingExpected, List<String> heldForbidden) {}

    public record Result(Capability capability, int cases, int passed, List<Failure> failures) {
        public double percent() {
            return cases == 0 ? 0 : 100.0 * passed / cases;
        }
    }

    public List<CapabilityCase> cases(Capability capability) {
        return generator.generate(capability);
    }

    public List<Result> run(List<Capability> capabilities, Path cache, int threads, BuildListener listener) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("newsgraph-capabilities");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return run(capabilities, scratch, cache, threads, listener);
        } finally {
            deleteRecursively(scratch);
        }
    }

    private List<Result> run(List<Capability> capabilities, Path scratch, Path cache, int threads,
                             BuildListener listener) {
        Map<Capability, List<CapabilityCase>> casesByCapability = new LinkedHashMap<>();
        for (Capability c : capabilities) {
            casesByCapability.put(c, cases(c));
        }
        Path articles = scratch.resolve("articles");
        Map<Integer, Row> rowsByLine = new HashMap<>();
        StringBuilder gold = new StringBuilder("# doc\tsubject\tpredicate\tobject\n");
        int line = 1;
        try {
            Files.createDirectories(articles);
            for (List<CapabilityCase> cases : casesByCapability.values()) {
                for (CapabilityCase c : cases) {
                    Files.writeString(articles.resolve(c.document() + ".txt"), c.text(), StandardCharsets.UTF_8);
                    for (List<String> row : c.expect()) {
                        gold.append(goldLine(c.document(), row));
                        rowsByLine.put(++line, new Row(c, row, true));
                    }
                    for (List<String> row : c.forbid()) {
                        gold.append(goldLine(c.document(), row));
                        rowsByLine.put(++line, new Row(c, row, false));
                    }
                }
            }
            Files.writeString(scratch.resolve("capabilities.gold.tsv"), gold, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GoldFile goldFile = GoldFile.read(scratch.resolve("capabilities.gold.tsv"));
        EvalReport report;
        try (GraphStore store = GraphStore.openForWriting(scratch.resolve("db"))) {
            BuildReport build = new GraphBuilder().build(store,
                    new BuildRequest(List.of(articles), IngestOptions.defaults(), threads, cache), listener);
            if (!build.problems().isEmpty()) {
                throw new IllegalStateException("a generated case could not be built: " + build.problems().get(0));
            }
            report = store.read(dataset -> Evaluation.run(dataset, goldFile, null));
        }
        // a gold row holds unless the evaluation lists it as missed
        Set<Integer> missedLines = new HashSet<>();
        report.misses().forEach(m -> missedLines.add(m.line()));
        Map<String, List<String>> missing = new HashMap<>();
        Map<String, List<String>> forbidden = new HashMap<>();
        rowsByLine.forEach((number, row) -> {
            boolean holds = !missedLines.contains(number);
            if (row.expected && !holds) {
                missing.computeIfAbsent(row.testCase.document(), d -> new ArrayList<>()).add(String.join(" ", row.cells));
            } else if (!row.expected && holds) {
                forbidden.computeIfAbsent(row.testCase.document(), d -> new ArrayList<>()).add(String.join(" ", row.cells));
            }
        });
        List<Result> results = new ArrayList<>();
        casesByCapability.forEach((capability, cases) -> {
            List<Failure> failures = new ArrayList<>();
            for (CapabilityCase c : cases) {
                List<String> m = missing.getOrDefault(c.document(), List.of());
                List<String> f = forbidden.getOrDefault(c.document(), List.of());
                if (!m.isEmpty() || !f.isEmpty()) {
                    failures.add(new Failure(c, m, f));
                }
            }
            results.add(new Result(capability, cases.size(), cases.size() - failures.size(), failures));
        });
        return results;
    }

    private record Row(CapabilityCase testCase, List<String> cells, boolean expected) {}

    private static String goldLine(String document, List<String> row) {
        return document + "\t" + clean(row.get(0)) + "\t" + row.get(1) + "\t" + clean(row.get(2)) + "\n";
    }

    private static String clean(String cell) {
        return cell.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static void deleteRecursively(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left in the temporary directory is harmless
        }
    }
}
