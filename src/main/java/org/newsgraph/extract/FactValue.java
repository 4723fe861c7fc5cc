package org.newsgraph.extract;

/** The object of a fact: another entity of the same document, a literal, or a named individual of the ontology. */
public sealed interface FactValue {

    /** An entity of the document, by its document-local key. */
    record EntityRef(String key) implements FactValue {}

    /** A literal with a datatype IRI (xsd:string when {@code datatype} is null). */
    record Literal(String lexical, String datatype) implements FactValue {
        public static Literal string(String value) {
            return new Literal(value, null);
        }
    }

    /** An individual of the ontology such as {@code Suspended} or {@code Opposition}, by its local name. */
    record Individual(String localName) implements FactValue {}
}
