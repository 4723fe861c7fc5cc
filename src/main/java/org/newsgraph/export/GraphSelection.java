package org.newsgraph.export;

import java.util.Objects;

/**
 * Which part of the store to write: every document graph as it is stored, the union of them all (the merged
 * knowledge graph that queries see), or one document's graph.
 */
public sealed interface GraphSelection {

    /** Every document graph, each under its own name; only syntaxes with named graphs can hold it. */
    GraphSelection ALL = new All();

    /** The union of the document graphs, as one graph. */
    GraphSelection UNION = new Union();

    /** {@code all}, {@code union}, or else a document id. */
    static GraphSelection parse(String text) {
        return switch (text) {
            case "all" -> ALL;
            case "union" -> UNION;
            default -> new Document(text);
        };
    }

    /** How the selection reads in a summary: "all graphs", "the union graph", "document a1". */
    String describe();

    record All() implements GraphSelection {
        @Override
        public String describe() {
            return "all document graphs";
        }
    }

    record Union() implements GraphSelection {
        @Override
        public String describe() {
            return "the union graph";
        }
    }

    record Document(String id) implements GraphSelection {
        public Document {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("a document id cannot be blank");
            }
        }

        @Override
        public String describe() {
            return "document " + id;
        }
    }
}
