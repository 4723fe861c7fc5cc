package org.newsgraph.serve;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a running server answers. {@code update} and {@code graphStoreWrite} are empty when the server is
 * read-only; {@code cannedQueries} maps each query name to its URL, sorted by name.
 */
public record ServerUrls(String base, String dataset, String sparql, Optional<String> update, String graphStore,
                         Optional<String> graphStoreWrite, String ping, String cannedQueryList,
                         Map<String, String> cannedQueries) {

    public ServerUrls {
        cannedQueries = Collections.unmodifiableMap(new TreeMap<>(cannedQueries));
    }
}
