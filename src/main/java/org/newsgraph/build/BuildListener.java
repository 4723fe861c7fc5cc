package org.newsgraph.build;

/** Progress of a build, for a progress bar or a log; called from worker threads. */
public interface BuildListener {

    /** The number of documents is not known yet: the input is read as it is built. */
    int UNKNOWN = -1;

    /**
     * Building begins: {@code documents} will be processed, or {@link #UNKNOWN} when the input is larger than the
     * build reads ahead (a large archive), in which case documents are counted as they are done.
     */
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
