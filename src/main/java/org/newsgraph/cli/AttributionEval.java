package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.newsgraph.eval.attribution.AttributionReport;
import org.newsgraph.eval.attribution.AttributionScoring;
import org.newsgraph.eval.attribution.BratAttributions;
import org.newsgraph.eval.attribution.BratFormatException;
import org.newsgraph.eval.attribution.StoredStatements;
import org.newsgraph.store.GraphStore;

import java.nio.file.Path;

/** {@code newsgraph eval --attributions DIR}: the store's statements against brat attribution annotations. */
final class AttributionEval {

    private AttributionEval() {
    }

    static int run(CommandLine line, CommandContext context) {
        for (String other : new String[] {"gold", "entities", "baseline", "markdown", "capabilities"}) {
            if (line.hasOption(other)) {
                throw CliException.usage("--attributions cannot be used with --" + other);
            }
        }
        CommonOptions.requireNoArguments(line, "eval --attributions");
        Path folder = Path.of(line.getOptionValue("attributions"));
        BratAttributions gold;
        try {
            // the annotations are read before the store is opened, so a bad file costs nothing
            gold = BratAttributions.read(folder);
        } catch (BratFormatException e) {
            throw CliException.failure(e.getMessage());
        }
        AttributionReport report;
        try (GraphStore store = GraphStore.openForReading(CommonOptions.storeDirectory(line))) {
            java.util.Map<String, java.util.List<org.newsgraph.eval.attribution.PredictedStatement>> statements =
                    new java.util.LinkedHashMap<>();
            // a stored document without statements is scored as such, not as missing from the store
            store.documentIds().stream().filter(gold.documents()::contains)
                    .forEach(id -> statements.put(id, new java.util.ArrayList<>()));
            statements.putAll(store.read(dataset -> StoredStatements.read(dataset, gold.documents())));
            report = AttributionScoring.score(folder.toString(), gold, statements);
        }
        context.out().print(line.hasOption("json") ? report.toJson() : report.toText(line.hasOption("explain")));
        context.out().flush();
        return 0;
    }
}
