package org.newsgraph.graph;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What part of the knowledge graph an export shows.
 * <ul>
 * <li>{@code types}: the kinds of entity drawn as nodes.</li>
 * <li>{@code relations}: the edge predicates; empty for all.</li>
 * <li>{@code documents}: document ids whose facts count; empty for all.</li>
 * <li>{@code since}, {@code until}: publication dates (inclusive) of the documents whose facts count; a document
 * without a date is left out once either is given.</li>
 * <li>{@code minEvidence}: edges backed by fewer evidence sentences are dropped.</li>
 * </ul>
 * Nodes are the entities of the chosen types mentioned in a counted document. When the edges are narrowed
 * ({@code relations} or {@code minEvidence} above 0), only the nodes that keep an edge are shown: the question is
 * then about those relations, and hundreds of unconnected nodes would hide the answer.
 */
public record GraphFilter(Set<EntityType> types, Set<Relation> relations, Set<String> documents,
                          LocalDate since, LocalDate until, int minEvidence) {

    public GraphFilter {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a graph needs at least one node type");
        }
        if (minEvidence < 0) {
            throw new IllegalArgumentException("the minimum number of evidence sentences cannot be negative");
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("--since " + since + " is after --until " + until);
        }
        types = Set.copyOf(EnumSet.copyOf(types));
        relations = relations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(relations));
        documents = Set.copyOf(documents);
    }

    /** The whole graph: every type but statements, every relation, every document. */
    public static GraphFilter everything() {
        return new GraphFilter(EntityType.DEFAULT_SELECTION, Set.of(), Set.of(), null, null, 0);
    }

    public GraphFilter withTypes(Set<EntityType> newTypes) {
        return new GraphFilter(newTypes, relations, documents, since, until, minEvidence);
    }

    public GraphFilter withRelations(Set<Relation> newRelations) {
        return new GraphFilter(types, newRelations, documents, since, until, minEvidence);
    }

    public GraphFilter withDocuments(Set<String> newDocuments) {
        return new GraphFilter(types, relations, newDocuments, since, until, minEvidence);
    }

    public GraphFilter withDates(LocalDate newSince, LocalDate newUntil) {
        return new GraphFilter(types, relations, documents, newSince, newUntil, minEvidence);
    }

    public GraphFilter withMinEvidence(int newMinEvidence) {
        return new GraphFilter(types, relations, documents, since, until, newMinEvidence);
    }

    /** True when the edges are narrowed, so that nodes without a remaining edge are dropped. */
    boolean narrowsEdges() {
        return !relations.isEmpty() || minEvidence > 0;
    }

    /** The relations that count: those chosen, or all. */
    Set<Relation> effectiveRelations() {
        return relations.isEmpty() ? EnumSet.allOf(Relation.class) : relations;
    }
}
