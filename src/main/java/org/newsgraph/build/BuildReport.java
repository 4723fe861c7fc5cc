package org.newsgraph.build;

import org.newsgraph.ingest.IngestProblem;

import java.time.Duration;
import java.util.List;

/**
 * What a build did. Of the {@code documents} read, some were annotated by CoreNLP, some taken from the annotation
 * cache and some skipped as unchanged in the store. {@code problems} are inputs that were skipped (each one line naming
 * the file and the reason); {@code warnings} are inputs that were built but needed repair.
 */
public record BuildReport(int documents, int documentsAnnotated, int documentsFromCache, int documentsUnchanged,
                          int sentences, int entities,
                          int facts, long triplesInStore, List<IngestProblem> problems, List<IngestProblem> warnings,
                          Duration elapsed) {

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
