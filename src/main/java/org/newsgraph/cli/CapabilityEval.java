package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.newsgraph.eval.capability.Capability;
import org.newsgraph.eval.capability.CapabilityFiles;
import org.newsgraph.eval.capability.CapabilityFormatException;
import org.newsgraph.eval.capability.CapabilitySuite;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code newsgraph eval --capabilities [PREFIX...]}: cases and passes per capability. */
final class CapabilityEval {

    private CapabilityEval() {
    }

    static int run(CommandLine line, CommandContext context) {
        for (String other : new String[] {"gold", "entities", "baseline", "markdown", "attributions"}) {
            if (line.hasOption(other)) {
                throw CliException.usage("--capabilities cannot be used with --" + other);
            }
        }
        List<Capability> all;
        try {
            all = CapabilityFiles.standard();
        } catch (CapabilityFormatException e) {
            throw CliException.failure(e.getMessage());
        }
        List<String> prefixes = line.getArgList();
        List<Capability> chosen = all.stream()
                .filter(c -> prefixes.isEmpty() || prefixes.stream().anyMatch(p -> c.name().startsWith(p)))
                .toList();
        if (chosen.isEmpty()) {
            throw CliException.usage("no capability is named " + String.join(" or ", prefixes) + "...");
        }
        Path cache = Path.of(line.getOptionValue("cache", BuildCommand.CACHE_FOLDER));
        List<CapabilitySuite.Result> results;
        try (BuildProgress progress = new BuildProgress(context.err(), System.console() != null)) {
            results = new CapabilitySuite().run(chosen, cache, Runtime.getRuntime().availableProcessors(), progress);
        }
        context.out().print(line.hasOption("json") ? json(results) : text(results, line.hasOption("explain")));
        context.out().flush();
        return 0;
    }

    private static String text(List<CapabilitySuite.Result> results, boolean explain) {
        StringBuilder out = new StringBuilder();
        String format = "%-45s %6s %7s %7s%n";
        out.append(String.format(Locale.ROOT, format, "capability", "cases", "passed", "%"));
        int cases = 0;
        int passed = 0;
        for (CapabilitySuite.Result r : results) {
            out.append(String.format(Locale.ROOT, format, r.capability().name(), r.cases(), r.passed(),
                    String.format(Locale.ROOT, "%.1f", r.percent())));
            cases += r.cases();
            passed += r.passed();
        }
        out.append(String.format(Locale.ROOT, format, "all", cases, passed,
                String.format(Locale.ROOT, "%.1f", cases == 0 ? 0 : 100.0 * passed / cases)));
        if (explain) {
            for (CapabilitySuite.Result r : results) {
                for (CapabilitySuite.Failure f : r.failures()) {
                    out.append('\n').append(f.testCase().document()).append(": ")
                            .append(f.testCase().text().strip().replaceAll("\\s+", " ")).append('\n');
                    f.missingExpected().forEach(row -> out.append("  missing:   ").append(row).append('\n'));
                    f.heldForbidden().forEach(row -> out.append("  forbidden: ").append(row).append('\n'));
                }
            }
        }
        return out.toString();
    }

    private static String json(List<CapabilitySuite.Result> results) {
        StringBuilder out = new StringBuilder("{\"capabilities\":[");
        for (int i = 0; i < results.size(); i++) {
            CapabilitySuite.Result r = results.get(i);
            out.append(i == 0 ? "" : ",").append("{\"name\":\"").append(r.capability().name())
                    .append("\",\"cases\":").append(r.cases()).append(",\"passed\":").append(r.passed()).append('}');
        }
        return out.append("]}\n").toString();
    }
}
