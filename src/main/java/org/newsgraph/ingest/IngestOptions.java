package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How inputs are read.
 *
 * @param manifest     metadata TSV for all inputs; when null, each folder's own {@code manifest.tsv} is used
 * @param textColumn   CSV column / JSONL field holding the article text
 * @param idColumn     CSV column / JSONL field holding the document id (optional in the data)
 * @param dateColumn   CSV column / JSONL field holding the publication date (optional in the data)
 * @param titleColumn  CSV column / JSONL field holding the headline (optional in the data)
 * @param sourceColumn CSV column / JSONL field holding the publisher (optional in the data)
 * @param maxBytes     the largest article accepted, in bytes: the file size of a .txt/.md article, the UTF-8
 *                     size of one record's text for CSV/JSONL (a corpus file may be far larger than one article)
 * @param htmlText     whether the CSV/JSONL text column holds web pages (HTML) rather than plain text
 */
public record IngestOptions(Path manifest, String textColumn, String idColumn, String dateColumn,
                            String titleColumn, String sourceColumn, long maxBytes, boolean htmlText) {

    public IngestOptions(Path manifest, String textColumn, String idColumn, String dateColumn, String titleColumn,
                         String sourceColumn, long maxBytes) {
        this(manifest, textColumn, idColumn, dateColumn, titleColumn, sourceColumn, maxBytes, false);
    }

    public static final String DEFAULT_TEXT_COLUMN = "text";
    public static final String DEFAULT_ID_COLUMN = "id";
    public static final String DEFAULT_DATE_COLUMN = "date";
    public static final String DEFAULT_TITLE_COLUMN = "title";
    public static final String DEFAULT_SOURCE_COLUMN = "source";
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    public IngestOptions {
        textColumn = requireColumn(textColumn, "textColumn");
        idColumn = requireColumn(idColumn, "idColumn");
        dateColumn = requireColumn(dateColumn, "dateColumn");
        titleColumn = requireColumn(titleColumn, "titleColumn");
        sourceColumn = requireColumn(sourceColumn, "sourceColumn");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(null, DEFAULT_TEXT_COLUMN, DEFAULT_ID_COLUMN, DEFAULT_DATE_COLUMN,
                DEFAULT_TITLE_COLUMN, DEFAULT_SOURCE_COLUMN, DEFAULT_MAX_BYTES);
    }

    public IngestOptions withManifest(Path newManifest) {
        return new IngestOptions(newManifest, textColumn, idColumn, dateColumn, titleColumn, sourceColumn, maxBytes,
                htmlText);
    }

    public IngestOptions withTextColumn(String column) {
        return new IngestOptions(manifest, column, idColumn, dateColumn, titleColumn, sourceColumn, maxBytes, htmlText);
    }

    public IngestOptions withIdColumn(String column) {
        return new IngestOptions(manifest, textColumn, column, dateColumn, titleColumn, sourceColumn, maxBytes,
                htmlText);
    }

    public IngestOptions withDateColumn(String column) {
        return new IngestOptions(manifest, textColumn, idColumn, column, titleColumn, sourceColumn, maxBytes, htmlText);
    }

    public IngestOptions withTitleColumn(String column) {
        return new IngestOptions(manifest, textColumn, idColumn, dateColumn, column, sourceColumn, maxBytes, htmlText);
    }

    public IngestOptions withSourceColumn(String column) {
        return new IngestOptions(manifest, textColumn, idColumn, dateColumn, titleColumn, column, maxBytes, htmlText);
    }

    public IngestOptions withMaxBytes(long newMaxBytes) {
        return new IngestOptions(manifest, textColumn, idColumn, dateColumn, titleColumn, sourceColumn, newMaxBytes,
                htmlText);
    }

    public IngestOptions withHtmlText(boolean html) {
        return new IngestOptions(manifest, textColumn, idColumn, dateColumn, titleColumn, sourceColumn, maxBytes,
                html);
    }

    private static String requireColumn(String column, String what) {
        Objects.requireNonNull(column, what);
        if (column.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return column.strip();
    }
}
