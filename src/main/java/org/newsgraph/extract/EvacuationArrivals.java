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

    private static final Set<String> ARRIVING = EvacuationDestinations.ARRIVING_IN;
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
            if (d.dependent() != subject.index() || !d.relation().startsWith("nsubj")) {
                continue;
            }
            Token verb = s.token(d.governor());
            // "were given checkups and put under quarantine upon arrival at B": the arrival may be told on a joined verb
            if (!craft && verb.pos().startsWith("VB") && (quarantinedOnArrival(s, verb) || s.dependentsOf(verb.index())
                    .stream().anyMatch(c -> c.relation().startsWith("conj") && quarantinedOnArrival(s, s.token(c.dependent()))))) {
                return true;
            }
            if (!d.relation().equals("nsubj")) {
                continue;
            }
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

    /**
     * "The passengers were put under quarantine upon arrival at B": people whose arrival at a named place is the moment
     * of what the clause tells have arrived there.
     */
    private static boolean quarantinedOnArrival(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream()
                .filter(d -> d.relation().equals("obl:upon") || d.relation().equals("obl:on"))
                .filter(d -> s.token(d.dependent()).lemma().equalsIgnoreCase("arrival"))
                .anyMatch(d -> s.dependentsOf(d.dependent()).stream()
                        .anyMatch(o -> AT_PLACE_NOUN.contains(o.relation()) && placeNamed(s, o.dependent()))
                        || s.dependentsOf(verb.index()).stream().anyMatch(o -> AT_PLACE.contains(o.relation())
                        && EvacuationJourneyLegs.arrivalJustBefore(s, verb, o.dependent()) && placeNamed(s, o.dependent())));
    }

    /** A place named at the word or as the first word of a compound ("B airport"). */
    private static boolean placeNamed(Sentence s, int head) {
        return MentionTypes.PLACE_TYPES.contains(s.token(head).ner()) || s.dependentsOf(head).stream()
                .anyMatch(c -> c.relation().equals("compound") && MentionTypes.PLACE_TYPES.contains(s.token(c.dependent()).ner()));
    }

    private static final Set<String> AT_PLACE_NOUN = Set.of("nmod:in", "nmod:at");

    private static boolean pointsBack(Sentence s, Token craft) {
        return s.dependentsOf(craft.index()).stream()
                .filter(d -> d.relation().equals("det") || d.relation().equals("amod"))
                .anyMatch(d -> REFERRING.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }
}
