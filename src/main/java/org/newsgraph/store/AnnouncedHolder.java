package org.newsgraph.store;

import java.net.URI;
import java.util.Optional;

/**
 * A live process that announced it holds a store for a long time ({@link GraphStore#announceHolder}): its process id,
 * how it described itself (e.g. "newsgraph serve at http://..."), and the SPARQL endpoint that answers queries on
 * the store in its place, when it has one. Announcements written before servers gave their endpoint have none.
 */
public record AnnouncedHolder(long pid, String description, Optional<URI> sparqlEndpoint) {
}
