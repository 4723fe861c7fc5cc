package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Figures about a store. {@code classCounts} (distinct instances per rdf:type) and {@code predicateCounts} are taken
 * on the union graph that queries see, keyed by full IRI and ordered by count, largest first; {@code triples} counts
 * the quads of all document graphs.
 */
public record StoreStats(Path location, int documents, long triples, Optional<LastBuild> lastBuild,
                         Map<String, Long> classCounts, Map<String, Long> predicateCounts) {

    public StoreStats {
        classCounts = Collections.unmodifiableMap(new LinkedHashMap<>(classCounts));
        predicateCounts = Collections.unmodifiableMap(new LinkedHashMap<>(predicateCounts));
    }
}
