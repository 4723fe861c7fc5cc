package org.newsgraph.eval;

import java.util.List;

/** The subject or object of a gold fact, or one side of an entity pair, as the file wrote it. */
public sealed interface Term permits Term.Entity, Term.Quote, Term.Status {

    /** The term exactly as written. */
    String text();

    /** Names and keys separated by {@code |}: the term matches an entity that any one of them picks. */
    record Entity(String text, List<String> names, List<EntityKey> keys) implements Term {
        public Entity {
            names = List.copyOf(names);
            keys = List.copyOf(keys);
        }
    }

    /** A quoted snippet: the beginning of, or a passage in, a direct quote. */
    record Quote(String text, String snippet) implements Term {
    }

    /** Status values in lower case ({@code suspended}), alternatives separated by {@code |}. */
    record Status(String text, List<String> values) implements Term {
        public Status {
            values = List.copyOf(values);
        }
    }
}
