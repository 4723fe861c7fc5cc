package org.newsgraph.query;

import org.apache.jena.query.Query;

import java.nio.file.Path;

/** A parsed query and where it came from: {@code name} is the file name without {@code .rq}. */
public record ResolvedQuery(String name, Path file, Query query) {
}
