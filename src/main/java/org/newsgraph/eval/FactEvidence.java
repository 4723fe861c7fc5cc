package org.newsgraph.eval;

/** Why the graph holds a predicted fact: the sentence, the extraction rule and its confidence (NaN when unstated). */
public record FactEvidence(String sentence, String rule, double confidence) {
}
