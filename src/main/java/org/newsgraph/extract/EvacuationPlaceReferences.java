package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Place phrases in evacuation clauses that name no place but take up one named before: "those villages", "the
 * besieged plant", "the locality", "the town".
 */
final class EvacuationPlaceReferences {

    private EvacuationPlaceReferences() {
    }

    private static final Set<String> DEMONSTRATIVES = Set.of("those", "these", "that", "this");

    /**
     * "... bound for A and B, villages besieged by rebels. [...] evacuate people from those villages": a place noun
     * with a demonstrative points back to the places a recent sentence described with the same noun.
     */
    static List<String> demonstrativeAntecedent(ExtractionContext context, Sentence s, int head) {
        Token noun = s.token(head);
        boolean demonstrative = s.dependentsOf(head).stream()
                .anyMatch(d -> d.relation().startsWith("det")
                        && DEMONSTRATIVES.contains(s.token(d.dependent()).word().toLowerCase()));
        if (!demonstrative || !noun.pos().startsWith("NN")) {
            return List.of();
        }
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - 2); i--) {
            Sentence earlier = context.document().sentence(i);
            for (Dependency d : earlier.dependencies()) {
                Token described = earlier.token(d.dependent());
                if (d.relation().equals("appos") && described.lemma().equalsIgnoreCase(noun.lemma())) {
                    List<String> places = new ArrayList<>();
                    EvacuationPlaces.placeAt(context, earlier, d.governor()).ifPresent(places::add);
                    for (Dependency c : earlier.dependentsOf(d.governor())) {
                        if (c.relation().startsWith("conj")) {
                            EvacuationPlaces.placeAt(context, earlier, c.dependent()).ifPresent(places::add);
                        }
                    }
                    if (!places.isEmpty()) {
                        return places;
                    }
                }
            }
        }
        return List.of();
    }

    /** Words for one kind of site, any of which may take up another: "the X steel works ... the besieged plant". */
    private static final List<Set<String>> SITE_KINDS = List.of(
            Set.of("plant", "works", "steelworks", "factory", "mill", "refinery", "complex"),
            Set.of("town", "city"),
            Set.of("village", "hamlet"),
            Set.of("camp"),
            Set.of("airport", "airfield"),
            Set.of("hospital"));

    /**
     * "Evacuations from A hospital" in a headline, then "patients stranded in A's B hospital": a site noun that only a
     * larger place qualifies is the site of that kind the next sentences name.
     */
    static Optional<String> siteNamedAhead(ExtractionContext context, Sentence s, int head) {
        Token noun = s.token(head);
        Optional<Set<String>> kind = SITE_KINDS.stream().filter(k -> k.contains(noun.word().toLowerCase())).findFirst();
        // a place the tagger knows (a site's own name, like "B hospital", is often unknown to it)
        boolean qualifiedByPlace = s.dependentsOf(head).stream().anyMatch(d -> d.relation().equals("compound")
                && !s.token(d.dependent()).ner().equals("O")
                && context.entityAt(s.index(), d.dependent()).filter(k -> context.kindOf(k).isPlace()).isPresent());
        if (kind.isEmpty() || !noun.pos().equals("NN") || !qualifiedByPlace) {
            return Optional.empty();
        }
        int last = Math.min(context.sentences().size() - 1, s.index() + 2);
        for (int i = s.index() + 1; i <= last; i++) {
            Sentence later = context.document().sentence(i);
            for (int t = 2; t <= later.tokens().size(); t++) {
                if (!kind.get().contains(later.token(t).word().toLowerCase()) || !later.token(t - 1).properNoun()) {
                    continue;
                }
                if (EvacuationPlaces.isPlaceName(later, t)) {
                    return Optional.of(EvacuationPlaces.wholeName(context, later, EvacuationPlaces.nameStart(later, t), t));
                }
                Optional<String> named = EvacuationPlaces.placeAt(context, later, t - 1);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    /** Nouns for a place below a town that a report names once and then refers to: "the families in the locality". */
    private static final Set<String> LOCALITIES = Set.of("locality", "neighbourhood", "neighborhood");

    /**
     * "When the water rose at A, ... the 40 families in the locality were evacuated": the locality is the last place
     * below a country or province named in this sentence or the two before it.
     */
    private static Optional<String> lastLocalPlace(ExtractionContext context, Sentence s, int head) {
        return lastLocalPlace(context, s, head, s.index());
    }

    private static Optional<String> lastLocalPlace(ExtractionContext context, Sentence s, int head, int fromSentence) {
        for (int i = fromSentence; i >= Math.max(0, s.index() - 2); i--) {
            Sentence earlier = context.document().sentence(i);
            int before = i == s.index() ? head - 1 : earlier.tokens().size();
            for (int t = before; t >= 1; t--) {
                boolean region = REGION_NER.contains(earlier.token(t).ner());
                Optional<String> place = context.entityAt(i, t)
                        .filter(k -> context.kindOf(k) == EntityKind.PLACE && !region);
                if (place.isPresent() && !EvacuationPlaces.isDateline(context, earlier, place.get())) {
                    return place;
                }
            }
        }
        return Optional.empty();
    }

    private static final Set<String> REGION_NER = Set.of("STATE_OR_PROVINCE", "COUNTRY");

    /** Nouns for a settlement or stretch of land that a report takes up again: "the town", "the area". */
    private static final Set<String> SETTLEMENTS = Set.of("town", "city", "village", "area", "island", "community");

    /**
     * "the X steel works in Y ... evacuation from the besieged plant": a definite site noun names the site last
     * mentioned by name with a word of the same kind ("the X plant", "X steel works"), in this sentence or the three
     * before it. "A fire broke out near A. Residents of the town were evacuated": a settlement noun that no name of
     * its kind precedes takes up the last town or site named, as a locality does.
     */
    static Optional<String> definiteAntecedent(ExtractionContext context, Sentence s, int head) {
        Token noun = s.token(head);
        boolean definite = s.dependentsOf(head).stream()
                .anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).word().equalsIgnoreCase("the"));
        if (definite && LOCALITIES.contains(noun.word().toLowerCase())) {
            return lastLocalPlace(context, s, head);
        }
        Optional<Set<String>> kind = SITE_KINDS.stream().filter(k -> k.contains(noun.word().toLowerCase())).findFirst();
        if (!definite) {
            return Optional.empty();
        }
        if (kind.isEmpty()) {
            return bareSettlement(s, head) ? earlierSettlement(context, s, head) : Optional.empty();
        }
        for (int i = s.index(); i >= Math.max(0, s.index() - 3); i--) {
            Sentence earlier = context.document().sentence(i);
            int before = i == s.index() ? head - 1 : earlier.tokens().size();
            for (int t = before; t >= 1; t--) {
                if (!kind.get().contains(earlier.token(t).word().toLowerCase())) {
                    continue;
                }
                // the kind word in the site's name: "X Airport"
                if (EvacuationPlaces.isPlaceName(earlier, t)) {
                    return Optional.of(EvacuationPlaces.wholeName(context, earlier, EvacuationPlaces.nameStart(earlier, t), t));
                }
                // the kind word before the name: "the town of X"
                final int kindWord = t;
                Optional<String> ofName = earlier.dependentsOf(kindWord).stream()
                        .filter(d -> d.relation().equals("nmod:of"))
                        .map(d -> EvacuationPlaces.placeAt(context, earlier, d.dependent()))
                        .flatMap(Optional::stream).findFirst();
                if (ofName.isPresent()) {
                    return ofName;
                }
                // the site's name just before its kind word: "the X plant", "X steel works"
                for (int n = t - 1; n >= Math.max(1, t - 2); n--) {
                    Optional<String> named = context.entityAt(i, n).filter(k -> context.kindOf(k).isPlace());
                    if (named.isPresent()) {
                        return named;
                    }
                }
            }
        }
        return bareSettlement(s, head) ? earlierSettlement(context, s, head) : Optional.empty();
    }

    /**
     * "A fire broke out near A. Residents of the town were evacuated": the last town named in the two sentences before;
     * a place named earlier in the same sentence is more often where the speaker is ("Speaking in B, he urged the
     * fighters to leave the city").
     */
    private static Optional<String> earlierSettlement(ExtractionContext context, Sentence s, int head) {
        return s.index() == 0 ? Optional.empty() : lastLocalPlace(context, s, head, s.index() - 1);
    }

    /** "the town", "the devastated town"; not "the city of A", whose own name the tagger may have missed. */
    private static boolean bareSettlement(Sentence s, int head) {
        return SETTLEMENTS.contains(s.token(head).word().toLowerCase())
                && s.dependentsOf(head).stream().noneMatch(d -> d.relation().startsWith("nmod")
                || d.relation().equals("compound") || d.relation().equals("appos"));
    }
}
