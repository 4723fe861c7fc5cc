package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct speech by its quotation marks, paragraph by paragraph. Marks are read by position rather than by
 * shape, because news text often uses the wrong curly mark ("…,“ she said. ”…"). A paragraph left with an open
 * quote continues in the next paragraph when that one opens with a quotation mark — the convention for quotes that
 * span paragraphs.
 */
public final class QuoteFinder {

    private static final String DOUBLE_MARKS = "\"“”„«»";
    /** Every mark a quotation may open or close with, for the rules that look past the marks around a quote. */
    static final String MARKS = DOUBLE_MARKS + "‘’'";

    private QuoteFinder() {
    }

    public static List<QuoteSpan> find(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        boolean openFromPreviousParagraph = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                openFromPreviousParagraph = scanParagraph(text, lineStart, lineEnd, openFromPreviousParagraph, spans);
            }
            lineStart = lineEnd + 1;
        }
        List<QuoteSpan> singles = SingleQuotes.find(text);
        singles.stream()
                .filter(q -> spans.stream().noneMatch(d -> q.begin() < d.end() + 1 && q.end() > d.begin() - 1))
                .forEach(spans::add);
        spans.sort(java.util.Comparator.comparingInt(QuoteSpan::begin));
        return spans;
    }

    /**
     * Returns whether the paragraph ends inside an open quote. Each mark's role comes from what flanks it: a mark
     * before a word and after a space opens, one after a word and before a space or punctuation closes, whatever
     * its shape; only a mark flanked alike on both sides is decided by whether a quote is open. A stray mark therefore
     * costs one quote, not every quote after it.
     */
    private static boolean scanParagraph(String text, int start, int end, boolean previousOpen, List<QuoteSpan> spans) {
        int open = -1;
        boolean first = true;
        for (int i = start; i < end; i++) {
            if (DOUBLE_MARKS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            boolean wordAfter = i + 1 < end && !Character.isWhitespace(text.charAt(i + 1))
                    && !isClosingPunctuation(text.charAt(i + 1));
            boolean wordBefore = i > start && !Character.isWhitespace(text.charAt(i - 1))
                    && !isOpeningPunctuation(text.charAt(i - 1));
            boolean opens = wordAfter && !wordBefore || (wordAfter == wordBefore && open < 0);
            if (opens) {
                open = i;
            } else if (open >= 0) {
                boolean continuation = previousOpen && first && text.substring(start, open).isBlank();
                add(text, open + 1, i, continuation, spans);
                first = false;
                open = -1;
            }
        }
        if (open >= 0) {
            // An unclosed mark: the quote runs to the end of the paragraph and may go on in the next one.
            boolean continuation = previousOpen && first && text.substring(start, open).isBlank();
            add(text, open + 1, trimEnd(text, end), continuation, spans);
            return true;
        }
        return false;
    }

    private static boolean isClosingPunctuation(char c) {
        return ".,;:!?)]}".indexOf(c) >= 0;
    }

    private static boolean isOpeningPunctuation(char c) {
        return "([{".indexOf(c) >= 0;
    }

    static void add(String text, int begin, int end, boolean continuation, List<QuoteSpan> spans) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        end = trimEnd(text, end);
        if (begin < end) {
            spans.add(new QuoteSpan(begin, end, text.substring(begin, end), continuation));
        }
    }

    static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
