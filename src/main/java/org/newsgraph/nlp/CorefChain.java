package org.newsgraph.nlp;

import java.util.List;

/** Mentions CoreNLP's coreference resolved to one referent within a document. */
public record CorefChain(int id, List<CorefMention> mentions) {

    public CorefMention representative() {
        return mentions.stream().filter(CorefMention::representative).findFirst().orElse(mentions.get(0));
    }
}
