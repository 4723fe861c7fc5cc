package org.newsgraph.build;

/** Progress of a build, for a progress bar or a log; called from worker threads. */
public interface BuildListener {

    /** Input is read: {@code documents} will be processed. */
    void started(int documents);

    /** One document is finished: annotated, taken from the cache, or skipped as unchanged in the store. */
    void documentDone(String documentId, DocumentOutcome outcome);

    enum DocumentOutcome { ANNOTATED, FROM_CACHE, UNCHANGED, FAILED }

    BuildListener SILENT = new BuildListener() {
        @Override
        public void started(int documents) {
        }

        @Override
        public void documentDone(String documentId, DocumentOutcome outcome) {
        }
    };
}
