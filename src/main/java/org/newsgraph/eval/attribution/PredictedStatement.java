package org.newsgraph.eval.attribution;

import java.util.List;

/**
 * A statement of the store with a speaker: its character span in the article, the speaker's label and every name the
 * article gives the speaker, and whether it is a direct quote or reported speech.
 */
public record PredictedStatement(String document, int begin, int end, String speaker, List<String> speakerNames,
                                 boolean direct) {

    public PredictedStatement {
        speakerNames = List.copyOf(speakerNames);
    }

    public int length() {
        return Math.max(0, end - begin);
    }
}
