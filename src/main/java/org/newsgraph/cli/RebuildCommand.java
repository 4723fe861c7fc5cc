package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.newsgraph.NewsGraph;
import org.newsgraph.build.BuildReport;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.StoreRebuild;

import java.nio.file.Path;

/** {@code newsgraph rebuild}: a new store from the recorded inputs and the annotation cache, for a damaged one. */
final class RebuildCommand implements Command {

    @Override
    public String name() {
        return "rebuild";
    }

    @Override
    public String summary() {
        return "Rebuild a damaged store from its recorded inputs and the annotation cache";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String description() {
        return "Builds the store anew from the inputs and options of every build recorded in it (the file "
                + "newsgraph-inputs.json beside its TDB2 files), taking annotations from the annotation cache, so "
                + "CoreNLP runs only for articles the cache does not hold. The damaged TDB2 files are never read. "
                + "The new store is built in STORE.rebuilding and then takes the store's place; the old folder is "
                + "kept as STORE.damaged-TIMESTAMP until you delete it. Documents that came in through 'load' or "
                + "server updates are not recorded and must be loaded again; documents removed after their build "
                + "come back and must be removed again. Stop any server on the store first.";
    }

    @Override
    public Options options() {
        return new Options().addOption(CommonOptions.store());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        CommonOptions.requireNoArguments(line, "rebuild");
        Path store = CommonOptions.storeDirectory(line);
        int[] exitCode = {0};
        StoreRebuild.Result result;
        try (BuildProgress progress = new BuildProgress(context.err(), System.console() != null)) {
            result = StoreRebuild.rebuild(store, (fresh, request) -> {
                BuildReport report = new NewsGraph(fresh, QueryRunner.standard()).build(request, progress);
                context.out().println(BuildCommand.summary(report, store));
                if (report.hasProblems()) {
                    BuildCommand.printGrouped(report.problems(), "", context.verbose() ? Integer.MAX_VALUE
                            : BuildCommand.SHOWN_PER_REASON, context.err());
                    exitCode[0] = CliException.FAILURE;
                }
            });
        }
        context.out().println("Rebuilt " + result.store() + " from " + BuildCommand.plural(result.builds(),
                "recorded build") + "; the old folder is kept as " + result.keptOld() + " (delete it when satisfied)");
        return exitCode[0];
    }
}
