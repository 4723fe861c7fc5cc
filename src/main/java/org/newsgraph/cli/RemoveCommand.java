package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.newsgraph.NewsGraph;
import org.newsgraph.store.GraphStore;

import java.nio.file.Path;

/** {@code newsgraph remove ID}: drops one document's graph. */
final class RemoveCommand implements Command {

    @Override
    public String name() {
        return "remove";
    }

    @Override
    public String summary() {
        return "Remove one document and the facts taken from it";
    }

    @Override
    public String arguments() {
        return "ID [options]";
    }

    @Override
    public String description() {
        return "Removes the named graph of the document with this id ('newsgraph list' shows the ids). What other "
                + "documents say, even about the same people and places, stays in the store.";
    }

    @Override
    public Options options() {
        return new Options().addOption(CommonOptions.store());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        String id = CommonOptions.onlyArgument(line, "remove needs a document ID", "remove takes one document ID");
        Path directory = CommonOptions.storeDirectory(line);
        try (NewsGraph graph = NewsGraph.open(directory, GraphStore.Access.UPDATE)) {
            if (!graph.remove(id)) {
                throw CliException.failure("no document '" + id + "' in " + directory
                        + "; 'newsgraph list' shows the ids");
            }
            context.out().println("Removed " + id + " from " + directory + " (" + graph.store().tripleCount()
                    + " triples left).");
        }
        return 0;
    }
}
