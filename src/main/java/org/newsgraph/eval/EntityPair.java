package org.newsgraph.eval;

/** A row of an entity-pair file: two names that should lead to one entity ({@code same}) or not ({@code distinct}). */
public record EntityPair(Kind kind, EntityName first, EntityName second, int line) {

    public enum Kind {
        SAME("same"),
        DISTINCT("distinct");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * One side of a pair: names and keys as in gold files, and for a key the document it picks its entity in
     * ({@code Resolution[drafter=Borduria]@doc-7}); {@code document} is null for plain names.
     */
    public record EntityName(Term.Entity term, String document, String text) {
    }

    public String describe() {
        return kind.word() + " " + first.text() + " / " + second.text();
    }
}
