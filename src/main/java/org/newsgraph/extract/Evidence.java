package org.newsgraph.extract;

/**
 * Why a fact holds: the sentence it was read from, where it sits in the article (character offsets into the original
 * text), how sure the rule is, and which rule fired.
 */
public record Evidence(int sentenceIndex, String sentence, int charStart, int charEnd, double confidence, String rule) {

    public Evidence {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
