package org.newsgraph.graph;

/**
 * Why an edge is there: one evidence node's sentence, the document it was read in, the extraction rule and its
 * confidence (null when the store has none).
 */
public record EvidenceSentence(String edgeId, String sentence, String documentId, String rule, Double confidence) {
}
