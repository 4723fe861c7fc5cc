package org.newsgraph.build;

import java.time.Duration;

/**
 * How a build groups finished documents into store transactions: a batch is committed when it holds
 * {@code maxDocuments} documents or its first document has waited {@code maxDelay}, whichever comes first, so a fast
 * stream of documents pays the commit once per batch and a slow one still reaches the store promptly.
 * <p>
 * The standard sizes come from measurement: a TDB2 commit (its fsyncs) costs tens of milliseconds to a few hundred
 * on a busy disk whatever it holds, while writing a news article's graph costs a few; 32 documents make the commit a
 * few milliseconds per document and keep one transaction, during which a reader that asked for the store waits,
 * around a second.
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
