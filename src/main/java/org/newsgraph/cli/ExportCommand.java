package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportReport;
import org.newsgraph.export.GraphSelection;
import org.newsgraph.export.RdfExport;
import org.newsgraph.store.GraphStore;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code newsgraph export}: the store in an RDF syntax, for other RDF tools. */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "Write the store as Turtle, TriG, N-Quads, N-Triples, JSON-LD or RDF/XML";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String description() {
        return "Writes the store with the ontology's prefixes. TriG, N-Quads and JSON-LD keep one named graph per "
                + "document; Turtle, N-Triples and RDF/XML hold one graph, so they get the union of the documents "
                + "(the graph queries see) or, with --graph ID, one document. Turtle, TriG, N-Triples and N-Quads "
                + "are streamed from the store, so any size fits; JSON-LD is built in memory first (a large store "
                + "needs a large heap: NEWSGRAPH_HEAP); RDF/XML is written from the store but keeps the list of "
                + "subjects in memory. Without --format the format follows the extension of --out, else TriG. "
                + "With --out the file is replaced only once the export is complete.";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
                        .desc("One of " + ExportFormat.choices().replace("|", ", ")
                                + " (default: from the --out extension, else trig)").get())
                .addOption(Option.builder().longOpt("out").hasArg().argName("FILE")
                        .desc("Write to FILE instead of standard output").get())
                .addOption(Option.builder().longOpt("graph").hasArg().argName("WHICH")
                        .desc("all (every document graph; default for trig, nquads, jsonld), union (the merged "
                                + "graph; default for the others) or a document id").get())
                .addOption(CommonOptions.store());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        if (!line.getArgList().isEmpty()) {
            throw CliException.usage("export takes no arguments, got '" + line.getArgList().get(0)
                    + "'; write to a file with --out FILE");
        }
        Path out = line.hasOption("out") ? Path.of(line.getOptionValue("out")) : null;
        ExportFormat format = format(line, out);
        GraphSelection selection = line.hasOption("graph")
                ? GraphSelection.parse(line.getOptionValue("graph").strip())
                : format.defaultSelection();
        if (selection instanceof GraphSelection.All && !format.keepsNamedGraphs()) {
            throw CliException.usage(format.label() + " holds one graph: use --graph union or --graph ID, or a "
                    + "format with named graphs (trig, nquads, jsonld)");
        }
        if (out != null && Files.isDirectory(out)) {
            throw CliException.usage(out + " is a folder; --out needs a file name");
        }
        ExportReport report;
        try (GraphStore store = GraphStore.openForReading(CommonOptions.storeDirectory(line))) {
            RdfExport export = new RdfExport();
            report = out == null
                    ? export.export(store, format, selection, context.out())
                    : export.export(store, format, selection, out);
        }
        // With the data on standard output the summary goes to stderr, so it cannot end up inside the export.
        PrintStream summary = out == null ? context.err() : context.out();
        summary.println("Exported " + describe(report) + (out == null ? "" : " to " + out) + " ("
                + size(report.bytes()) + ") in " + String.format(Locale.ROOT, "%.1f s",
                report.elapsed().toMillis() / 1000.0));
        summary.flush();
        return 0;
    }

    private static ExportFormat format(CommandLine line, Path out) {
        if (line.hasOption("format")) {
            try {
                return ExportFormat.parse(line.getOptionValue("format"));
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
        }
        if (out != null) {
            return ExportFormat.forFileName(out.getFileName().toString()).orElseThrow(() -> CliException.usage(
                    "cannot tell the format from '" + out.getFileName() + "'; add --format "
                            + ExportFormat.choices()));
        }
        return ExportFormat.TRIG;
    }

    private static String describe(ExportReport report) {
        String what = report.graphs() > 0
                ? BuildCommand.plural(report.statements(), "quad") + " in "
                + BuildCommand.plural(report.graphs(), "document graph")
                : BuildCommand.plural(report.statements(), "triple") + " of " + report.selection().describe();
        return what + " as " + displayName(report.format());
    }

    private static String displayName(ExportFormat format) {
        return switch (format) {
            case TURTLE -> "Turtle";
            case TRIG -> "TriG";
            case NQUADS -> "N-Quads";
            case NTRIPLES -> "N-Triples";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF/XML";
        };
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
