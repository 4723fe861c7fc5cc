package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * "The ship docked in B on Tuesday", "the first plane landed in B", "448 passengers arrived at B": a craft the text
 * has named, or a group of people, arriving at a named place. In a report that tells an evacuation this is where its
 * people went; alone it tells no evacuation, so such a mention never founds one nor names an origin.
 */
final class EvacuationArrivals {

    private EvacuationArrivals() {}

    private static final Set<String> ARRIVING = Set.of("arrive", "dock", "land");
    private static final Set<String> AT_PLACE = Set.of("obl:in", "obl:at");
    /** Words that point back to a craft already told of, or pick one of a series. */
    private static final Set<String> REFERRING = Set.of("the", "this", "that", "first", "second", "third", "last",
            "final", "latest");

    /** A craft that points back, or people counted or named, arriving at a named place: the subject of the arrival. */
    static boolean arrivesAtPlace(Sentence s, Token subject, boolean craft) {
        if (!subject.pos().startsWith("NN")) {
            return false;
        }
        for (Dependency d : s.dependencies()) {
            if (d.dependent() != subject.index() || !d.relation().equals("nsubj")) {
                continue;
            }
            Token verb = s.token(d.governor());
            if (!verb.pos().startsWith("VB") || verb.pos().equals("VBG")
                    || !ARRIVING.contains(verb.lemma().toLowerCase(Locale.ROOT))
                    || ExtractionContext.hasModal(s, verb) || ExtractionContext.isNegated(s, verb.index())) {
                continue;
            }
            boolean atPlace = s.dependentsOf(verb.index()).stream()
                    .filter(o -> AT_PLACE.contains(o.relation()))
                    .anyMatch(o -> MentionTypes.PLACE_TYPES.contains(s.token(o.dependent()).ner()));
            if (atPlace && (!craft || pointsBack(s, subject))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pointsBack(Sentence s, Token craft) {
        return s.dependentsOf(craft.index()).stream()
                .filter(d -> d.relation().equals("det") || d.relation().equals("amod"))
                .anyMatch(d -> REFERRING.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }
}
