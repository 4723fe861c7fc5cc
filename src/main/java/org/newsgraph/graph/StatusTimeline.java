package org.newsgraph.graph;

import java.time.LocalDate;

/**
 * One entry of an evacuation's status timeline: what one article reported of its state ("Suspended"), on the
 * article's date (null when undated), with the evidence sentence and the article's id.
 */
public record StatusTimeline(String nodeId, LocalDate date, String status, String sentence, String documentId) {
}
