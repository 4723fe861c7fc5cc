package org.newsgraph.nlp;

/**
 * A named-entity mention from CoreNLP's entitymentions: tokens [startToken, endToken) of one sentence
 * (1-based, end exclusive), with its NER type (PERSON, ORGANIZATION, COUNTRY, CITY, ...).
 */
public record Mention(int sentence, int startToken, int endToken, String text, String nerType, int begin, int end) {}
