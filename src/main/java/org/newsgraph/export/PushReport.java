package org.newsgraph.export;

import java.net.URI;
import java.time.Duration;

/**
 * What a push loaded: how many documents, how many triples were sent, how many the written graphs hold (fewer than
 * were sent when the documents were merged into the default graph and shared triples), where, and how many requests
 * had to be repeated.
 */
public record PushReport(URI endpoint, GraphStorePush.Target target, int documents, long triplesSent,
                         long triplesInGraphs, int retries, Duration elapsed) {
}
