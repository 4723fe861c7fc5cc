package org.newsgraph.cli;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Help pages: paragraphs wrapped for an 80-column terminal and options in two aligned columns. */
final class HelpText {

    static final int WIDTH = 78;

    private HelpText() {
    }

    static void printCommand(Command command, Options options, PrintStream stream) {
        stream.println("Usage: newsgraph " + command.name() + " " + command.arguments());
        stream.println();
        wrap(command.description(), WIDTH, "").forEach(stream::println);
        stream.println();
        stream.println("Options:");
        printOptions(options, stream);
        stream.flush();
    }

    static void printOptions(Options options, PrintStream stream) {
        List<String> names = new ArrayList<>();
        for (Option option : options.getOptions()) {
            names.add(signature(option));
        }
        int nameWidth = names.stream().mapToInt(String::length).max().orElse(0);
        String indent = " ".repeat(2 + nameWidth + 2);
        int index = 0;
        for (Option option : options.getOptions()) {
            String name = names.get(index++);
            List<String> lines = wrap(option.getDescription(), WIDTH - indent.length(), "");
            stream.println("  " + name + " ".repeat(nameWidth - name.length()) + "  " + lines.get(0));
            lines.subList(1, lines.size()).forEach(line -> stream.println(indent + line));
        }
    }

    /** {@code -h, --help} or {@code --store DIR}. */
    static String signature(Option option) {
        StringBuilder text = new StringBuilder();
        if (option.getOpt() != null && option.getLongOpt() != null && !option.getOpt().equals(option.getLongOpt())) {
            text.append('-').append(option.getOpt()).append(", ");
        }
        text.append(option.getLongOpt() != null ? "--" + option.getLongOpt() : "-" + option.getOpt());
        if (option.hasArg()) {
            text.append(' ').append(option.getArgName() != null ? option.getArgName() : "VALUE");
        }
        return text.toString();
    }

    static List<String> wrap(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : (text == null ? "" : text).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
