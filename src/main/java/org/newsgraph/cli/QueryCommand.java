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
import org.newsgraph.query.SavedListings;
import org.newsgraph.query.TextTable;
import org.newsgraph.serve.ServeException;
import org.newsgraph.serve.ServerQueryClient;
import org.newsgraph.store.AnnouncedHolder;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreException;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code newsgraph query NAME|FILE}: runs a SPARQL query on the store and prints the results. When a
 * {@code newsgraph serve} holds the store, the query goes to that server instead and prints the same.
 */
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
                + "--wide; CONSTRUCT and DESCRIBE results print as Turtle (table) or JSON-LD (json). When a "
                + "newsgraph serve holds the store, the query goes to that server and its answer prints the same "
                + "(stderr says so if the server's --max-rows cut it; --verbose names the server).";
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
        String argument = CommonOptions.onlyArgument(line, "query needs a NAME or FILE",
                "query takes one NAME or FILE");
        ResultFormat format = ResultFormat.parse(CommonOptions.formatChoice(line, CommonOptions.resultFormats()));
        QueryRunner runner = QueryRunner.standard();
        ResolvedQuery resolved = runner.resolve(argument);
        Query query = resolved.query();
        if ((query.isConstructType() || query.isDescribeType())
                && (format == ResultFormat.CSV || format == ResultFormat.TSV)) {
            throw CliException.usage(resolved.name() + " builds a graph, which cannot be written as "
                    + format.label() + "; use --format table (Turtle) or json (JSON-LD)");
        }
        Path storeDirectory = CommonOptions.storeDirectory(line);
        Optional<AnnouncedHolder> server = servingHolder(storeDirectory);
        QueryResult result;
        Optional<QueryResult> saved;
        if (server.isPresent()) {
            result = askServer(server.get(), storeDirectory, resolved, context);
        } else if ((saved = SavedListings.answer(storeDirectory, resolved)).isPresent()) {
            // Answered without opening the store: the saved answer names the store state it holds for.
            result = saved.get();
        } else {
            try (NewsGraph graph = NewsGraph.open(storeDirectory, GraphStore.Access.READ)) {
                result = graph.query(resolved);
            } catch (StoreException refused) {
                // A server that started while this command waited for the store announces itself only once it
                // listens, and the wait then ends in a refusal naming it: its answer is as good as the store's.
                server = servingHolder(storeDirectory);
                if (server.isEmpty()) {
                    throw refused;
                }
                result = askServer(server.get(), storeDirectory, resolved, context);
            }
        }
        result.write(context.out(), format, line.hasOption("wide"));
        return 0;
    }

    /** A live server holding the store that said where it answers queries; older servers did not. */
    private static Optional<AnnouncedHolder> servingHolder(Path storeDirectory) {
        return GraphStore.announcedHolder(storeDirectory).filter(holder -> holder.sparqlEndpoint().isPresent());
    }

    /**
     * TDB2 lets only the server's process open the store, and the server's warm query engine answers faster than
     * this process could open it anyway; it answers with the same rows, unless its row cap cuts them.
     */
    private static QueryResult askServer(AnnouncedHolder server, Path storeDirectory, ResolvedQuery resolved,
                                         CommandContext context) {
        ServerQueryClient client = new ServerQueryClient(server.sparqlEndpoint().orElseThrow());
        ServerQueryClient.Answer answer;
        try {
            answer = client.run(resolved);
        } catch (ServeException e) {
            throw new CliException(CliException.FAILURE, "store " + storeDirectory + " is held by "
                    + server.description() + " (pid " + server.pid() + "), which does not answer: " + e.getMessage()
                    + "; stop that server and try again (if none is running, delete "
                    + storeDirectory.resolve(GraphStore.HOLDER_FILE) + ")", e);
        }
        if (context.verbose()) {
            context.err().println("newsgraph: answered by " + server.description() + " (pid " + server.pid()
                    + "), which holds store " + storeDirectory);
        }
        if (answer.truncated()) {
            // The cap counts the solutions a graph is built from, not its triples.
            String what = answer.result() instanceof QueryResult.Graph ? "graph" : "answer";
            String unit = answer.result() instanceof QueryResult.Graph ? "solution" : "row";
            context.err().println("newsgraph: the server at " + client.endpoint() + " cut the " + what + " at "
                    + String.format(Locale.ROOT, "%,d %s", answer.maxRows(), answer.maxRows() == 1 ? unit
                    : unit + "s") + " (its --max-rows); to get everything, stop the server and run the query again, "
                    + "or restart it with a larger --max-rows (0 for no limit)");
        }
        context.err().flush();
        return answer.result();
    }
}
