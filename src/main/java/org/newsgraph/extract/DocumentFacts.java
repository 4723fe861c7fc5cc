package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything extraction found in one document, as plain values, before entity resolution. */
public record DocumentFacts(String documentId, LocalDate date, List<LocalEntity> entities, List<Fact> facts) {

    public Optional<LocalEntity> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    public List<Fact> factsWith(String predicate) {
        return facts.stream().filter(f -> f.predicate().equals(predicate)).toList();
    }
}
