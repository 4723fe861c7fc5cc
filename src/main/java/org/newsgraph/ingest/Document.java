package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One source article.
 *
 * <p>{@code text} is the article exactly as decoded (BOM stripped, line endings normalised to {@code \n},
 * mojibake repaired). {@code nlpText} has the same length, with boilerplate lines overwritten by spaces
 * (newlines kept), so every character offset into {@code nlpText} is also an offset into {@code text}.
 *
 * @param id      document id, unique within one ingest run
 * @param text    the article as decoded
 * @param nlpText the text to analyse: {@code text} with boilerplate lines blanked
 * @param date    publication date, or null when neither metadata nor a dateline gives one
 * @param source  publisher, or null
 * @param title   headline, or null
 * @param origin  the file path, or {@code path:row} for a CSV/JSONL record
 * @param textDerived whether the text was taken out of a web page (HTML file, WARC record): no file of the user's
 *                    holds it, so the store keeps it for the evidence offsets to point into
 */
public record Document(String id, String text, String nlpText, LocalDate date,
                       String source, String title, String origin, boolean textDerived) {

    public Document(String id, String text, String nlpText, LocalDate date, String source, String title,
                    String origin) {
        this(id, text, nlpText, date, source, title, origin, false);
    }

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(nlpText, "nlpText");
        Objects.requireNonNull(origin, "origin");
        if (nlpText.length() != text.length()) {
            // Downstream stages store offsets found in nlpText against text; a length mismatch corrupts them all.
            throw new IllegalArgumentException("nlpText length " + nlpText.length()
                    + " differs from text length " + text.length() + " for document " + id);
        }
    }
}
