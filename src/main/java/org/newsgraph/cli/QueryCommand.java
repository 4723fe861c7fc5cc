package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Query;
import org.newsgraph.NewsGraph;
import org.newsgraph.query.QueryPrefixes;
import org.newsgraph.query.QueryResult;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResolvedQuery;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.query.TextTable;
import org.newsgraph.store.GraphStore;

import java.util.List;

/** {@code newsgraph query NAME|FILE}: runs a SPARQL query on the store and prints the results. */
final class QueryCommand implements Command {

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "Run a SPARQL query (a name from queries/ or a .rq file) on the store";
    }

    @Override
    public String arguments() {
        return "NAME|FILE [options]";
    }

    @Override
    public String description() {
        return "Runs a SPARQL query on the union of the stored document graphs. NAME is a file NAME.rq in the "
                + "queries folder of the installation or of the working directory; FILE is the path of any .rq "
                + "file. Queries may use these prefixes without declaring them: " + QueryPrefixes.names() + ". Tables cut cells at " + TextTable.DEFAULT_MAX_CELL_WIDTH + " characters unless "
                + "--wide; CONSTRUCT and DESCRIBE results print as Turtle (table) or JSON-LD (json).";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(CommonOptions.format(CommonOptions.resultFormats()))
                .addOption(CommonOptions.store())
                .addOption(Option.builder().longOpt("wide").desc("Show table cells whole").get());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        List<String> arguments = line.getArgList();
        if (arguments.size() != 1) {
            throw CliException.usage(arguments.isEmpty() ? "query needs a NAME or FILE"
                    : "query takes one NAME or FILE, got " + arguments.size());
        }
        ResultFormat format = ResultFormat.parse(CommonOptions.formatChoice(line, CommonOptions.resultFormats()));
        QueryRunner runner = QueryRunner.standard();
        ResolvedQuery resolved = runner.resolve(arguments.get(0));
        Query query = resolved.query();
        if ((query.isConstructType() || query.isDescribeType())
                && (format == ResultFormat.CSV || format == ResultFormat.TSV)) {
            throw CliException.usage(resolved.name() + " builds a graph, which cannot be written as "
                    + format.label() + "; use --format table (Turtle) or json (JSON-LD)");
        }
        QueryResult result;
        try (NewsGraph graph = NewsGraph.open(CommonOptions.storeDirectory(line), GraphStore.Access.READ)) {
            result = graph.query(resolved);
        }
        result.write(context.out(), format, line.hasOption("wide"));
        return 0;
    }
}
