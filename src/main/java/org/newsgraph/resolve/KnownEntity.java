package org.newsgraph.resolve;

import org.newsgraph.extract.EntityKind;

import java.time.LocalDate;
import java.util.Set;

/**
 * An entity that already has an IRI: in the store from earlier builds, or minted earlier in this build. Resolutions
 * carry their drafters' IRIs and the dates of the articles that mention them, to match a new mention by drafter and
 * date window.
 */
public record KnownEntity(String iri, EntityKind kind, String label, Set<String> names, Set<String> drafterIris,
                          LocalDate firstDate, LocalDate lastDate) {

    /** Names grow as later documents use new ones, so the set is always a private, mutable copy. */
    public KnownEntity {
        names = new java.util.HashSet<>(names);
        drafterIris = drafterIris == null ? Set.of() : Set.copyOf(drafterIris);
    }
}
