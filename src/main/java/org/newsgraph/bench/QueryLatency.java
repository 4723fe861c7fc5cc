package org.newsgraph.bench;

import java.util.List;

/**
 * One canned query on a store: its rows, the first answer after the store was opened (cold caches), the median of
 * the answers after it, and, when measured, the whole {@code newsgraph query} command as a user runs it.
 * An answer is the query run to the last row and printed as the command's table, to a sink.
 */
public record QueryLatency(String name, long rows, double firstMillis, double medianMillis, double commandSeconds) {

    public QueryLatency withCommandSeconds(double seconds) {
        return new QueryLatency(name, rows, firstMillis, medianMillis, seconds);
    }

    /** The middle value, or the mean of the two middle ones; 0 for no values. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
