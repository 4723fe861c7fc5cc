package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations in single marks (‘…’, '…'), paragraph by paragraph. The same mark is also an apostrophe ("Syria’s",
 * "don't", "the countries’ votes"), so a mark opens only before a letter and after a space or the start of a
 * paragraph, and closes only after a word and before a space or punctuation. A plural possessive inside a quote
 * ("s’ " before a lower-case word) closes the quote only when nothing later does. A quote left open at the end of a
 * paragraph counts only when the next paragraph opens with a single mark, the convention for quotes that span
 * paragraphs; otherwise the opening mark was a stray apostrophe.
 */
final class SingleQuotes {

    private static final String OPENING = "‘'";
    private static final String CLOSING = "’'";
    private static final String BEFORE_OPENING = "([{—–-\"“";
    private static final String AFTER_CLOSING = ".,;:!?)]}—–\"”";

    private SingleQuotes() {
    }

    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        boolean previousOpen = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                previousOpen = scanParagraph(text, lineStart, lineEnd, previousOpen, spans);
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private static boolean scanParagraph(String text, int start, int end, boolean previousOpen, List<QuoteSpan> spans) {
        int open = -1;
        int possessive = -1;
        boolean first = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) < 0 && CLOSING.indexOf(c) < 0) {
                continue;
            }
            char before = i > start ? text.charAt(i - 1) : ' ';
            char after = i + 1 < end ? text.charAt(i + 1) : ' ';
            boolean opens = OPENING.indexOf(c) >= 0 && (Character.isWhitespace(before) || BEFORE_OPENING.indexOf(before) >= 0)
                    && Character.isLetter(after);
            boolean closes = CLOSING.indexOf(c) >= 0 && (Character.isLetterOrDigit(before) || ".,!?;:".indexOf(before) >= 0)
                    && (Character.isWhitespace(after) || AFTER_CLOSING.indexOf(after) >= 0);
            if (open >= 0 && opens && possessive >= 0) {
                // "‘blocking the convoys’ and ‘other words’": the mark taken for a possessive closed the first quote
                first = close(text, start, open, possessive, previousOpen, first, spans);
                open = -1;
                possessive = -1;
            }
            if (open < 0) {
                if (opens) {
                    open = i;
                }
            } else if (closes) {
                if (before == 's' && Character.isWhitespace(after) && lowerCaseWordAt(text, i + 1, end)) {
                    possessive = possessive < 0 ? i : possessive;
                    continue;
                }
                first = close(text, start, open, i, previousOpen, first, spans);
                open = -1;
                possessive = -1;
            }
        }
        if (open < 0) {
            return false;
        }
        if (possessive >= 0) {
            close(text, start, open, possessive, previousOpen, first, spans);
            return false;
        }
        if (!nextParagraphOpensWithMark(text, end)) {
            return false;
        }
        QuoteFinder.add(text, open + 1, QuoteFinder.trimEnd(text, end),
                previousOpen && first && text.substring(start, open).isBlank(), spans);
        return true;
    }

    private static boolean close(String text, int start, int open, int close, boolean previousOpen, boolean first,
                                 List<QuoteSpan> spans) {
        QuoteFinder.add(text, open + 1, close, previousOpen && first && text.substring(start, open).isBlank(), spans);
        return false;
    }

    private static boolean lowerCaseWordAt(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < end && Character.isLowerCase(text.charAt(i));
    }

    private static boolean nextParagraphOpensWithMark(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i + 1 < text.length() && OPENING.indexOf(text.charAt(i)) >= 0 && Character.isLetter(text.charAt(i + 1));
    }
}
