package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.eval.DiagnosisTables;
import org.newsgraph.eval.EntityPairs;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.GoldFormatException;
import org.newsgraph.eval.GoldSelection;
import org.newsgraph.eval.SourceList;
import org.newsgraph.baseline.Baseline;
import org.newsgraph.build.BuildListener;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.store.GraphStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** {@code newsgraph eval}: scores the store against gold facts and prints precision, recall and F1. */
final class EvalCommand implements Command {

    private static final String GOLD_SUFFIX = ".gold.tsv";
    private static final String ENTITIES_SUFFIX = ".entities.tsv";
    private static final Path DEFAULT_GOLD = Path.of("eval", "seeds" + GOLD_SUFFIX);
    private static final String SEED_ENTITIES = "seeds" + ENTITIES_SUFFIX;

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "Score the store against gold facts: precision, recall and F1 per predicate";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String description() {
        return "Compares the facts the store holds for each document of a gold file with its gold facts (format: "
                + "eval/GUIDELINES.md) and prints precision, recall and F1 per predicate and overall, and how many "
                + "entity pairs of the entity file hold. Without --gold it uses " + DEFAULT_GOLD + " of the working "
                + "directory, else of the installation. Without --entities it uses NAME" + ENTITIES_SUFFIX
                + " (else " + SEED_ENTITIES + ") beside the gold file when there is one. The exit code is 0 "
                + "whatever the scores: this is a report, not a gate.";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("gold").hasArg().argName("FILE")
                        .desc("The gold facts (default " + DEFAULT_GOLD + ")").get())
                .addOption(Option.builder().longOpt("entities").hasArg().argName("FILE")
                        .desc("The entity pairs (default: beside the gold file)").get())
                .addOption(CommonOptions.store())
                .addOption(Option.builder().longOpt("json").desc("Print the report as JSON").get())
                .addOption(Option.builder().longOpt("markdown").desc("Print the table as Markdown").get())
                .addOption(Option.builder().longOpt("baseline")
                        .desc("Score CoreNLP alone instead of the store: build the articles given as arguments "
                                + "(default: seeds) into a throwaway store with CoreNLP's KBP relations and quote "
                                + "attribution mapped naively, and score that").get())
                .addOption(Option.builder().longOpt("cache").hasArg().argName("DIR")
                        .desc("Annotation cache for --baseline (default .newsgraph-cache)").get())
                .addOption(Option.builder().longOpt("articles").hasArg().argName("DIR")
                        .desc("Skip the gold documents whose text ID.txt is not in DIR (texts that are re-collected, "
                                + "not kept with the gold), and say how many were skipped").get())
                .addOption(Option.builder().longOpt("part").hasArg().argName("NAME")
                        .desc("Score only the gold documents of this part (dev, check) in the sources.tsv beside "
                                + "the gold file").get())
                .addOption(Option.builder().longOpt("explain")
                        .desc("Also list every miss, every false fact with its sentence and rule, and the entity "
                                + "pairs that do not hold (with --attributions: the missed and the false "
                                + "attributions)").get())
                .addOption(Option.builder().longOpt("diagnose")
                        .desc("Also count, per predicate, where each missed gold fact was lost (no subject, no "
                                + "object, another predicate, another object, unlinked) and how each false fact "
                                + "stands to the gold: totals only, so it can be read for a held-out part").get())
                .addOption(Option.builder().longOpt("attributions").hasArg().argName("DIR")
                        .desc("Score the store's statements against the brat attribution annotations in DIR "
                                + "(NAME.txt beside NAME.ann, or text/ and attributions/ folders): P/R/F1 for "
                                + "direct, mixed and indirect attributions, named and pronoun/description sources")
                        .get())
                .addOption(Option.builder().longOpt("capabilities")
                        .desc("Run the capability suites through the real pipeline and print cases and passes per "
                                + "capability (arguments: name prefixes to run only some, e.g. attribution/)").get());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        if (line.hasOption("attributions")) {
            return AttributionEval.run(line, context);
        }
        if (line.hasOption("capabilities")) {
            return CapabilityEval.run(line, context);
        }
        boolean baseline = line.hasOption("baseline");
        if (!baseline && !line.getArgList().isEmpty()) {
            throw CliException.usage("eval takes no arguments without --baseline, got '" + line.getArgList().get(0) + "'");
        }
        if (line.hasOption("json") && line.hasOption("markdown")) {
            throw CliException.usage("--json and --markdown cannot be used together");
        }
        boolean explain = line.hasOption("explain");
        Path goldPath = goldFile(line);
        Path entitiesPath = entitiesFile(line, goldPath);
        // Both files are checked before the store is opened, so a typo costs nothing.
        GoldFile gold = readChecked(goldPath, GoldFile::read, context);
        EntityPairs pairs = entitiesPath == null ? null : readChecked(entitiesPath, EntityPairs::read, context);
        GoldSelection selection = select(line, goldPath, GoldSelection.of(gold, pairs), context);
        gold = selection.gold();
        pairs = selection.pairs();

