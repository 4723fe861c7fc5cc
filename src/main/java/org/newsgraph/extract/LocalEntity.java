package org.newsgraph.extract;

import java.util.Map;
import java.util.Set;

/**
 * An entity as one document knows it. {@code key} is unique within the document; entity resolution later gives it a
 * corpus-wide IRI. {@code names} holds every surface form seen (the label included); {@code attributes} carry what
 * resolution needs to match events across documents (a resolution's drafter, body and number).
 */
public record LocalEntity(String key, EntityKind kind, String label, Set<String> names, String wikidata,
                          Map<String, String> attributes) {}
