package org.newsgraph.build;

import java.time.Duration;

/**
 * How a build groups finished documents into store transactions: a batch is committed when it holds
 * {@code maxDocuments} documents or its first document has waited {@code maxDelay}, whichever comes first, so a fast
 * stream of documents pays the commit once per batch and a slow one still reaches the store promptly.
 * <p>
 * The standard sizes come from measurement: a TDB2 commit costs about as much as connecting to the store (both tens
 * of milliseconds to a few hundred on a busy disk), and a build connects once per batch so that other programs can
 * read between batches; 32 documents make both a few milliseconds per document while keeping the store busy for
 * about a second per batch.
 */
public record WriteBatching(int maxDocuments, Duration maxDelay) {

    public WriteBatching {
        if (maxDocuments < 1) {
            throw new IllegalArgumentException("a batch holds at least one document, got " + maxDocuments);
        }
        if (maxDelay.isNegative()) {
            throw new IllegalArgumentException("maxDelay must not be negative, got " + maxDelay);
        }
    }

    public static WriteBatching standard() {
        return new WriteBatching(32, Duration.ofSeconds(2));
    }

    /** One transaction per document, as builds wrote before batching; for comparison. */
    public static WriteBatching perDocument() {
        return new WriteBatching(1, Duration.ZERO);
    }
}
