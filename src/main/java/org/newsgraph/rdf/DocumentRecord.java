package org.newsgraph.rdf;

import java.time.LocalDate;

/** What the graph says about a source article itself; its text stays where it is. */
public record DocumentRecord(String id, String title, String source, LocalDate issued, String contentHash,
                             int sentenceCount) {}
