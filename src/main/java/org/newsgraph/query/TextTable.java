package org.newsgraph.query;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Columns aligned with spaces for a terminal. Cells are kept on one line, and cut with an ellipsis beyond a maximum
 * width so that one long evidence sentence does not push every other column off the screen.
 */
public final class TextTable {

    public static final int DEFAULT_MAX_CELL_WIDTH = 80;

    private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\s\\p{Cntrl}]+");
    private static final String ELLIPSIS = "…";
    private static final String COLUMN_GAP = "  ";

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();
    private int maxCellWidth = DEFAULT_MAX_CELL_WIDTH;

    public TextTable(List<String> headers) {
        this.headers = List.copyOf(headers);
        this.rightAligned = new boolean[headers.size()];
    }

    /** Cuts cells longer than {@code width} characters; {@code Integer.MAX_VALUE} keeps them whole. */
    public TextTable maxCellWidth(int width) {
        if (width < 2) {
            throw new IllegalArgumentException("cell width must be at least 2, got " + width);
        }
        this.maxCellWidth = width;
        return this;
    }

    /** Numbers read better aligned on their last digit. */
    public TextTable alignRight(int column) {
        rightAligned[column] = true;
        return this;
    }

    public TextTable addRow(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + headers.size()
                    + " columns");
        }
        rows.add(cells.stream().map(this::fit).toList());
        return this;
    }

    public int rowCount() {
        return rows.size();
    }

    public void print(PrintStream out) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = width(headers.get(column));
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], width(row.get(column)));
            }
        }
        printLine(out, headers, widths);
        printLine(out, headers.stream().map(header -> "").toList(), widths, '-');
        for (List<String> row : rows) {
            printLine(out, row, widths);
        }
    }

    private void printLine(PrintStream out, List<String> cells, int[] widths) {
        printLine(out, cells, widths, ' ');
    }

    private void printLine(PrintStream out, List<String> cells, int[] widths, char fill) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            if (column > 0) {
                line.append(COLUMN_GAP);
            }
            String cell = cells.get(column);
            String padding = String.valueOf(fill).repeat(widths[column] - width(cell));
            if (rightAligned[column]) {
                line.append(padding).append(cell);
            } else {
                line.append(cell).append(padding);
            }
        }
        out.println(stripTrailingSpaces(line));
    }

    private String fit(String cell) {
        String text = cell == null ? "" : cell;
        // Most cells are one line already; the pattern would only copy them, at a cost in a listing of many rows.
        String oneLine = (isOneLine(text) ? text : LINE_BREAKS_AND_TABS.matcher(text).replaceAll(" ")).strip();
        if (width(oneLine) <= maxCellWidth) {
            return oneLine;
        }
        int cut = oneLine.offsetByCodePoints(0, maxCellWidth - 1);
        return oneLine.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    /** True when {@link #LINE_BREAKS_AND_TABS} would leave {@code text} as it is: no run of spaces, no break. */
    private static boolean isOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' '
                    : Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String stripTrailingSpaces(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }
}
