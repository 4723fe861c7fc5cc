package org.newsgraph.graph;

import java.time.LocalDate;

/** A counted document as the exports cite it: id, title and publication date (either may be null). */
public record SourceDocument(String id, String title, LocalDate date) {
}
