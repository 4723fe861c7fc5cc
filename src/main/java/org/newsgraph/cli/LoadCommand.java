package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.SavedListings;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.NQuadsLoader;

import java.nio.file.Path;
import java.util.Locale;

/** {@code newsgraph load NQUADS}: bulk-loads document graphs written as N-Quads, e.g. by the Spark job. */
final class LoadCommand implements Command {

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String summary() {
        return "Load document graphs from N-Quads files (e.g. the Spark job's output) into the store";
    }

    @Override
    public String arguments() {
        return "NQUADS-DIR|FILE [options]";
    }

    @Override
    public String description() {
        return "Loads N-Quads files, one named graph per document: a folder's *.nq, *.nq.gz and part-* files, or one "
                + "file. Every file is checked before anything is written, so a malformed line is reported with its "
                + "file and line and the store is left as it was. An empty or new store is filled by TDB2's bulk "
                + "loader; in a store that already holds documents, each graph of the input replaces the stored "
                + "graph of the same name (one transaction), so loading twice never duplicates a document.";
    }

    @Override
    public Options options() {
        return new Options().addOption(CommonOptions.store());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        Path input = Path.of(CommonOptions.onlyArgument(line, "load needs a folder or file of N-Quads",
                "load takes one folder or file"));
        // Checked before the store is opened, so a mistyped path does not leave an empty store behind.
        NQuadsLoader.files(input);
        Path directory = CommonOptions.storeDirectory(line);
        try (GraphStore store = GraphStore.open(directory, GraphStore.Access.CREATE)) {
            NQuadsLoader.Report report = NQuadsLoader.load(store, input);
            SavedListings.save(store, QueryRunner.standard());
            context.out().printf(Locale.ROOT, "Loaded %d quads in %d graphs from %d file%s into %s (%s) in %.1f s%n",
                    report.quads(), report.graphs(), report.files(), report.files() == 1 ? "" : "s", directory,
                    report.bulk() ? "bulk load into an empty store"
                            : report.replaced() + " document graph" + (report.replaced() == 1 ? "" : "s") + " replaced",
                    report.elapsed().toMillis() / 1000.0);
            context.out().printf(Locale.ROOT, "Store now holds %d documents, %d triples%n",
                    store.documentIds().size(), store.tripleCount());
        }
        return 0;
    }
}
