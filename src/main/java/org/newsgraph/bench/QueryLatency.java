package org.newsgraph.bench;

import java.util.List;

/**
 * One canned query on a store: its rows; in a fresh JVM, the first answer after the store was opened and the median
 * of the answers after it (an answer is the query run to the last row and printed as the command's table, to a
 * sink); the whole {@code newsgraph query} command as a user runs it; and from a running server that said it is
 * ready, the first answer over HTTP and the median of the ones after it (read to the last byte). Figures not
 * measured are 0.
 */
public record QueryLatency(String name, long rows, double firstMillis, double medianMillis, double commandSeconds,
                           double serverFirstMillis, double serverMedianMillis) {

    public QueryLatency withCommandSeconds(double seconds) {
        return new QueryLatency(name, rows, firstMillis, medianMillis, seconds, serverFirstMillis, serverMedianMillis);
    }

    public QueryLatency withServer(double firstMillis, double medianMillis) {
        return new QueryLatency(name, rows, this.firstMillis, this.medianMillis, commandSeconds, firstMillis,
                medianMillis);
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
