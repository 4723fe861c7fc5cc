package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One {@code newsgraph COMMAND}; {@link Main#COMMANDS} lists them. */
public interface Command {

    /** The word typed after {@code newsgraph}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** The arguments after the name, as shown in the help: {@code NAME|FILE [options]}. */
    String arguments();

    /** A paragraph for {@code --help}: what the command does and what it needs. */
    String description();

    /** The command's own options; {@link Main} adds {@code --help} and {@code --verbose}. */
    Options options();

    /** Does the work; returns the exit code, or throws {@link CliException}. */
    int run(CommandLine line, CommandContext context);
}
