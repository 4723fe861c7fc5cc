package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Turns the cells of one CSV row or JSONL object into a {@link RawArticle}: shared so both formats apply the
 * same rules for empty text, size limits, default ids and unreadable dates.
 */
final class RecordFields {

    private RecordFields() {
    }

    /** The cells of one record, already looked up by the configured column names; absent cells are null. */
    record Cells(String id, String text, String date, String source, String title) {
    }

    /**
     * Delivers the record as an article, or reports why it cannot be one.
     *
     * @return how many mojibake sequences were repaired in the text (JSON escapes hide them from the file-level
     *         repair), so the caller can report them once per file instead of once per record
     */
    static int emit(Cells cells, Path file, int number, IngestOptions options, ArticleSink sink) {
        String origin = file + ":" + number;
        if (cells.text() == null || TextLines.isBlank(cells.text())) {
            sink.problem(origin, "empty text in column '" + options.textColumn() + "'");
            return 0;
        }
        if (options.htmlText()) {
            WebArticles.readHtmlCell(cells, origin, blankToNull(cells.id()) == null ? defaultId(file, number)
                    : blankToNull(cells.id()), date(cells.date(), origin, options, sink), options, sink);
            return 0;
        }
        long bytes = cells.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > options.maxBytes()) {
            sink.problem(origin, TextDecoding.articleTooLarge(bytes, options.maxBytes()));
            return 0;
        }
        Mojibake.Repair repair = Mojibake.repair(TextDecoding.normaliseLineEndings(cells.text()));
        String id = blankToNull(cells.id());
        sink.article(new RawArticle(
                id == null ? defaultId(file, number) : id,
                repair.text(),
                date(cells.date(), origin, options, sink),
                blankToNull(cells.source()),
                blankToNull(cells.title()),
                origin,
                Titles.Fallback.FIRST_SENTENCE));
        return repair.sequences();
    }

    /** {@code <file name without extension>-<number zero-padded to 5>}: stable across runs and sortable. */
    static String defaultId(Path file, int number) {
        return ArticleFiles.baseName(file) + "-" + String.format(Locale.ROOT, "%05d", number);
    }

    private static LocalDate date(String cell, String origin, IngestOptions options, ArticleSink sink) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        LocalDate date = Datelines.parseCell(cell).orElse(null);
        if (date == null) {
            sink.warning(origin, "unreadable date '" + cell.strip() + "' in column '" + options.dateColumn()
                    + "'; using the dateline, if any");
        }
        return date;
    }

    private static String blankToNull(String cell) {
        if (cell == null) {
            return null;
        }
        String stripped = TextLines.stripAll(cell);
        return stripped.isEmpty() ? null : stripped;
    }
}
