package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.util.FmtUtils;
import org.newsgraph.query.QueryPrefixes;
import org.newsgraph.validate.StoreValidator;
import org.newsgraph.validate.ValidationProblem;
import org.newsgraph.validate.ValidationResult;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@code newsgraph validate}: the store against the SHACL shapes; exit code 1 when it does not conform. */
final class ValidateCommand implements Command {

    /** Enough examples to see the pattern; the report file has them all. */
    static final int EXAMPLES_PER_SHAPE = 5;

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check the store against the SHACL shapes in ontology/shapes.ttl";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String description() {
        return "Validates the union of the document graphs against the SHACL shapes (ontology/shapes.ttl of the "
                + "installation, or --shapes FILE) and prints a summary: each shape that found a problem, its "
                + "message, and up to " + EXAMPLES_PER_SHAPE + " examples with the documents they come from. "
                + "--report writes the full SHACL validation report as Turtle ('-' for standard output). Exits "
                + "with 0 when the store conforms and 1 when it does not.";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("report").hasArg().argName("FILE")
                        .desc("Write the full validation report as Turtle to FILE ('-' for standard output)").get())
                .addOption(Option.builder().longOpt("shapes").hasArg().argName("FILE")
                        .desc("Validate against these shapes instead of ontology/shapes.ttl").get())
                .addOption(CommonOptions.store());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        CommonOptions.requireNoArguments(line, "validate");
        Path shapesFile = line.hasOption("shapes") ? Path.of(line.getOptionValue("shapes"))
                : StoreValidator.standardShapesFile();
        String report = line.getOptionValue("report");
        if (report != null && !report.equals("-") && Files.isDirectory(Path.of(report))) {
            throw CliException.usage(report + " is a folder; --report needs a file name");
        }
        StoreValidator validator = new StoreValidator(shapesFile);
        ValidationResult result;
        try (GraphStore store = GraphStore.openForReading(CommonOptions.storeDirectory(line))) {
            result = validator.validate(store);
        }
        PrintStream out = context.out();
        if (report != null) {
            writeReport(result, report, out);
        }
        // With the report on standard output the summary moves to stderr, so the Turtle stays parseable.
        PrintStream summary = "-".equals(report) ? context.err() : out;
        printSummary(result, summary, report == null);
        return result.conforms() ? 0 : CliException.FAILURE;
    }

    private static void printSummary(ValidationResult result, PrintStream out, boolean suggestReport) {
        String subject = "Validated " + BuildCommand.plural(result.triples(), "triple") + " ("
                + BuildCommand.plural(result.documents(), "document") + ") against "
                + BuildCommand.plural(result.shapes(), "shape") + " from " + shown(result.shapesFile()) + " in "
                + String.format(Locale.ROOT, "%.1f s", result.elapsed().toMillis() / 1000.0);
        if (result.conforms()) {
            out.println(subject + ": conforms");
            out.flush();
            return;
        }
        PrefixMapping prefixes = StoreValidator.prefixes();
        Map<Node, List<ValidationProblem>> byShape = result.problems().stream()
                .collect(Collectors.groupingBy(ValidationProblem::shape, LinkedHashMap::new, Collectors.toList()));
        out.println(subject + ": " + count(result.problems()) + " from "
                + BuildCommand.plural(byShape.size(), "shape"));
        byShape.forEach((shape, problems) -> {
            out.println();
            out.println(term(shape, prefixes) + " (" + problems.size() + "): " + problems.get(0).message());
            problems.stream().limit(EXAMPLES_PER_SHAPE)
                    .forEach(problem -> out.println("  " + example(problem, prefixes)));
            if (problems.size() > EXAMPLES_PER_SHAPE) {
                out.println("  … and " + (problems.size() - EXAMPLES_PER_SHAPE) + " more");
            }
        });
        if (suggestReport) {
            out.println();
            out.println("The full report: newsgraph validate --report FILE");
        }
        out.flush();
    }

    /** The installation's shapes as {@code ontology/shapes.ttl} when run from the installation, as usual. */
    private static String shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : file.toString();
    }

    /** "3 violations", or "3 problems (2 violations, 1 warning)" when severities differ. */
    private static String count(List<ValidationProblem> problems) {
        Map<String, Long> bySeverity = new TreeMap<>(problems.stream().collect(Collectors.groupingBy(
                problem -> severityName(problem.severity()), Collectors.counting())));
        if (bySeverity.size() == 1) {
            Map.Entry<String, Long> only = bySeverity.entrySet().iterator().next();
            return BuildCommand.plural(only.getValue(), only.getKey());
        }
        return BuildCommand.plural(problems.size(), "problem") + " (" + bySeverity.entrySet().stream()
                .map(entry -> BuildCommand.plural(entry.getValue(), entry.getKey()))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String severityName(Node severity) {
        if (Severity.Warning.level().equals(severity)) {
            return "warning";
        }
        if (Severity.Info.level().equals(severity)) {
            return "note";
        }
        return "violation";
    }

    /** {@code ngr:evidence/a1/e1  ng:confidence  "1.5"^^xsd:double  (document a1)}. */
    private static String example(ValidationProblem problem, PrefixMapping prefixes) {
        StringBuilder text = new StringBuilder(term(problem.focusNode(), prefixes));
        if (problem.path() != null) {
            text.append("  ").append(problem.path());
        }
        if (problem.value() != null) {
            text.append("  ").append(term(problem.value(), prefixes));
        }
        if (!problem.documents().isEmpty()) {
            text.append("  (").append(problem.documents().size() == 1 ? "document " : "documents ")
                    .append(String.join(", ", problem.documents())).append(')');
        }
        return text.toString();
    }

    private static String term(Node node, PrefixMapping prefixes) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return QueryPrefixes.shorten(node.getURI(), prefixes);
        }
        return FmtUtils.stringForNode(node, prefixes);
    }

    private static void writeReport(ValidationResult result, String report, PrintStream out) {
        if (report.equals("-")) {
            RDFDataMgr.write(out, result.report(), RDFFormat.TURTLE_PRETTY);
            out.flush();
            return;
        }
        Path file = Path.of(report);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream stream = Files.newOutputStream(file)) {
                RDFDataMgr.write(stream, result.report(), RDFFormat.TURTLE_PRETTY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + file + ": " + e.getMessage(), e);
        }
    }
}
