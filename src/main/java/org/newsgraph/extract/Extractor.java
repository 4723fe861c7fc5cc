package org.newsgraph.extract;

import java.util.Set;

/**
 * One kind of fact (quotes, roles, stances ...). Like a CoreNLP annotator it declares what it needs, so the pipeline
 * asks CoreNLP only for the annotators the enabled extractors use, and extractors run in an order that satisfies
 * each one's {@link #requiresFacts()}.
 */
public interface Extractor {

    /** A short name, used in rule names of the evidence it produces. */
    String name();

    /** CoreNLP annotators whose output this extractor reads. */
    Set<String> requiredAnnotators();

    /** Predicates that must already be extracted (by earlier extractors) when this one runs. */
    default Set<String> requiresFacts() {
        return Set.of();
    }

    void extract(ExtractionContext context);
}
