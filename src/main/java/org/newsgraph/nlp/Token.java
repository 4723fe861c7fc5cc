package org.newsgraph.nlp;

/**
 * One token as CoreNLP saw it. {@code begin}/{@code end} are character offsets into the original article text.
 * {@code index} is 1-based within its sentence, as in CoreNLP's dependency graphs.
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

    public boolean properNoun() {
        return pos.startsWith("NNP");
    }
}
