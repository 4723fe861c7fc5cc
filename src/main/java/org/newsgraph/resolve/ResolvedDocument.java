package org.newsgraph.resolve;

import org.newsgraph.extract.DocumentFacts;

import java.util.Map;

/** A document's facts with a corpus-wide IRI and canonical label for each of its entities. */
public record ResolvedDocument(DocumentFacts facts, Map<String, String> iriByKey, Map<String, String> labelByKey) {

    public String iri(String key) {
        String iri = iriByKey.get(key);
        if (iri == null) {
            throw new IllegalStateException("entity " + key + " of " + facts.documentId() + " was not resolved");
        }
        return iri;
    }
}
