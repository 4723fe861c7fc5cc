package org.newsgraph.extract;

import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.resolve.Gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The extractors in the order their needs dictate: entities first, then roles (stances and quotes need to know whom
 * a person speaks for), quotes, evacuations and resolutions (a resolution may concern an evacuation), stances last.
 */
public final class FactExtraction {

    private final List<Extractor> extractors;
    private final Gazetteer gazetteer;

    public FactExtraction(Gazetteer gazetteer) {
        this(gazetteer, List.of(new EntityExtractor(), new RoleExtractor(), new QuoteExtractor(),
                new EvacuationExtractor(), new EvacuationOriginReference(), new ResolutionExtractor(),
                new StanceExtractor(), new OwnDraftStances()));
    }

    public FactExtraction(Gazetteer gazetteer, List<Extractor> extractors) {
        this.gazetteer = gazetteer;
        this.extractors = List.copyOf(extractors);
        checkOrder(this.extractors);
    }

    /** CoreNLP annotators the extractors read, beyond tokenisation and sentence splitting. */
    public Set<String> requiredAnnotators() {
        Set<String> annotators = new TreeSet<>();
        extractors.forEach(e -> annotators.addAll(e.requiredAnnotators()));
        return annotators;
    }

    public DocumentFacts extract(AnnotatedDocument document, String text, LocalDate date) {
        ExtractionContext context = new ExtractionContext(document, text, date, gazetteer);
        for (Extractor extractor : extractors) {
            try {
                extractor.extract(context);
            } catch (RuntimeException e) {
                throw new ExtractionFailure(extractor.name(), e);
            }
        }
        return context.result();
    }

    /** Fails fast when an extractor would run before the one producing facts it needs. */
    private static void checkOrder(List<Extractor> extractors) {
        Set<String> produced = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Extractor e : extractors) {
            for (String needed : e.requiresFacts()) {
                if (!produced.contains(needed)) {
                    problems.add(e.name() + " needs '" + needed + "' from an earlier extractor");
                }
            }
            produced.addAll(PRODUCES.getOrDefault(e.name(), Set.of()));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("extractors out of order: " + String.join("; ", problems));
        }
    }

    private static final java.util.Map<String, Set<String>> PRODUCES = java.util.Map.of(
            "entity", Set.of(),
            "role", Set.of("represents", "role"),
            "quote", Set.of("speaker", "quote", "onBehalfOf"),
            "evacuation", Set.of("from", "to", "facilitatedBy", "obstructedBy", "status"),
            "resolution", Set.of("drafted", "concerns", "consideredBy", "number"),
            "stance", Set.of("supports", "opposes", "vetoed"),
            "own-draft-stance", Set.of());

    /** A rule that failed on a document: names the extractor, so the report says which rules to look at. */
    public static final class ExtractionFailure extends RuntimeException {

        ExtractionFailure(String extractor, RuntimeException cause) {
            super("the " + extractor + " rules failed on it (" + cause + ")", cause);
        }
    }
}
