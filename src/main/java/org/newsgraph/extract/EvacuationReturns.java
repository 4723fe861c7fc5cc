package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evacuees taken back home: "About 30 residents were taken back to A from a sports arena where they had been staying
 * in B" tells the way back of an evacuation from A to B. Told by where the movers leave, a place they had been staying
 * at, since "brought back to B from A" alone is as often a repatriation to B.
 */
final class EvacuationReturns {

    private EvacuationReturns() {
    }

    /** The place stayed at that a return journey leaves, when {@code cue} tells one. */
    static Optional<Integer> stayLeft(Sentence s, Token cue) {
        return journeyWords(s, cue).stream()
                .flatMap(w -> s.dependentsOf(w).stream())
                .filter(d -> (d.relation().equals("obl:from") || d.relation().equals("nmod:from"))
                        && stayingClause(s, d.dependent()).isPresent())
                .map(Dependency::dependent)
                .findFirst();
    }

    /**
     * The verb moving people back and its "back", which the parser often gives the journey's phrases ("taken back to
     * A"); none when the verb does not move them back.
     */
    private static List<Integer> journeyWords(Sentence s, Token cue) {
        if (!cue.pos().startsWith("VB")) {
            return List.of();
        }
        List<Integer> words = new ArrayList<>();
        s.dependentsOf(cue.index()).stream()
                .filter(d -> (d.relation().equals("advmod") || d.relation().equals("compound:prt"))
                        && s.token(d.dependent()).lemma().equalsIgnoreCase("back"))
                .forEach(d -> words.add(d.dependent()));
        if (!words.isEmpty()) {
            words.add(0, cue.index());
        }
        return words;
    }

    /** The evacuation's origin: where the movers are taken back to. */
    static List<String> home(ExtractionContext context, Sentence s, Token cue) {
        List<String> places = new ArrayList<>();
        journeyWords(s, cue).stream().flatMap(w -> s.dependentsOf(w).stream())
                .filter(d -> d.relation().equals("obl:to") || d.relation().equals("nmod:to"))
                .forEach(d -> places.addAll(EvacuationPlaces.namedPlaces(context, s, d.dependent())));
        return places;
    }

    /** The evacuation's destination: the place stayed at, or where the staying clause says it lies. */
    static List<String> stay(ExtractionContext context, Sentence s, int site) {
        List<String> places = new ArrayList<>(EvacuationPlaces.namedPlaces(context, s, site));
        if (places.isEmpty()) {
            stayingClause(s, site).ifPresent(verb -> s.dependentsOf(verb).stream()
                    .filter(d -> d.relation().equals("obl:in") || d.relation().equals("obl:at"))
                    .forEach(d -> places.addAll(EvacuationPlaces.namedPlaces(context, s, d.dependent()))));
        }
        return places;
    }

    private static final Set<String> STAYED = Set.of("stay", "shelter", "house", "lodge", "accommodate", "camp", "live");

    /** "a sports arena where they had been staying", "the school in which they were housed". */
    private static Optional<Integer> stayingClause(Sentence s, int site) {
        return s.dependentsOf(site).stream()
                .filter(d -> d.relation().startsWith("acl") && STAYED.contains(s.token(d.dependent()).lemma().toLowerCase()))
                .map(Dependency::dependent)
                .findFirst();
    }
}
