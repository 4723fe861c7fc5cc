package org.newsgraph.nlp;

/**
 * A direct quote found by CoreNLP's quote annotator. begin/end include the quotation marks.
 * The speaker fields are CoreNLP's own attribution (nullable); the extraction stage decides whether to trust it.
 */
public record Quote(int index, int begin, int end, String text, int firstSentence, int lastSentence,
                    String speaker, String canonicalSpeaker, Integer speakerBegin, Integer speakerEnd) {}
