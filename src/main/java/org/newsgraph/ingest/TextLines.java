package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** Line and whitespace helpers shared by masking, titles and datelines. */
final class TextLines {

    /** A line of a text as a [start, end) span, line terminator excluded. */
    record Span(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    private TextLines() {
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** The lines of {@code text}; {@code \r} counts as a break too so raw, un-normalised text is handled. */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isLineBreak(text.charAt(i))) {
                spans.add(new Span(start, i));
                start = i + 1;
            }
        }
        spans.add(new Span(start, text.length()));
        return spans;
    }

    /**
     * Like {@link String#strip()}, but also removes no-break and other Unicode spaces: scraped articles end
     * many lines with U+00A0, which {@code strip()} keeps because Java does not count it as whitespace.
     */
    static String stripAll(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isBlank(String s) {
        return s.chars().allMatch(c -> isSpace((char) c));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
