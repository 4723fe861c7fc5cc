package org.newsgraph.search;

import java.util.List;

/**
 * One ranked hit: the matching {@code text} of a {@code field}, what it is about ({@code entities}, and for a
 * sentence every fact it proves, for a quote who said it), and where it was published. A sentence or quote is one
 * hit per document however many facts it proves; a name is one hit per entity, with every document naming it
 * ({@code documents}, newest first; {@code document} and {@code date} are the newest).
 */
public record SearchHit(float score, String field, String text, String entity, List<String> entities,
                        List<String> facts, String document, String date, List<String> documents,
                        List<String> types) {
}
