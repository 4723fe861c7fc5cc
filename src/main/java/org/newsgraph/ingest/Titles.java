package org.newsgraph.ingest;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Headline guesses for articles whose metadata has none. */
final class Titles {

    /** Anything this long is a paragraph, not a headline. */
    static final int MAX_TITLE_LENGTH = 200;

    private static final Pattern MARKDOWN_HEADING_MARKS = Pattern.compile("^#{1,6}\\s+");

    /** How an article without a title in its metadata gets one. */
    enum Fallback {
        /** Plain-text articles usually start with their headline on a line of its own. */
        FIRST_LINE,
        /** Corpus rows often have no headline line; their first sentence is the headline or a stand-in (BBC). */
        FIRST_SENTENCE
    }

    private Titles() {
    }

    /** Reads the fallback title from masked text, so boilerplate lines are never taken for a headline. */
    static String guess(String nlpText, Fallback fallback) {
        String firstLine = firstContentLine(nlpText);
        if (firstLine == null) {
            return null;
        }
        String candidate = switch (fallback) {
            case FIRST_LINE -> firstLine;
            case FIRST_SENTENCE -> firstSentence(firstLine);
        };
        return candidate.isEmpty() || candidate.length() >= MAX_TITLE_LENGTH ? null : candidate;
    }

    private static String firstContentLine(String text) {
        for (TextLines.Span span : TextLines.spans(text)) {
            String line = TextLines.stripAll(span.of(text));
            if (!line.isEmpty()) {
                return TextLines.stripAll(MARKDOWN_HEADING_MARKS.matcher(line).replaceFirst(""));
            }
        }
        return null;
    }

    private static String firstSentence(String line) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(line);
        int end = sentences.next();
        return TextLines.stripAll(end == BreakIterator.DONE ? line : line.substring(0, end));
    }
}
