package org.newsgraph.nlp;

/**
 * One mention of a coreference chain: tokens [startToken, endToken) of one sentence (1-based, end exclusive),
 * its head token, and its kind (PROPER, NOMINAL, PRONOMINAL, LIST).
 */
public record CorefMention(int sentence, int startToken, int endToken, int headToken, String text, String kind,
                           boolean representative) {}
