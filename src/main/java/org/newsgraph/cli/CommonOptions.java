package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.newsgraph.query.ResultFormat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Options shared by several commands, each defined once so they read and behave the same everywhere. */
final class CommonOptions {

    static final String DEFAULT_STORE = "./newsgraph-db";

    static final Option HELP = Option.builder("h").longOpt("help").desc("Show this help").get();

    static final Option VERBOSE = Option.builder("v").longOpt("verbose")
            .desc("Log details, including CoreNLP and Jena, and show stack traces of failures").get();

    private CommonOptions() {
    }

    static Option store() {
        return Option.builder().longOpt("store").hasArg().argName("DIR")
                .desc("The store folder (default " + DEFAULT_STORE + ")").get();
    }

    static Path storeDirectory(CommandLine line) {
        return Path.of(line.getOptionValue("store", DEFAULT_STORE));
    }

    /** Rejects operands for a command that takes only options, naming the first one. */
    static void requireNoArguments(CommandLine line, String command) {
        if (!line.getArgList().isEmpty()) {
            throw CliException.usage(command + " takes no arguments, got '" + line.getArgList().get(0) + "'");
        }
    }

    /**
     * The one operand of a command that takes exactly one: {@code missing} says what is needed when there is none,
     * {@code tooMany} (completed with the count) when there are several.
     */
    static String onlyArgument(CommandLine line, String missing, String tooMany) {
        List<String> arguments = line.getArgList();
        if (arguments.size() != 1) {
            throw CliException.usage(arguments.isEmpty() ? missing : tooMany + ", got " + arguments.size());
        }
        return arguments.get(0);
    }

    /** The ISO date of {@code option}, null when the option is absent. */
    static LocalDate date(CommandLine line, String option) {
        if (!line.hasOption(option)) {
            return null;
        }
        String value = line.getOptionValue(option);
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw CliException.usage("--" + option + " '" + value + "' is not a date; use YYYY-MM-DD");
        }
    }

    static Option format(List<String> choices) {
        return Option.builder().longOpt("format").hasArg().argName("FORMAT")
                .desc("Output as " + String.join(", ", choices) + " (default " + choices.get(0) + ")").get();
    }

    /** The --format value among {@code choices}, the first choice when absent. */
    static String formatChoice(CommandLine line, List<String> choices) {
        String value = line.getOptionValue("format", choices.get(0)).toLowerCase(Locale.ROOT);
        if (!choices.contains(value)) {
            throw CliException.usage("unknown format '" + line.getOptionValue("format") + "'; use "
                    + String.join("|", choices));
        }
        return value;
    }

    static List<String> resultFormats() {
        return Arrays.stream(ResultFormat.values()).map(ResultFormat::label).toList();
    }
}