        EvalReport report = baseline
                ? baselineReport(line, gold, pairs)
                : storeReport(CommonOptions.storeDirectory(line), gold, pairs);
        boolean diagnose = line.hasOption("diagnose");
        if (line.hasOption("json")) {
            context.out().print(report.toJson(explain));
        } else if (line.hasOption("markdown")) {
            context.out().print(report.toMarkdown());
            if (diagnose) {
                context.out().print(DiagnosisTables.markdown(report.diagnosis()));
            }
            if (explain) {
                context.out().print(report.explanation());
            }
        } else {
            context.out().print(report.toText(explain));
            if (diagnose) {
                context.out().print(DiagnosisTables.text(report.diagnosis()));
            }
        }
        context.out().flush();
        return 0;
    }

    /** --part and --articles: the gold documents of one part, of those whose text is at hand. */
    private static GoldSelection select(CommandLine line, Path goldPath, GoldSelection all, CommandContext context) {
        GoldSelection selection = all;
        if (line.hasOption("part")) {
            Path sources = goldPath.resolveSibling("sources.tsv");
            if (!Files.isRegularFile(sources)) {
                throw CliException.failure("--part needs the source list " + sources + ", which is not there");
            }
            String part = line.getOptionValue("part");
            selection = selection.inPart(readChecked(sources, SourceList::read, context), part);
            if (selection.gold().documents().isEmpty()) {
                throw CliException.failure("no gold document of " + goldPath + " is in part '" + part + "' of "
                        + sources);
            }
        }
        if (line.hasOption("articles")) {
            Path articles = Path.of(line.getOptionValue("articles"));
            int before = selection.gold().documents().size();
            selection = selection.withTextsIn(articles);
            context.err().println("skipped " + selection.skipped().size() + " of " + before
                    + " gold documents whose text is not in " + articles);
            context.err().flush();
        }
        return selection;
    }

    private static EvalReport storeReport(Path storeDirectory, GoldFile gold, EntityPairs pairs) {
        try (GraphStore store = GraphStore.openForReading(storeDirectory)) {
            return store.read(dataset -> Evaluation.run(dataset, gold, pairs));
        }
    }

    /** CoreNLP alone, built into a temporary store that is deleted afterwards. */
    private static EvalReport baselineReport(CommandLine line, GoldFile gold, EntityPairs pairs) {
        List<Path> inputs = line.getArgList().isEmpty() ? List.of(Path.of("seeds"))
                : line.getArgList().stream().map(Path::of).toList();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw CliException.failure("no such input for --baseline: " + input);
            }
        }
        Path cache = Path.of(line.getOptionValue("cache", ".newsgraph-cache"));
        Path workspace;
        try {
            workspace = Files.createTempDirectory("newsgraph-baseline");
        } catch (java.io.IOException e) {
            throw CliException.failure("cannot create a temporary store: " + e.getMessage());
        }
        try (GraphStore store = GraphStore.openForWriting(workspace.resolve("db"))) {
            Baseline.build(store, new BuildRequest(inputs, IngestOptions.defaults(),
                    Runtime.getRuntime().availableProcessors(), cache), BuildListener.SILENT);
            return store.read(dataset -> Evaluation.run(dataset, gold, pairs));
        } finally {
            deleteRecursively(workspace);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder left behind is harmless; the report is what matters
        }
    }

    private static Path goldFile(CommandLine line) {
        if (line.hasOption("gold")) {
            Path given = Path.of(line.getOptionValue("gold"));
            if (!Files.isRegularFile(given)) {
                throw CliException.failure("gold file not found: " + given);
            }
            return given;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(DEFAULT_GOLD);
        String home = System.getProperty("newsgraph.home");
        if (home != null && !home.isBlank()) {
            candidates.add(Path.of(home).resolve(DEFAULT_GOLD));
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> CliException.usage("no gold file: " + DEFAULT_GOLD
                        + " is neither here nor in the installation; give --gold FILE"));
    }

    /** The entity pairs named like the gold file (seeds.gold.tsv, seeds.entities.tsv), else the seed pairs. */
    private static Path entitiesFile(CommandLine line, Path gold) {
        if (line.hasOption("entities")) {
            Path given = Path.of(line.getOptionValue("entities"));
            if (!Files.isRegularFile(given)) {
                throw CliException.failure("entity pair file not found: " + given);
            }
            return given;
        }
        String name = gold.getFileName().toString();
        List<Path> candidates = new ArrayList<>();
        if (name.endsWith(GOLD_SUFFIX)) {
            candidates.add(gold.resolveSibling(name.substring(0, name.length() - GOLD_SUFFIX.length())
                    + ENTITIES_SUFFIX));
        }
        candidates.add(gold.resolveSibling(SEED_ENTITIES));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** Reads a gold-format file; when several lines are bad, each is printed before the one-line failure. */
    private static <T> T readChecked(Path path, Function<Path, T> reader, CommandContext context) {
        try {
            return reader.apply(path);
        } catch (GoldFormatException e) {
            if (e.problems().size() == 1) {
                throw CliException.failure(e.problems().get(0));
            }
            e.problems().forEach(problem -> context.err().println("  " + problem));
            throw CliException.failure(e.problems().size() + " bad lines in " + path + "; nothing was evaluated");
        }
    }
}
