package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Lines and fields of the small hand-written tab-separated files the evaluation reads. */
final class TsvLines {

    private TsvLines() {
    }

    /** The file's lines; a byte-order mark, which some editors write, is dropped; text that is not UTF-8 is refused. */
    static List<String> read(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (CharacterCodingException e) {
            throw new GoldFormatException(List.of(path + ": not UTF-8 text"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e, e);
        }
    }

    /** A row parser: the line and its 1-based number to a value, or IllegalArgumentException naming the problem. */
    interface RowParser<T> {
        T parse(String line, int number);
    }

    /**
     * Parses every row that is not blank or a comment; all bad rows are reported together, each as
     * {@code file:line: problem}, so one run shows every mistake in the file.
     */
    static <T> List<T> parseRows(Path path, RowParser<T> parser) {
        List<String> lines = read(path);
        List<T> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isBlankOrComment(line)) {
                continue;
            }
            try {
                rows.add(parser.parse(line, i + 1));
            } catch (IllegalArgumentException e) {
                problems.add(path + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new GoldFormatException(problems);
        }
        return rows;
    }

    static boolean isBlankOrComment(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || stripped.startsWith("#");
    }

    /**
     * Exactly {@code names.size()} non-empty tab-separated fields, stripped. Empty fields after them are an
     * editor's trailing tabs, not a mistake.
     */
    static List<String> fields(String line, List<String> names) {
        List<String> fields = new ArrayList<>();
        for (String field : line.split("\t", -1)) {
            fields.add(field.strip());
        }
        while (fields.size() > names.size() && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        if (fields.size() != names.size()) {
            throw new IllegalArgumentException("expected " + names.size() + " tab-separated fields ("
                    + String.join(", ", names) + "), found " + fields.size()
                    + (fields.size() == 1 ? "; are the fields separated by spaces instead of tabs?" : ""));
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).isEmpty()) {
                throw new IllegalArgumentException("the " + names.get(i) + " field is empty");
            }
        }
        return fields;
    }
}
