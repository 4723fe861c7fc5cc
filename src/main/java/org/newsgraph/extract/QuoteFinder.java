package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct speech by its quotation marks, paragraph by paragraph. Marks are paired in order whatever their
 * direction, because news text often uses the wrong curly mark ("…,“ she said. ”…"). A paragraph left with an open
 * quote continues in the next paragraph when that one opens with a quotation mark — the convention for quotes that
 * span paragraphs.
 */
public final class QuoteFinder {

    private static final String DOUBLE_MARKS = "\"“”„«»";

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
        return spans;
    }

    /** Returns whether the paragraph ends inside an open quote. */
    private static boolean scanParagraph(String text, int start, int end, boolean previousOpen, List<QuoteSpan> spans) {
        List<Integer> marks = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (DOUBLE_MARKS.indexOf(text.charAt(i)) >= 0) {
                marks.add(i);
            }
        }
        if (marks.isEmpty()) {
            return false;
        }
        boolean continuation = previousOpen && text.substring(start, marks.get(0)).isBlank();
        int i = 0;
        while (i + 1 < marks.size()) {
            add(text, marks.get(i) + 1, marks.get(i + 1), continuation && i == 0, spans);
            i += 2;
        }
        if (i < marks.size()) {
            // An unclosed mark: the quote runs to the end of the paragraph and may go on in the next one.
            add(text, marks.get(i) + 1, trimEnd(text, end), continuation && i == 0, spans);
            return true;
        }
        return false;
    }

    private static void add(String text, int begin, int end, boolean continuation, List<QuoteSpan> spans) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        end = trimEnd(text, end);
        if (begin < end) {
            spans.add(new QuoteSpan(begin, end, text.substring(begin, end), continuation));
        }
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
