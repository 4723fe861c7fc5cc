package org.newsgraph.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How query results are written. CONSTRUCT results are RDF: {@code table} gives Turtle, {@code json} JSON-LD. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    /** The names as typed on the command line, for messages: {@code table|csv|tsv|json}. */
    public static String choices() {
        return Arrays.stream(values()).map(ResultFormat::label).collect(Collectors.joining("|"));
    }

    public static ResultFormat parse(String text) {
        for (ResultFormat format : values()) {
            if (format.label().equals(text.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "'; use " + choices());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
