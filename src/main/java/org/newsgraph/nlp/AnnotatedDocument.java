package org.newsgraph.nlp;

import java.util.List;

/**
 * Everything the extraction stage needs from CoreNLP for one document, as plain values. Nothing downstream of
 * this record depends on CoreNLP's own types, and the record is what the annotation cache stores.
 */
public record AnnotatedDocument(String docId, String contentHash, List<Sentence> sentences, List<Mention> mentions,
                                List<CorefChain> corefChains, List<Quote> quotes) {

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }
}
