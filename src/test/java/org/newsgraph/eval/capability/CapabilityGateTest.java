package org.newsgraph.eval.capability;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.build.BuildListener;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The capability bars as a gate: every shipped capability, all its generated cases, through the real pipeline
 * (CoreNLP, extraction, resolution), each capability at 90 % or more and all of them together at 95 % or more. A rule
 * change that breaks a construction of language fails here even when the seeds and dev sets still hold. All cases
 * run, no subset: about thirty thousand short texts in one store, some eight minutes on two cores (the pipeline load
 * included, which the JVM shares with the other CoreNLP tests). Anything in a build or a scoring that grows with the
 * square of the documents shows here first.
 */
@Tag("corenlp")
class CapabilityGateTest {

    private static final double EACH_AT_LEAST = 90.0;
    private static final double ALL_AT_LEAST = 95.0;
    private static final int FAILURES_SHOWN = 3;

    @TempDir
    static Path cache;

    @Test
    void everyCapabilityMeetsItsBar() {
        List<Capability> capabilities = CapabilityFiles.standard();
        List<CapabilitySuite.Result> results = new CapabilitySuite().run(capabilities, cache, 2, BuildListener.SILENT);

        int cases = results.stream().mapToInt(CapabilitySuite.Result::cases).sum();
        int passed = results.stream().mapToInt(CapabilitySuite.Result::passed).sum();
        double all = cases == 0 ? 0 : 100.0 * passed / cases;
        List<CapabilitySuite.Result> below = results.stream().filter(r -> r.percent() < EACH_AT_LEAST).toList();

        assertTrue(results.size() == capabilities.size() && cases > 0, "no capability was run");
        assertTrue(below.isEmpty() && all >= ALL_AT_LEAST, () -> String.format(Locale.ROOT,
                "all capabilities %.1f %% (%d of %d cases, bar %.0f %%); below %.0f %%:%n", all, passed, cases,
                ALL_AT_LEAST, EACH_AT_LEAST) + describe(below.isEmpty() ? worst(results) : below));
    }

    /** When only the overall bar fails, the capabilities that lose most cases say where to look. */
    private static List<CapabilitySuite.Result> worst(List<CapabilitySuite.Result> results) {
        return results.stream().filter(r -> r.passed() < r.cases())
                .sorted((a, b) -> Double.compare(a.percent(), b.percent())).limit(5).toList();
    }

    private static String describe(List<CapabilitySuite.Result> results) {
        return results.stream().map(r -> String.format(Locale.ROOT, "%s %.1f %% (%d of %d)%n", r.capability().name(),
                        r.percent(), r.passed(), r.cases())
                + r.failures().stream().limit(FAILURES_SHOWN).map(CapabilityGateTest::describe)
                .collect(Collectors.joining()))
                .collect(Collectors.joining());
    }

    private static String describe(CapabilitySuite.Failure failure) {
        StringBuilder text = new StringBuilder("  ").append(failure.testCase().text().replace('\n', ' '))
                .append(System.lineSeparator());
        failure.missingExpected().forEach(row -> text.append("    missing: ").append(row).append(System.lineSeparator()));
        failure.heldForbidden().forEach(row -> text.append("    forbidden but held: ").append(row)
                .append(System.lineSeparator()));
        return text.toString();
    }
}
