package org.newsgraph.extract;

/**
 * One extracted fact: {@code subject} is a document-local entity key, {@code predicate} the local name of an ontology
 * property ({@code opposes}, {@code represents}, {@code from} ...). Facts without evidence are descriptive
 * (a statement's quote text) and get no evidence node.
 */
public record Fact(String subject, String predicate, FactValue object, Evidence evidence) {

    public static Fact of(String subject, String predicate, String objectKey, Evidence evidence) {
        return new Fact(subject, predicate, new FactValue.EntityRef(objectKey), evidence);
    }

    public boolean hasObjectEntity(String key) {
        return object instanceof FactValue.EntityRef ref && ref.key().equals(key);
    }
}
