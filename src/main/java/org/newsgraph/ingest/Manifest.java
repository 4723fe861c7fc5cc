package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Article metadata kept beside the articles: a UTF-8 TSV with the header comment
 * {@code # id<TAB>published<TAB>source<TAB>title} and one row per article: its id, its publication date as
 * {@code yyyy-mm-dd}, its publisher and its headline. Empty published/source/title cells mean "unknown".
 *
 * <p>Malformed rows are reported as {@code manifest.tsv:LINE: reason} and skipped; the other rows are used.
 */
public final class Manifest {

    /** The file name a folder's manifest has, picked up automatically when no manifest is given. */
    public static final String FILE_NAME = "manifest.tsv";

    private static final Logger LOG = LoggerFactory.getLogger(Manifest.class);
    private static final int COLUMNS = 4;
    private static final Manifest EMPTY = new Manifest(Map.of());

    /**
     * One manifest row.
     *
     * @param id        document id (file name without extension, or the CSV/JSONL id)
     * @param published publication date, or null when the cell is empty
     * @param source    publisher, or null when the cell is empty
     * @param title     headline, or null when the cell is empty
     */
    public record Entry(String id, LocalDate published, String source, String title) {
    }

    private final Map<String, Entry> entries;

    private Manifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static Manifest empty() {
        return EMPTY;
    }

    /**
     * Reads a manifest, adding one problem per unreadable file or malformed row; never throws for bad input.
     * Decoding warnings (a Windows-1252 or mojibake-repaired manifest) are logged.
     */
    public static Manifest read(Path p, List<IngestProblem> problems) {
        List<IngestProblem> warnings = new ArrayList<>();
        Manifest manifest = read(p, problems, warnings);
        warnings.forEach(warning -> LOG.warn("{}", warning.message()));
        return manifest;
    }

    /** As {@link #read(Path, List)}, with decoding warnings added to {@code warnings} instead of logged. */
    public static Manifest read(Path p, List<IngestProblem> problems, List<IngestProblem> warnings) {
        String origin = p.toString();
        TextDecoding.Decoded decoded;
        try {
            decoded = TextDecoding.decode(Files.readAllBytes(p));
        } catch (NoSuchFileException e) {
            problems.add(new IngestProblem(origin, "no such file or directory"));
            return EMPTY;
        } catch (IOException e) {
            problems.add(new IngestProblem(origin, "cannot read: " + e.getMessage()));
            return EMPTY;
        } catch (TextDecoding.Rejected e) {
            // An empty manifest describes no article: nothing to report.
            if (!e.getMessage().equals(TextDecoding.EMPTY_FILE)) {
                problems.add(new IngestProblem(origin, e.getMessage()));
            }
            return EMPTY;
        }
        decoded.warnings().forEach(reason -> warnings.add(new IngestProblem(origin, reason)));
        Manifest manifest = parse(origin, decoded.text(), problems);
        LOG.debug("{}: {} manifest entries", origin, manifest.size());
        return manifest;
    }

    static Manifest parse(String origin, String text, List<IngestProblem> problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, Integer> lineOfId = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        int firstContentLine = firstContentLine(lines);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#") || (lineNumber == firstContentLine && isHeaderRow(line))) {
                continue;
            }
            String rowOrigin = origin + ":" + lineNumber;
            String[] cells = line.split("\t", -1);
            if (cells.length != COLUMNS) {
                problems.add(new IngestProblem(rowOrigin, "expected " + COLUMNS
                        + " tab-separated columns (id, published, source, title), found " + cells.length));
                continue;
            }
            String id = cells[0].strip();
            if (id.isEmpty()) {
                problems.add(new IngestProblem(rowOrigin, "empty id"));
                continue;
            }
            LocalDate published;
            try {
                published = cells[1].isBlank() ? null : LocalDate.parse(cells[1].strip());
            } catch (DateTimeParseException e) {
                problems.add(new IngestProblem(rowOrigin, "bad date '" + cells[1].strip() + "' (expected yyyy-mm-dd)"));
                continue;
            }
            Integer firstLine = lineOfId.putIfAbsent(id, lineNumber);
            if (firstLine != null) {
                problems.add(new IngestProblem(rowOrigin, "duplicate id " + id + " (first on line " + firstLine + ")"));
                continue;
            }
            entries.put(id, new Entry(id, published, emptyToNull(cells[2]), emptyToNull(cells[3])));
        }
        return new Manifest(Collections.unmodifiableMap(entries));
    }

    public Optional<Entry> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }

    /** Spreadsheets export the header as a plain row, without the leading '#'. */
    private static boolean isHeaderRow(String line) {
        String[] cells = line.split("\t", -1);
        return cells.length >= 2 && cells[0].strip().equalsIgnoreCase("id")
                && (cells[1].strip().equalsIgnoreCase("published") || cells[1].strip().equalsIgnoreCase("date"));
    }

    private static int firstContentLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String emptyToNull(String cell) {
        String stripped = cell.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
