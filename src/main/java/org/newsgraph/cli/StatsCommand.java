package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.NewsGraph;
import org.newsgraph.query.QueryPrefixes;
import org.newsgraph.query.TextTable;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.LastBuild;
import org.newsgraph.store.StoreStats;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code newsgraph stats}: what the store holds, by class and by predicate. */
final class StatsCommand implements Command {

    private static final List<String> FORMATS = List.of("table", "json");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "Show what the store holds: documents, triples, classes, predicates";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String description() {
        return "Counts the documents and triples in the store, the instances of each class and the triples of each "
                + "predicate in the union graph that queries see, and tells when the store was last built.";
    }

    @Override
    public Options options() {
        return new Options().addOption(CommonOptions.store()).addOption(CommonOptions.format(FORMATS));
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        CommonOptions.requireNoArguments(line, "stats");
        String format = CommonOptions.formatChoice(line, FORMATS);
        StoreStats stats;
        try (NewsGraph graph = NewsGraph.open(CommonOptions.storeDirectory(line), GraphStore.Access.READ)) {
            stats = graph.stats();
        }
        if (format.equals("json")) {
            printJson(stats, context.out());
        } else {
            printTables(stats, context.out());
        }
        return 0;
    }

    private static void printTables(StoreStats stats, PrintStream out) {
        PrefixMapping prefixes = QueryPrefixes.standard();
        out.println("Store       " + stats.location());
        out.println("Documents   " + stats.documents());
        out.println("Triples     " + stats.triples());
        out.println("Last build  " + stats.lastBuild().map(StatsCommand::describe).orElse("not recorded"));
        out.println();
        countsTable("Class", stats.classCounts(), prefixes).print(out);
        out.println();
        countsTable("Predicate", stats.predicateCounts(), prefixes).print(out);
        out.flush();
    }

    private static TextTable countsTable(String header, Map<String, Long> counts, PrefixMapping prefixes) {
        TextTable table = new TextTable(List.of(header, "Count")).alignRight(1);
        counts.forEach((iri, count) -> table.addRow(List.of(QueryPrefixes.shorten(iri, prefixes), count.toString())));
        return table;
    }

    private static String describe(LastBuild build) {
        return WHEN.format(build.finishedAt().atZone(ZoneId.systemDefault())) + ": "
                + BuildCommand.plural(build.documents(), "document") + " (" + build.annotated() + " annotated, "
                + build.unchanged() + " unchanged) in " + String.format(Locale.ROOT, "%.1f s", build.seconds());
    }

    private static void printJson(StoreStats stats, PrintStream out) {
        ObjectMapper json = new ObjectMapper();
        PrefixMapping prefixes = QueryPrefixes.standard();
        ObjectNode root = json.createObjectNode()
                .put("store", stats.location().toString())
                .put("documents", stats.documents())
                .put("triples", stats.triples());
        stats.lastBuild().ifPresentOrElse(build -> root.putObject("lastBuild")
                        .put("finishedAt", build.finishedAt().toString())
                        .put("documents", build.documents())
                        .put("annotated", build.annotated())
                        .put("unchanged", build.unchanged())
                        .put("seconds", build.seconds()),
                () -> root.putNull("lastBuild"));
        counts(root.putArray("classes"), stats.classCounts(), prefixes);
        counts(root.putArray("predicates"), stats.predicateCounts(), prefixes);
        try {
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write statistics as JSON", e);
        }
        out.flush();
    }

    private static void counts(ArrayNode array, Map<String, Long> counts, PrefixMapping prefixes) {
        counts.forEach((iri, count) -> array.addObject()
                .put("iri", iri)
                .put("name", QueryPrefixes.shorten(iri, prefixes))
                .put("count", count));
    }
}
