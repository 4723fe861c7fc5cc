package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.SavedListings;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreCompaction;

import java.util.Locale;

/** {@code newsgraph compact}: TDB2 compaction, giving back the space of removed and replaced documents. */
final class CompactCommand implements Command {

    @Override
    public String name() {
        return "compact";
    }

    @Override
    public String summary() {
        return "Reclaim the disk space of removed and replaced documents (TDB2 compaction)";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String description() {
        return "TDB2 never reuses the space of removed triples, so a store keeps its size after documents are "
                + "removed or rebuilt. compact writes the live data into a new Data-NNNN folder of the store and "
                + "deletes the old one. It needs free space for the live data and the store to itself: stop any "
                + "server or build on it first.";
    }

    @Override
    public Options options() {
        return new Options().addOption(CommonOptions.store());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        CommonOptions.requireNoArguments(line, "compact");
        try (GraphStore store = GraphStore.open(CommonOptions.storeDirectory(line), GraphStore.Access.UPDATE)) {
            StoreCompaction.Result result = StoreCompaction.compact(store);
            // The compacted store's files are new, and so is its state: the saved listings are saved for it again.
            SavedListings.save(store, QueryRunner.standard());
            context.out().println(String.format(Locale.ROOT, "Compacted %s: %.1f MB before, %.1f MB after",
                    store.location(), result.bytesBefore() / 1e6, result.bytesAfter() / 1e6));
        }
        return 0;
    }
}
