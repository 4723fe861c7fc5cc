package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import org.apache.jena.Jena;
import org.newsgraph.NewsGraph;
import org.newsgraph.query.InvalidQueryException;
import org.newsgraph.store.StoreException;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code newsgraph <command> [options]}. The one place that turns a failure into a one-line message and an exit
 * code: 0 when the work is done, 1 when it failed, 2 when the command line was wrong. Stack traces only with
 * {@code --verbose}.
 */
public final class Main {

    /** Every command, in the order the help lists them; a new command is one class added here. */
    static final List<Command> COMMANDS = List.of(
            new BuildCommand(),
            new QueryCommand(),
            new SearchCommand(),
            new StatsCommand(),
            new ListCommand(),
            new RemoveCommand(),
            new RebuildCommand(),
            new CompactCommand(),
            new LoadCommand(),
            new GraphCommand(),
            new BenchCommand(),
            new EvalCommand(),
            new ServeCommand(),
            new LoadTestCommand(),
            new PushCommand(),
            new ExportCommand(),
            new ValidateCommand());

    private final PrintStream out;
    private final PrintStream err;

    private Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // Taken before anything runs: a build silences System.err while CoreNLP annotates, and the progress bar
        // and error messages must still reach the terminal.
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false,
                StandardCharsets.UTF_8);
        int exitCode = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** Runs one command line and returns its exit code; never exits the JVM, so tests and other programs can call it. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return new Main(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int execute(String[] args) {
        boolean verbose = false;
        int next = 0;
        while (next < args.length && args[next].startsWith("-")) {
            String option = args[next++];
            switch (option) {
                case "-h", "--help" -> {
                    printOverview(out);
                    return 0;
                }
                case "-V", "--version" -> {
                    out.println("newsgraph " + NewsGraph.version() + " (Apache Jena " + Jena.VERSION
                            + ", Java " + Runtime.version() + ")");
                    return 0;
                }
                case "-v", "--verbose" -> verbose = true;
                default -> {
                    return usageError("unknown option '" + option + "'", null);
                }
            }
        }
        if (next == args.length) {
            printOverview(err);
            return CliException.USAGE;
        }
        String name = args[next];
        String[] rest = Arrays.copyOfRange(args, next + 1, args.length);
        if (name.equals("help")) {
            return help(rest);
        }
        Command command = find(name);
        if (command == null) {
            return usageError("unknown command '" + name + "'", null);
        }
        return run(command, rest, verbose);
    }

    private int run(Command command, String[] args, boolean verbose) {
        Options options = withCommonOptions(command);
        CommandLine line;
        try {
            line = DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, args);
        } catch (ParseException e) {
            return usageError(describe(e), command);
        }
        if (line.hasOption(CommonOptions.HELP)) {
            printHelp(command, out);
            return 0;
        }
        boolean verboseHere = verbose || line.hasOption(CommonOptions.VERBOSE);
        if (verboseHere) {
            LogLevels.verbose();
        }
        try {
            return command.run(line, new CommandContext(out, err, verboseHere));
        } catch (CliException e) {
            if (e.exitCode() == CliException.USAGE) {
                return usageError(e.getMessage(), command);
            }
            return failure(e.getMessage(), e, verboseHere);
        } catch (StoreException | InvalidQueryException e) {
            return failure(e.getMessage(), e, verboseHere);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return failure(e.getMessage() != null ? e.getMessage() : e.toString(), e, verboseHere);
        } catch (RuntimeException e) {
            // Not a problem we foresaw, so say where to look.
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return failure(verboseHere ? message : message + " (run with --verbose for details)", e, verboseHere);
        } catch (OutOfMemoryError e) {
            return failure("ran out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); give it more with NEWSGRAPH_HEAP, e.g. NEWSGRAPH_HEAP=8g", e, verboseHere);
        }
    }

    private int help(String[] args) {
        if (args.length == 0) {
            printOverview(out);
            return 0;
        }
        Command command = find(args[0]);
        if (command == null) {
            return usageError("unknown command '" + args[0] + "'", null);
        }
        printHelp(command, out);
        return 0;
    }

    private static Command find(String name) {
        return COMMANDS.stream().filter(command -> command.name().equals(name)).findFirst().orElse(null);
    }

    private int usageError(String message, Command command) {
        String help = command == null ? "newsgraph --help" : "newsgraph " + command.name() + " --help";
        err.println("newsgraph: " + message + "; see '" + help + "'");
        return CliException.USAGE;
    }

    private int failure(String message, Throwable cause, boolean verbose) {
        err.println("newsgraph: " + message);
        if (verbose) {
            cause.printStackTrace(err);
        }
        return CliException.FAILURE;
    }

    private static String describe(ParseException e) {
        if (e instanceof UnrecognizedOptionException unknown) {
            return "unknown option '" + unknown.getOption() + "'";
        }
        if (e instanceof MissingArgumentException missing) {
            Option option = missing.getOption();
            String name = option.getLongOpt() != null ? "--" + option.getLongOpt() : "-" + option.getOpt();
            return "option " + name + " needs a value" + (option.getArgName() != null ? " (" + option.getArgName()
                    + ")" : "");
        }
        return e.getMessage();
    }

    static void printOverview(PrintStream stream) {
        int width = COMMANDS.stream().mapToInt(command -> command.name().length()).max().orElse(0);
        stream.println("Usage: newsgraph <command> [options]");
        stream.println();
        stream.println("Turns news articles into an RDF knowledge graph and answers SPARQL queries over it.");
        stream.println();
        stream.println("Commands:");
        for (Command command : COMMANDS) {
            stream.println("  " + pad(command.name(), width) + "  " + command.summary());
        }
        stream.println();
        stream.println("Options:");
        stream.println("  -h, --help     Show this help ('newsgraph help COMMAND' for one command)");
        stream.println("  -V, --version  Show the version");
        stream.println("  -v, --verbose  Log details and show stack traces (also after the command)");
        stream.println();
        stream.println("Run 'newsgraph COMMAND --help' for a command's arguments and options.");
        stream.flush();
    }

    static void printHelp(Command command, PrintStream stream) {
        HelpText.printCommand(command, withCommonOptions(command), stream);
    }

    private static Options withCommonOptions(Command command) {
        return command.options().addOption(CommonOptions.HELP).addOption(CommonOptions.VERBOSE);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
