package org.newsgraph.bench;

/** One article of a benchmark corpus; the id is {@code <file>-<row>} as {@code newsgraph build} names CSV rows. */
public record BenchArticle(String id, String category, String text) {
}
