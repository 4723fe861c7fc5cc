package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Origins that news gives as the setting of the evacuation rather than with "from": where the evacuation took place,
 * where the people evacuated are, where the craft that help with it converge. Asked only for a mention that names no
 * origin of its own.
 */
final class EvacuationSettings {

    private EvacuationSettings() {
    }

    static List<String> origins(ExtractionContext context, Sentence s, Token cue) {
        List<String> origins = new ArrayList<>(tookPlaceAt(context, s, cue));
        origins.addAll(evacuatedIn(context, s, cue));
        origins.addAll(helpedAt(context, s, cue));
        return origins.stream().distinct().toList();
    }

    private static final Set<String> HAPPENING = Set.of("happen", "occur", "unfold");
    private static final Set<String> SETTING_RELATIONS = Set.of("obl:at", "obl:in");

    /** "The evacuation took place at A", "the evacuation happened at A": the evacuation is where it happens. */
    private static List<String> tookPlaceAt(ExtractionContext context, Sentence s, Token cue) {
        if (!cue.pos().startsWith("NN")) {
            return List.of();
        }
        return s.governorOf(cue.index())
                .filter(g -> g.relation().equals("nsubj"))
                .map(g -> s.token(g.governor()))
                .filter(verb -> isHappening(s, verb))
                .map(verb -> placesOn(context, s, verb, SETTING_RELATIONS))
                .orElse(List.of());
    }

    private static boolean isHappening(Sentence s, Token verb) {
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        return verb.pos().startsWith("VB") && (HAPPENING.contains(lemma) || lemma.equals("take")
                && s.dependentsOf(verb.index()).stream().anyMatch(d -> d.relation().equals("obj")
                && s.token(d.dependent()).lemma().equalsIgnoreCase("place")));
    }

    /**
     * "to evacuate 400 on board a liner in A", "evacuate passengers in A": the place the people are evacuated in is
     * where they are taken out of, when the clause names neither an origin nor a destination.
     */
    private static List<String> evacuatedIn(ExtractionContext context, Sentence s, Token cue) {
        if (!cue.pos().startsWith("VB") || !cue.lemma().equalsIgnoreCase("evacuate")) {
            return List.of();
        }
        boolean moved = s.dependentsOf(cue.index()).stream()
                .anyMatch(d -> d.relation().equals("obj") || d.relation().startsWith("nsubj:pass"));
        boolean elsewhere = s.dependentsOf(cue.index()).stream()
                .anyMatch(d -> d.relation().equals("obl:to") || d.relation().equals("obl:from")
                        || EvacuationCues.isOutOf(d.relation()));
        if (!moved || elsewhere) {
            return List.of();
        }
        return placesOn(context, s, cue, Set.of("obl:in"));
    }

    private static final Set<String> HELPING = Set.of("help", "assist", "aid", "support");
    private static final Set<String> CONVERGING = Set.of("converge", "head", "rush", "race", "sail", "descend",
            "arrive", "send", "dispatch", "despatch", "deploy");
    private static final Set<String> GOING_TO = Set.of("obl:on", "obl:to", "obl:upon", "obl:in");

    /**
     * "Planes and boats were converging on A to help with evacuations": craft that go to a place to help with the
     * evacuations fetch people there, so the place is the origin, as for craft sent to evacuate people.
     */
    private static List<String> helpedAt(ExtractionContext context, Sentence s, Token cue) {
        if (!cue.pos().startsWith("NN")) {
            return List.of();
        }
        return s.governorOf(cue.index())
                .filter(g -> g.relation().equals("obl:with") || g.relation().equals("obj")
                        || g.relation().equals("obl:in"))
                .map(g -> s.token(g.governor()))
                .filter(help -> help.pos().startsWith("VB") && HELPING.contains(help.lemma().toLowerCase(Locale.ROOT)))
                .flatMap(help -> s.governorOf(help.index())
                        .filter(g -> g.relation().equals("xcomp") || g.relation().startsWith("advcl")))
                .map(g -> s.token(g.governor()))
                .filter(go -> go.pos().startsWith("VB") && CONVERGING.contains(go.lemma().toLowerCase(Locale.ROOT)))
                .map(go -> placesOn(context, s, go, GOING_TO))
                .orElse(List.of());
    }

    private static final Set<String> PORTIONS = Set.of("one", "some", "many", "most", "hundreds", "thousands",
            "dozens", "group", "number");

    /**
     * "one of 500 Ostrovian children who have been evacuated to a clinic in Redvale": people of one nation taken to a
     * place elsewhere come from their own country. Only for an evacuation that names no origin anywhere; people
     * evacuated home ("A nationals were flown to their capital") are of the country they go to and tell nothing.
     */
    static java.util.Optional<String> evacueesCountry(ExtractionContext context, Sentence s, Token cue,
                                                    List<String> destinations) {
        if (!cue.pos().startsWith("VB") || destinations.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Integer> evacuees = new ArrayList<>();
        s.dependentsOf(cue.index()).stream()
                .filter(d -> d.relation().equals("obj") || d.relation().startsWith("nsubj:pass"))
                .forEach(d -> evacuees.add(d.dependent()));
        s.governorOf(cue.index()).filter(g -> g.relation().equals("acl:relcl") || g.relation().equals("acl"))
                .ifPresent(g -> evacuees.add(g.governor()));
        for (int noun : List.copyOf(evacuees)) {
            if (s.token(noun).pos().equals("CD") || PORTIONS.contains(s.token(noun).word().toLowerCase(Locale.ROOT))) {
                s.dependentsOf(noun).stream().filter(d -> d.relation().equals("nmod:of"))
                        .forEach(d -> evacuees.add(d.dependent()));
            }
        }
        for (int noun : evacuees) {
            for (Dependency d : s.dependentsOf(noun)) {
                Token adjective = s.token(d.dependent());
                // the tagger knows the common demonyms only; the gazetteer knows them all ("Motswana")
                boolean nationality = adjective.ner().equals("NATIONALITY")
                        || context.gazetteer().byDemonym(adjective.word()).isPresent();
                if (!(d.relation().equals("amod") || d.relation().equals("compound")) || !nationality) {
                    continue;
                }
                java.util.Optional<String> country = context.countryByDemonym(adjective.word());
                if (country.isPresent() && !destinations.contains(country.get())) {
                    return country;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> placesOn(ExtractionContext context, Sentence s, Token verb, Set<String> relations) {
        List<String> places = new ArrayList<>();
        for (Dependency d : s.dependentsOf(verb.index())) {
            if (relations.contains(d.relation()) && !EvacuationPlaces.isLandmark(s, d.dependent())) {
                places.addAll(EvacuationPlaces.namedPlaces(context, s, d.dependent()));
            }
        }
        return places;
    }
}
