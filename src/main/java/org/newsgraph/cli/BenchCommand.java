package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.bench.BenchReport;
import org.newsgraph.bench.BenchResults;
import org.newsgraph.bench.BenchSettings;
import org.newsgraph.bench.Benchmark;
import org.newsgraph.bench.CorpusSlice;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code newsgraph bench}: newsgraph's build against CoreNLP's command line on a slice of the BBC News corpus, with
 * rebuilds, memory, time per stage and, on request, the scale scenario and the CoreNLP configuration trade-offs.
 */
final class BenchCommand implements Command {

    static final Path DEFAULT_CORPUS = Path.of("..", "shared", "bench", "bbc-news");

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "Measure build speed, memory and rebuilds against CoreNLP's command line";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String description() {
        return "Builds a slice of the BBC News corpus (train.csv, test.csv, val.csv with columns text,category) "
                + "into a temporary store with a temporary cache, then again unchanged, then into a new store from "
                + "the cache, and runs CoreNLP's own command line (tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp,"
                + "quote; JSON files written out; 1 thread) on the same articles. Each run is a JVM of its own "
                + "timed from start to exit, model loading included, with its peak resident memory; newsgraph's "
                + "runs also report peak heap and the time of each stage and CoreNLP annotator. The seed articles "
                + "are measured the same way, with their eval scores. --scale adds the large-store scenario "
                + "(every article of the corpus, new articles added to it, the canned queries), --variants the "
                + "cost and seed-eval score of each CoreNLP configuration. The corpus is read from "
                + DEFAULT_CORPUS + " beside the installation unless --corpus says otherwise. Takes minutes: "
                + "CoreNLP's command line annotates about 250 tokens a second.";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(valued("corpus", "DIR", "The BBC News corpus folder (default " + DEFAULT_CORPUS
                        + " beside the installation)"))
                .addOption(valued("category", "NAME", "Articles of this category (default politics; "
                        + CorpusSlice.ALL + " for every one)"))
                .addOption(valued("limit", "N", "At most N articles of the category (default all)"))
                .addOption(valued("threads", "N", "newsgraph's annotation threads (default: "
                        + Runtime.getRuntime().availableProcessors() + ", the number of processors)"))
                .addOption(valued("heap", "SIZE", "Maximum heap of every JVM started (default: NEWSGRAPH_HEAP, "
                        + "else 4g, as the launcher)"))
                .addOption(flag("no-baseline", "Skip CoreNLP's command line"))
                .addOption(valued("baseline-threads", "N", "CoreNLP's -threads (default 1, as usually run)"))
                .addOption(flag("no-seeds", "Skip the seed articles"))
                .addOption(flag("scale", "Also build every article of the corpus but a few, add those few, "
                        + "rebuild everything unchanged and time the canned queries on the result"))
                .addOption(valued("scale-new", "N", "Articles added to the large store (default 10)"))
                .addOption(valued("scale-cache", "DIR", "Annotation cache for the large store, kept between runs "
                        + "(default: a temporary one)"))
                .addOption(flag("variants", "Also weigh each CoreNLP configuration: cost on the slice, seed eval"))
                .addOption(valued("variant-limit", "N", "Articles each configuration annotates (default 50)"))
                .addOption(valued("work", "DIR", "Keep stores, caches, logs and raw results here (default: a "
                        + "temporary folder, removed)"))
                .addOption(valued("queries", "STORE", "Only time the canned queries on this existing store, from "
                        + "the command line and from a server (no corpus needed)"))
                .addOption(valued("json", "FILE", "Also write every figure as JSON"))
                .addOption(Option.builder().longOpt("warc").optionalArg(true).argName("MB").desc("Also build the "
                        + "slice from one crawl .warc.gz padded to MB megabytes (default 2048) with the records a "
                        + "crawl holds beside articles, against the text build").get());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        CommonOptions.requireNoArguments(line, "bench");
        Path home = home();
        if (line.hasOption("queries")) {
            return queriesOnly(line, home, context);
        }
        Path corpus = line.hasOption("corpus") ? Path.of(line.getOptionValue("corpus"))
                : home.resolve(DEFAULT_CORPUS).normalize();
        if (!Files.isDirectory(corpus)) {
            throw CliException.failure("no corpus folder at " + corpus + "; give --corpus DIR (the BBC News "
                    + "corpus: train.csv, test.csv, val.csv)");
        }
        String heap = heap(line);
        BenchSettings settings = new BenchSettings(home, corpus, line.getOptionValue("category", "politics"),
                count(line, "limit", 0, 0),
                count(line, "threads", Runtime.getRuntime().availableProcessors(), 1), heap,
                !line.hasOption("no-baseline"), count(line, "baseline-threads", 1, 1), !line.hasOption("no-seeds"),
                line.hasOption("scale"), count(line, "scale-new", 10, 1),
                line.hasOption("scale-cache") ? Path.of(line.getOptionValue("scale-cache")) : null,
                line.hasOption("variants"), count(line, "variant-limit", 50, 1),
                line.hasOption("work") ? Path.of(line.getOptionValue("work")) : null,
                line.hasOption("warc") ? (long) count(line, "warc", 2048, 1) << 20 : 0);

        BenchResults results = new Benchmark(settings, context.err()).run();
        BenchReport.print(results, context.out());
        writeJson(line, results);
        return 0;
    }

    private static int queriesOnly(CommandLine line, Path home, CommandContext context) {
        Path store = Path.of(line.getOptionValue("queries")).toAbsolutePath().normalize();
        long documents;
        try (GraphStore opened = GraphStore.openForReading(store)) {
            documents = opened.documentIds().size();
        }
        BenchSettings settings = new BenchSettings(home, null, CorpusSlice.ALL, 0, 1, heap(line), false, 1, false,
                false, 0, null, false, 0, line.hasOption("work") ? Path.of(line.getOptionValue("work")) : null,
                0);
        BenchResults.QueryResults results = new Benchmark(settings, context.err()).queriesOn(store, documents);
        BenchReport.queries(results, context.out());
        writeJson(line, results);
        return 0;
    }

    private static String heap(CommandLine line) {
        String heap = line.getOptionValue("heap", System.getenv().getOrDefault("NEWSGRAPH_HEAP", "4g"));
        if (!heap.matches("\\d+[kKmMgG]?")) {
            throw CliException.usage("--heap needs a size such as 4g or 3500m, got '" + heap + "'");
        }
        return heap;
    }

    private static void writeJson(CommandLine line, Object results) {
        if (line.hasOption("json")) {
            Path json = Path.of(line.getOptionValue("json"));
            try {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
            } catch (IOException e) {
                throw CliException.failure("cannot write " + json + ": " + e.getMessage());
            }
        }
    }

    /** The installation the launcher runs from; its seeds, eval files and queries are measured. */
    private static Path home() {
        String home = System.getProperty("newsgraph.home");
        return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath();
    }

    private static int count(CommandLine line, String option, int defaultValue, int minimum) {
        String value = line.getOptionValue(option);
        if (value == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= minimum) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below with the value that was given.
        }
        throw CliException.usage("--" + option + " needs a whole number of at least " + minimum + ", got '"
                + value + "'");
    }

    private static Option valued(String name, String argument, String description) {
        return Option.builder().longOpt(name).hasArg().argName(argument).desc(description).get();
    }

    private static Option flag(String name, String description) {
        return Option.builder().longOpt(name).desc(description).get();
    }
}
