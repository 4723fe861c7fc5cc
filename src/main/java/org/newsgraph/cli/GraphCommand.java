package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.graph.EntityType;
import org.newsgraph.graph.GraphFilter;
import org.newsgraph.graph.GraphFormat;
import org.newsgraph.graph.GraphProjector;
import org.newsgraph.graph.Projection;
import org.newsgraph.graph.Relation;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code newsgraph graph}: the entities and their relations as a file for graph tools or a browser. */
final class GraphCommand implements Command {

    @Override
    public String name() {
        return "graph";
    }

    @Override
    public String summary() {
        return "Export entities and relations as GraphML, DOT, Cytoscape JSON, SVG/PNG or an HTML viewer";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String description() {
        return "Writes the knowledge graph as nodes (entities: type, label, IRI, Wikidata id, degree, number of "
                + "documents) and edges (relations: predicate, number of evidence sentences, documents, first and "
                + "last date), computed with SPARQL over the store. Formats: graphml (Gephi, yEd, Cytoscape), dot "
                + "(Graphviz), cyjs (Cytoscape.js elements), html (one file that works offline: search, type "
                + "filters, click a node for its facts and evidence), svg and png (drawn by Graphviz's dot, which "
                + "must be installed). Statements are nodes only when --type names them. Filters narrow what "
                + "counts: a fact counts when a chosen document states it; with --predicate or --min-evidence only "
                + "nodes that keep an edge are shown. Writes to standard output unless --out is given.";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
                        .desc("Output as " + String.join(", ", GraphFormat.labels()) + " (default: from the --out "
                                + "file's extension, else graphml)").get())
                .addOption(Option.builder().longOpt("out").hasArg().argName("FILE")
                        .desc("Write to FILE instead of standard output").get())
                .addOption(Option.builder().longOpt("type").hasArg().argName("TYPES")
                        .desc("Node types, comma-separated: " + EntityType.choices() + " (default: all but "
                                + "Statement; Actor is Person, Organization and Country)").get())
                .addOption(Option.builder().longOpt("predicate").hasArg().argName("PREDICATES")
                        .desc("Only these relations, comma-separated, e.g. opposes,vetoed").get())
                .addOption(Option.builder().longOpt("doc").hasArg().argName("ID")
                        .desc("Only facts from this document (repeat or comma-separate for several)").get())
                .addOption(Option.builder().longOpt("since").hasArg().argName("DATE")
                        .desc("Only documents published on or after DATE (YYYY-MM-DD)").get())
                .addOption(Option.builder().longOpt("until").hasArg().argName("DATE")
                        .desc("Only documents published on or before DATE (YYYY-MM-DD)").get())
                .addOption(Option.builder().longOpt("min-evidence").hasArg().argName("N")
                        .desc("Only edges backed by at least N evidence sentences").get())
                .addOption(CommonOptions.store());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        CommonOptions.requireNoArguments(line, "graph");
        Path outFile = line.hasOption("out") ? Path.of(line.getOptionValue("out")) : null;
        GraphFormat format = format(line, outFile);
        GraphFilter filter = filter(line);
        if (outFile == null && format.binary() && System.console() != null) {
            throw CliException.usage(format.label() + " is binary; give --out FILE or redirect standard output");
        }
        if (outFile != null && Files.isDirectory(outFile)) {
            throw CliException.usage("--out " + outFile + " is a folder; give a file name");
        }

        Projection projection;
        try (GraphStore store = GraphStore.openForReading(CommonOptions.storeDirectory(line))) {
            projection = new GraphProjector().project(store, filter);
        }
        try {
            if (outFile == null) {
                format.write(projection, context.out());
                context.out().flush();
            } else {
                writeFile(projection, format, outFile);
                context.err().println("Wrote " + BuildCommand.plural(projection.nodes().size(), "node") + " and "
                        + BuildCommand.plural(projection.edges().size(), "edge") + " from "
                        + BuildCommand.plural(projection.documents().size(), "document") + " to " + outFile + " ("
                        + format.label() + ")");
            }
        } catch (IllegalStateException e) {
            throw new CliException(CliException.FAILURE, e.getMessage(), e);
        }
        return 0;
    }

    /** Written beside the target and moved into place, so a failed render never leaves half a file. */
    private static void writeFile(Projection projection, GraphFormat format, Path outFile) {
        Path folder = outFile.toAbsolutePath().getParent();
        Path partial = null;
        try {
            Files.createDirectories(folder);
            partial = folder.resolve("." + outFile.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                format.write(projection, out);
            }
            try {
                Files.move(partial, outFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, outFile, StandardCopyOption.REPLACE_EXISTING);
            }
            partial = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outFile + ": " + e.getMessage(), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // Only a leftover temporary file; the failure that got us here is what the user must see.
                }
            }
        }
    }

    private static GraphFormat format(CommandLine line, Path outFile) {
        if (line.hasOption("format")) {
            return GraphFormat.ofLabel(line.getOptionValue("format")).orElseThrow(() -> CliException.usage(
                    "unknown format '" + line.getOptionValue("format") + "'; use "
                            + String.join("|", GraphFormat.labels())));
        }
        if (outFile != null) {
            return GraphFormat.ofFileName(outFile.getFileName().toString()).orElse(GraphFormat.GRAPHML);
        }
        return GraphFormat.GRAPHML;
    }

    private static GraphFilter filter(CommandLine line) {
        try {
            GraphFilter filter = GraphFilter.everything();
            if (line.hasOption("type")) {
                filter = filter.withTypes(EntityType.parseSelection(line.getOptionValue("type")));
            }
            if (line.hasOption("predicate")) {
                filter = filter.withRelations(Relation.parseSelection(line.getOptionValue("predicate")));
            }
            if (line.hasOption("doc")) {
                Set<String> documents = new LinkedHashSet<>();
                for (String value : line.getOptionValues("doc")) {
                    Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                            .forEach(documents::add);
                }
                if (documents.isEmpty()) {
                    throw CliException.usage("--doc needs a document id (see 'newsgraph list')");
                }
                filter = filter.withDocuments(documents);
            }
            filter = filter.withDates(CommonOptions.date(line, "since"), CommonOptions.date(line, "until"));
            if (line.hasOption("min-evidence")) {
                filter = filter.withMinEvidence(count(line.getOptionValue("min-evidence")));
            }
            return filter;
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    private static int count(String value) {
        try {
            int count = Integer.parseInt(value.strip());
            if (count < 0) {
                throw CliException.usage("--min-evidence must be 0 or more, got " + value);
            }
            return count;
        } catch (NumberFormatException e) {
            throw CliException.usage("--min-evidence '" + value + "' is not a whole number");
        }
    }
}
