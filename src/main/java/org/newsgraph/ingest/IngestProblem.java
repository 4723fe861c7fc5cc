package org.newsgraph.ingest;

import java.util.Objects;

/**
 * An input that could not be used as it is, reported instead of thrown.
 *
 * @param origin the file, or {@code file:line} / {@code file:row}, the problem is about
 * @param reason what is wrong, in a few words
 */
public record IngestProblem(String origin, String reason) {

    public IngestProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * One line for the user: {@code origin: reason}. Both may quote the input (a file name, an id, a cell), so line
     * breaks, other control characters and bidirectional overrides in them are shown as escapes: a file name must
     * not be able to add lines to the report or make a terminal display it as something else.
     */
    public String message() {
        return printable(origin) + ": " + printable(reason);
    }

    static String printable(String text) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = Character.getType(c) == Character.CONTROL || isBidiControl(c)
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                    || Character.isSurrogate(c) && !isPairedAt(text, i);
            if (hidden && shown == null) {
                shown = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (shown != null) {
                if (!hidden) {
                    shown.append(c);
                } else if (c == '\n') {
                    shown.append("\\n");
                } else if (c == '\t') {
                    shown.append("\\t");
                } else {
                    String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
                    shown.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
                }
            }
        }
        return shown == null ? text : shown.toString();
    }

    /** The marks and overrides that reorder text; other format characters (joiners in Persian, emoji) are kept. */
    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isPairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
