package org.newsgraph.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One search: a Lucene query over {@code fields} (any of {@link SearchSchema#TEXT_FIELDS}), kept to entries about
 * entities of {@code types} (lower-case ng: class names; empty for all) in documents dated between {@code since}
 * and {@code until} (inclusive; null for open), at most {@code limit} hits.
 */
public record SearchRequest(String query, List<String> fields, Set<String> types, LocalDate since, LocalDate until,
                            int limit) {

    public SearchRequest {
        fields = List.copyOf(fields);
        types = Set.copyOf(types);
        if (fields.isEmpty() || !SearchSchema.TEXT_FIELDS.containsAll(fields)) {
            throw new IllegalArgumentException("fields must be among " + SearchSchema.TEXT_FIELDS + ": " + fields);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }

    /** Every field, every type, every date. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, SearchSchema.TEXT_FIELDS, Set.of(), null, null, limit);
    }
}
