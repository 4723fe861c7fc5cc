package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.NewsGraph;
import org.newsgraph.build.BuildReport;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.ingest.IngestProblem;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code newsgraph build INPUT...}: reads articles, extracts facts and stores each document's graph. */
final class BuildCommand implements Command {

    static final String CACHE_FOLDER = ".newsgraph-cache";

    /** Lines shown for one reason before the rest with that reason are summed up. */
    static final int SHOWN_PER_REASON = 10;

    @Override
    public String name() {
        return "build";
    }

    @Override
    public String summary() {
        return "Read articles, extract facts and store them as RDF";
    }

    @Override
    public String arguments() {
        return "INPUT... [options]";
    }

    @Override
    public String description() {
        return "Reads each INPUT (a .txt or .md article, a .csv or .jsonl file of articles, or a folder of them), "
                + "annotates "
                + "the articles with CoreNLP, extracts facts and replaces each document's graph in the store. "
                + "Documents whose text has not changed since the last build are skipped, and annotations are "
                + "cached beside the store (" + CACHE_FOLDER + ") so a rebuild after a change of rules is quick. "
                + "Inputs that cannot be read are reported at the end; the others are still built.";
    }

    @Override
    public Options options() {
        return addInputOptions(new Options().addOption(CommonOptions.store()));
    }

    /** The options that say what to build and how, shared with {@code serve --build}. */
    static Options addInputOptions(Options options) {
        return options
                .addOption(valued("manifest", "FILE", "Metadata for the inputs: a TSV of id, published date, "
                        + "source and title (default: the manifest.tsv beside the articles)"))
                .addOption(valued("threads", "N", "Documents annotated at once (default: "
                        + Runtime.getRuntime().availableProcessors() + ", the number of processors)"))
                .addOption(valued("text-column", "C", "Column (CSV) or field (JSONL) holding the article text"))
                .addOption(Option.builder().longOpt("html-text").desc("The text column (CSV) or field (JSONL) holds "
                        + "web pages: read their article text and metadata as for .html files").get())
                .addOption(valued("id-column", "C", "Column holding the document id"))
                .addOption(valued("date-column", "C", "Column holding the publication date"))
                .addOption(valued("title-column", "C", "Column holding the title"))
                .addOption(valued("source-column", "C", "Column holding the publisher"))
                .addOption(valued("max-article-size", "SIZE", "Largest article read, e.g. 500KB or 5MB; longer "
                        + "ones are skipped (default: " + IngestOptions.DEFAULT_MAX_BYTES / (1024 * 1024) + "MB)"))
                .addOption(valued("cache", "DIR", "Annotation cache (default: " + CACHE_FOLDER
                        + " beside the store)"))
                .addOption(Option.builder().longOpt("no-cache").desc("Annotate every document afresh").get());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        if (line.getArgList().isEmpty()) {
            throw CliException.usage("build needs at least one INPUT (an article file or a folder of them)");
        }
        Path store = CommonOptions.storeDirectory(line);
        BuildRequest request = request(line, store, context.err());
        BuildReport report;
        try (NewsGraph graph = NewsGraph.open(store);
             BuildProgress progress = new BuildProgress(context.err(), System.console() != null)) {
            report = graph.build(request, progress);
        }
        return printReport(report, store, context);
    }

    /**
     * What to build, from the command line's arguments (the inputs) and input options; usage errors for bad
     * values, and a failure, before any store is opened, when no input exists.
     */
    static BuildRequest request(CommandLine line, Path store, PrintStream err) {
        List<Path> inputs = line.getArgList().stream().map(Path::of).toList();
        if (line.hasOption("cache") && line.hasOption("no-cache")) {
            throw CliException.usage("--cache and --no-cache cannot be used together");
        }
        int threads = threads(line);
        IngestOptions ingest = ingestOptions(line);
        checkInputsExist(inputs, ingest.manifest(), err);
        return new BuildRequest(inputs, ingest, threads, cacheDirectory(line, store));
    }

    /** The summary on stdout, warnings and skipped inputs on stderr; the exit code the build deserves. */
    static int printReport(BuildReport report, Path store, CommandContext context) {
        context.out().println(summary(report, store));
        context.out().flush();
        int shownPerReason = context.verbose() ? Integer.MAX_VALUE : SHOWN_PER_REASON;
        printGrouped(report.warnings(), "warning: ", shownPerReason, context.err());
        printGrouped(report.problems(), "", shownPerReason, context.err());
        if (report.hasProblems()) {
            context.err().println("Skipped " + plural(report.problems().size(), "input") + ".");
            context.err().flush();
            return CliException.FAILURE;
        }
        return 0;
    }

