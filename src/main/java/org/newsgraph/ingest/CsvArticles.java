package org.newsgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV corpus with a header row: one article per row, columns named by {@link IngestOptions}. */
final class CsvArticles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(true)
            .get();

    /**
     * commons-csv puts the line in its messages ("... at line: 7, position: 12" or "(line 7) ..."), and that one
     * is right where the parser's own line counter has already moved past the broken record.
     */
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("\\s*(?:at )?\\(?line:? (\\d+)(?:, position: \\d+)?\\)?\\s*");

    private CsvArticles() {
    }

    static void read(Path file, String text, IngestOptions options, ArticleSink sink) {
        String origin = file.toString();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            if (!parser.getHeaderMap().containsKey(options.textColumn())) {
                sink.problem(origin, "no '" + options.textColumn() + "' column (columns: "
                        + String.join(", ", parser.getHeaderNames()) + ")");
                return;
            }
            readRows(parser, file, options, sink);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            sink.problem(origin, "malformed CSV header: " + messageOf(e));
        }
    }

    private static void readRows(CSVParser parser, Path file, IngestOptions options, ArticleSink sink) {
        Iterator<CSVRecord> rows = parser.iterator();
        int row = 0;
        int repaired = 0;
        while (true) {
            CSVRecord record;
            try {
                if (!rows.hasNext()) {
                    break;
                }
                record = rows.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                // After a broken quote the parser cannot tell where the next row starts: stop this file here.
                String message = messageOf(e);
                Matcher line = LINE_IN_MESSAGE.matcher(message);
                long lineNumber = line.find() ? Long.parseLong(line.group(1)) : parser.getCurrentLineNumber();
                sink.problem(file.toString(), "line " + lineNumber + ": malformed CSV ("
                        + LINE_IN_MESSAGE.matcher(message).replaceAll(" ").strip() + "); rows from here on skipped");
                break;
            }
            row++;
            if (!record.isSet(options.textColumn())) {
                sink.problem(file + ":" + row, "no '" + options.textColumn() + "' cell (row has " + record.size()
                        + " of " + parser.getHeaderNames().size() + " columns)");
                continue;
            }
            RecordFields.Cells cells = new RecordFields.Cells(
                    cell(record, options.idColumn()),
                    cell(record, options.textColumn()),
                    cell(record, options.dateColumn()),
                    cell(record, options.sourceColumn()),
                    cell(record, options.titleColumn()));
            repaired += RecordFields.emit(cells, file, row, options, sink);
        }
        if (row == 0) {
            sink.warning(file.toString(), "no data rows");
        }
        if (repaired > 0) {
            sink.warning(file.toString(), "mojibake repaired in " + repaired + " places");
        }
    }

    private static String cell(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : null;
    }

    /** The innermost message: commons-csv wraps the useful one in an UncheckedIOException. */
    private static String messageOf(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
