package org.newsgraph.extract;

/**
 * A stretch of direct speech: [begin, end) covers the words inside the quotation marks. {@code continuation} is set
 * for the second and later paragraphs of a quote that runs over several paragraphs (each reopened with a quotation
 * mark, the earlier ones left open), which keep the speaker of the first.
 */
public record QuoteSpan(int begin, int end, String text, boolean continuation) {

    public int wordCount() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
