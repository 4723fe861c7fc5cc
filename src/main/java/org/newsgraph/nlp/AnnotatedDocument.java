package org.newsgraph.nlp;

import java.util.List;

/**
 * Everything the extraction stage needs from CoreNLP for one document, as plain values. Nothing downstream of
 * this record depends on CoreNLP's own types, and the record is what the annotation cache stores.
 */
public record AnnotatedDocument(String docId, String contentHash, List<Sentence> sentences, List<Mention> mentions,
                                List<CorefChain> corefChains, List<Quote> quotes, List<Relation> relations) {

    /** Quotes and relations are only there when their annotators ran; an entry cached without them has none. */
    public AnnotatedDocument {
        quotes = quotes == null ? List.of() : quotes;
        relations = relations == null ? List.of() : relations;
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }
}
