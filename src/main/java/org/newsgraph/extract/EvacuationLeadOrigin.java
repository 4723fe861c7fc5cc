package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A report whose evacuation no clause gives an origin still sets it somewhere: "Troops enforce an evacuation on the
 * slopes of A", "the evacuation went on in A". The place set beside the first mention that names one, in a phrase of
 * where rather than of whither, is where the people are taken from; a report whose evacuation has no origin at all
 * tells nothing of it, so a place is worth more than none.
 */
final class EvacuationLeadOrigin {

    private EvacuationLeadOrigin() {
    }

    /** Prepositions that set something in or about a place, not towards it. */
    private static final Set<String> WHERE = Set.of("in", "at", "near", "around", "on", "across", "along", "inside",
            "within", "outside", "of");

    static Optional<EvacuationExtractor.Cue> of(ExtractionContext context, List<EvacuationExtractor.Cue> withoutOrigin) {
        Optional<EvacuationExtractor.Cue> local = of(context, withoutOrigin, false);
        // a town the article keeps naming is a better origin than a country (EvacuationOriginReference gives it)
        return local.isPresent() || EvacuationOriginReference.mostNamedPlace(context).isPresent() ? local
                : of(context, withoutOrigin, true);
    }

    private static Optional<EvacuationExtractor.Cue> of(ExtractionContext context, List<EvacuationExtractor.Cue> withoutOrigin,
                                                 boolean countries) {
        for (EvacuationExtractor.Cue cue : withoutOrigin) {
            Sentence s = cue.sentence();
            String best = null;
            int distance = Integer.MAX_VALUE;
            for (Token t : s.tokens()) {
                Optional<String> place = context.entityAt(s.index(), t.index())
                        .filter(p -> context.kindOf(p).isPlace());
                if (place.isEmpty() || cue.destinations().contains(place.get()) || !setWhere(s, t)
                        || EvacuationPlaces.isDateline(context, s, place.get())
                        || context.kindOf(place.get()) == EntityKind.COUNTRY && !(countries && withinCueClause(s, t, cue.token()))) {
                    continue;
                }
                int d = Math.abs(t.index() - cue.token().index());
                if (d < distance) {
                    distance = d;
                    best = place.get();
                }
            }
            if (best != null) {
                return Optional.of(new EvacuationExtractor.Cue(s, cue.token(), List.of(best), cue.destinations()));
            }
        }
        return Optional.empty();
    }

    /**
     * "issued evacuation orders for 20 villages in A": a country stands for the origin only in the phrase of the
     * mention itself or of the verb it serves, within two steps; "the storm, which killed 500 people in A" is elsewhere.
     */
    private static boolean withinCueClause(Sentence s, Token place, Token cue) {
        Set<Integer> anchors = new java.util.HashSet<>(Set.of(cue.index()));
        s.governorOf(cue.index()).ifPresent(g -> {
            anchors.add(g.governor());
            s.governorOf(g.governor()).ifPresent(h -> anchors.add(h.governor()));
        });
        int at = place.index();
        for (int step = 0; step < 2; step++) {
            Optional<Dependency> up = s.governorOf(at);
            if (up.isEmpty() || up.get().relation().startsWith("acl")) {
                return false;
            }
            at = up.get().governor();
            if (anchors.contains(at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head of a place phrase opened by a preposition of where, or a name compounded into one ("the A volcano"),
     * or the place a verb of leaving leaves.
     */
    private static boolean setWhere(Sentence s, Token t) {
        int head = s.governorOf(t.index()).filter(g -> g.relation().equals("compound") || g.relation().equals("flat"))
                .map(Dependency::governor).orElse(t.index());
        boolean left = s.governorOf(head).filter(g -> g.relation().equals("obj") || g.relation().equals("obl:from"))
                .map(g -> LeavingVerbs.is(LeavingVerbs.Kind.PLACE_LEFT, s.token(g.governor()).lemma()))
                .orElse(false);
        return left || s.dependentsOf(head).stream().anyMatch(d -> d.relation().equals("case")
                && WHERE.contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
    }
}