    /**
     * One line per problem, except that beyond {@code shown} lines with the same reason (ten thousand stray notes
     * that are all "too short") the rest are counted on one line: the other reasons would be lost in the flood.
     */
    static void printGrouped(List<IngestProblem> problems, String prefix, int shown, PrintStream err) {
        Map<String, Integer> printed = new HashMap<>();
        Map<String, Integer> held = new LinkedHashMap<>();
        for (IngestProblem problem : problems) {
            int count = printed.merge(problem.reason(), 1, Integer::sum);
            if (count <= shown) {
                err.println(prefix + problem.message());
            } else {
                held.merge(problem.reason(), 1, Integer::sum);
            }
        }
        held.forEach((reason, count) -> err.println(prefix + "... and " + count + " more: " + reason
                + "; --verbose lists them all"));
    }

    static String summary(BuildReport report, Path store) {
        return "Built " + plural(report.documents(), "document") + " (" + report.documentsAnnotated()
                + " annotated, " + report.documentsFromCache() + " from cache, " + report.documentsUnchanged()
                + " unchanged): "
                + plural(report.sentences(), "sentence") + ", " + plural(report.entities(), "entity") + ", "
                + plural(report.facts(), "fact") + ", " + plural(report.triplesInStore(), "triple") + " in " + store
                + " in " + String.format(Locale.ROOT, "%.1f s", report.elapsed().toMillis() / 1000.0);
    }

    static String plural(long count, String noun) {
        if (count == 1) {
            return "1 " + noun;
        }
        return count + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    private static Option valued(String name, String argument, String description) {
        return Option.builder().longOpt(name).hasArg().argName(argument).desc(description).get();
    }

    private static int threads(CommandLine line) {
        String value = line.getOptionValue("threads");
        if (value == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int threads = Integer.parseInt(value.strip());
            if (threads >= 1) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // Reported below with the value that was given.
        }
        throw CliException.usage("--threads needs a whole number of at least 1, got '" + value + "'");
    }

    private static IngestOptions ingestOptions(CommandLine line) {
        IngestOptions options = IngestOptions.defaults();
        if (line.hasOption("manifest")) {
            options = options.withManifest(Path.of(line.getOptionValue("manifest")));
        }
        options = options.withTextColumn(column(line, "text-column", options.textColumn()))
                .withIdColumn(column(line, "id-column", options.idColumn()))
                .withDateColumn(column(line, "date-column", options.dateColumn()))
                .withTitleColumn(column(line, "title-column", options.titleColumn()))
                .withSourceColumn(column(line, "source-column", options.sourceColumn()));
        if (line.hasOption("max-article-size")) {
            options = options.withMaxBytes(size(line.getOptionValue("max-article-size"), "--max-article-size"));
        }
        if (line.hasOption("html-text")) {
            options = options.withHtmlText(true);
        }
        return options;
    }

    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*(k|m|g)?(?:i?b)?\\s*");

    /** "2MB", "500 kB", "1.5m" or plain bytes; binary multiples, as the messages print them. */
    static long size(String value, String option) {
        Matcher matcher = SIZE.matcher(value);
        if (matcher.matches()) {
            double number = Double.parseDouble(matcher.group(1));
            String unit = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT);
            long multiple = switch (unit) {
                case "k" -> 1024L;
                case "m" -> 1024L * 1024;
                case "g" -> 1024L * 1024 * 1024;
                default -> 1L;
            };
            long bytes = (long) Math.floor(number * multiple);
            if (bytes >= 1) {
                return bytes;
            }
        }
        throw CliException.usage(option + " needs a size such as 500KB, 5MB or 2000000 (bytes), got '" + value + "'");
    }

    private static String column(CommandLine line, String option, String defaultColumn) {
        String value = line.getOptionValue(option, defaultColumn);
        if (value.isBlank()) {
            throw CliException.usage("--" + option + " needs a column name");
        }
        return value;
    }

    /** The cache lives beside the store, not in it, so deleting the store keeps the costly annotations. */
    private static Path cacheDirectory(CommandLine line, Path store) {
        if (line.hasOption("no-cache")) {
            return null;
        }
        if (line.hasOption("cache")) {
            return Path.of(line.getOptionValue("cache"));
        }
        Path parent = store.toAbsolutePath().normalize().getParent();
        return parent == null ? store.resolve(CACHE_FOLDER) : parent.resolve(CACHE_FOLDER);
    }

    /**
     * A missing input is reported like any unreadable one and the rest is built; only when nothing at all exists is
     * there nothing to do, and then no store is created. A missing manifest would silently drop every article's
     * metadata, so it stops the build.
     */
    private static void checkInputsExist(List<Path> inputs, Path manifest, PrintStream err) {
        if (manifest != null && !Files.isRegularFile(manifest)) {
            throw CliException.failure("no such manifest: " + manifest + "; nothing was built");
        }
        List<Path> missing = inputs.stream().filter(input -> !Files.exists(input)).toList();
        if (missing.size() == inputs.size()) {
            missing.forEach(input -> err.println("newsgraph: " + input + ": no such file or directory"));
            throw CliException.failure("no input found; nothing was built");
        }
    }
}
