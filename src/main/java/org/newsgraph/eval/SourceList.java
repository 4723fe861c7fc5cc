package org.newsgraph.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The list of sources of a set of collected articles ({@code eval/web/sources.tsv}): a header line
 * {@code id url query date outlet part sha256}, then one article a line. The texts themselves are third-party and
 * re-collected, so this list, not a folder, says which articles the set has and to which part (dev or check) each
 * belongs.
 */
public final class SourceList {

    public static final List<String> COLUMNS = List.of("id", "url", "query", "date", "outlet", "part", "sha256");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** One collected article. */
    public record Source(String id, String url, String query, String date, String outlet, String part,
                         String sha256) {
    }

    private final Path path;
    private final Map<String, Source> byId;

    private SourceList(Path path, Map<String, Source> byId) {
        this.path = path;
        this.byId = byId;
    }

    /** Reads the list; every bad line is reported at once ({@link GoldFormatException}). */
    public static SourceList read(Path path) {
        List<Source> rows = TsvLines.parseRows(path, SourceList::parse);
        Map<String, Source> byId = new LinkedHashMap<>();
        for (Source row : rows) {
            if (row == null) {
                continue; // the header
            }
            if (byId.putIfAbsent(row.id(), row) != null) {
                throw new GoldFormatException(List.of(path + ": the id " + row.id() + " is listed twice"));
            }
        }
        return new SourceList(path, byId);
    }

    public Path path() {
        return path;
    }

    public List<Source> sources() {
        return List.copyOf(byId.values());
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** True when the list has the article and places it in {@code part}. */
    public boolean inPart(String id, String part) {
        return source(id).map(source -> source.part().equals(part)).orElse(false);
    }

    private static Source parse(String line, int number) {
        List<String> fields = TsvLines.fields(line, COLUMNS);
        if (fields.equals(COLUMNS)) {
            return null; // the header line, skipped by read
        }
        if (!DATE.matcher(fields.get(3)).matches()) {
            throw new IllegalArgumentException("date '" + fields.get(3) + "' is not yyyy-mm-dd");
        }
        if (!SHA256.matcher(fields.get(6)).matches()) {
            throw new IllegalArgumentException("sha256 '" + fields.get(6) + "' is not 64 lower-case hex digits");
        }
        return new Source(fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4),
                fields.get(5), fields.get(6));
    }
}
