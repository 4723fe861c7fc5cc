package org.newsgraph.eval;

import java.util.List;

/**
 * How a gold file names a resolution or an evacuation, which rarely have names of their own: by a participant
 * ({@code Resolution[drafter=Borduria]}, {@code Evacuation[from=Port Vell]}), by its official number
 * ({@code Resolution[number=77]}) or as any one of the document ({@code Resolution[*]}). A key always describes
 * entities of one document; {@code values} are alternatives, any of which may match.
 */
public record EntityKey(Kind kind, Attribute attribute, List<String> values, String text) {

    public EntityKey {
        values = List.copyOf(values);
    }

    /** The class of entity a key picks. */
    public enum Kind {
        RESOLUTION("Resolution"),
        EVACUATION("Evacuation");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** What a key describes its entity by. */
    public enum Attribute {
        /** An actor that drafted the resolution: {@code ng:drafted}, or its inverse {@code ng:draftedBy}. */
        DRAFTER("drafter", Kind.RESOLUTION),
        /** The resolution's {@code ng:number}. */
        NUMBER("number", Kind.RESOLUTION),
        /** A place the evacuation starts from: {@code ng:from}. */
        FROM("from", Kind.EVACUATION),
        /** Every entity of the kind in the document. */
        ANY("*", null);

        private final String word;
        private final Kind onlyFor;

        Attribute(String word, Kind onlyFor) {
            this.word = word;
            this.onlyFor = onlyFor;
        }

        public String word() {
            return word;
        }

        boolean appliesTo(Kind kind) {
            return onlyFor == null || onlyFor == kind;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
