package org.newsgraph.extract;

import java.util.Arrays;

/**
 * Verbs of leaving a place, by kind, from the lexicon {@code leaving-verbs}: which of them make their subject one of
 * the people moved, which take "for B" as where they go, and which take the place left as object.
 */
final class LeavingVerbs {

    enum Kind {
        /** "residents evacuated", "families who fled A": the subject is moved. */
        MOVER("mover"),
        /** "left A for B": "for" names where they go. */
        SETTING_OFF("setting-off"),
        /** "thousands fled A": the object or "from" phrase is the place left. */
        PLACE_LEFT("place-left");

        private final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    private static final Lexicon VERBS = Lexicon.named("leaving-verbs");

    private LeavingVerbs() {
    }

    /** Whether the lemma is a verb of leaving of this kind. */
    static boolean is(Kind kind, String lemma) {
        String kinds = VERBS.get(lemma);
        return kinds != null && Arrays.stream(kinds.split(",")).map(String::strip).anyMatch(kind.word::equals);
    }
}
