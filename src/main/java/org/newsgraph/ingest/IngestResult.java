package org.newsgraph.ingest;

import java.util.List;

/**
 * What one ingest run produced.
 *
 * @param documents the usable articles, in input order
 * @param problems  inputs (or parts of inputs) that were skipped
 * @param warnings  inputs that were used but needed a repair or guess the user should know about
 */
public record IngestResult(List<Document> documents, List<IngestProblem> problems, List<IngestProblem> warnings) {

    public IngestResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }
}
