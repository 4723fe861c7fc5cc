package org.newsgraph.store;

/**
 * One stored document as {@code newsgraph list} shows it. {@code date}, {@code title} and {@code source} are the
 * lexical forms found in the document's graph, empty when absent; {@code facts} counts its ng:Evidence nodes.
 */
public record DocumentSummary(String id, String date, String title, String source, long facts) {
}
