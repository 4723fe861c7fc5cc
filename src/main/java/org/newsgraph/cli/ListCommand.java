package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.newsgraph.NewsGraph;
import org.newsgraph.query.TextTable;
import org.newsgraph.store.DocumentSummary;
import org.newsgraph.store.GraphStore;

import java.nio.file.Path;
import java.util.List;

/** {@code newsgraph list}: the stored documents, one a line. */
final class ListCommand implements Command {

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String summary() {
        return "List the stored documents with their date, title and number of facts";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String description() {
        return "Lists the documents in the store, oldest first: id, publication date, title and the number of "
                + "facts (evidence nodes) extracted from each. The ids are what 'newsgraph remove' takes.";
    }

    @Override
    public Options options() {
        return new Options().addOption(CommonOptions.store());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        CommonOptions.requireNoArguments(line, "list");
        Path directory = CommonOptions.storeDirectory(line);
        List<DocumentSummary> documents;
        try (NewsGraph graph = NewsGraph.open(directory, GraphStore.Access.READ)) {
            documents = graph.documents();
        }
        if (documents.isEmpty()) {
            context.out().println("No documents in " + directory + ".");
            return 0;
        }
        TextTable table = new TextTable(List.of("id", "date", "title", "facts")).alignRight(3);
        for (DocumentSummary document : documents) {
            table.addRow(List.of(document.id(), document.date(), document.title(), Long.toString(document.facts())));
        }
        table.print(context.out());
        context.out().println(BuildCommand.plural(documents.size(), "document"));
        context.out().flush();
        return 0;
    }
}
