package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Origins that no "from" names outright: a named site that evacuates its own people ("A Medical Center started to
 * evacuate patients"), and unnamed spots people are taken from, told by the place they lie along ("rescued people
 * from rooftops along the A river").
 */
final class EvacuationSiteOrigins {

    private EvacuationSiteOrigins() {
    }

    /**
     * "living within 30 km of A", "who live on the slopes of A", "stranded along the A river": people spread about a
     * place, not in it, are still taken from it.
     */
    static final Set<String> SPREAD_ABOUT = Set.of("obl:within", "obl:on", "obl:along", "obl:across");

    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj");

    /** Verbs of starting and going on, which the parser often leaves unlinked to the evacuation they govern. */
    private static final Set<String> ASPECTUAL = Set.of("start", "begin", "continue", "resume");

    static List<String> of(ExtractionContext context, Sentence s, Token cue, EvacuationCues cues) {
        List<String> origins = new ArrayList<>(selfEvacuating(context, s, cue, cues));
        origins.addAll(alongUnnamedSpots(context, s, cue, cues));
        origins.addAll(whereEnforced(context, s, cue));
        origins.addAll(dangerApproached(context, s, cue, cues));
        return origins;
    }

    /** Verbs of a danger coming to a place: "as the fire approached A", "as flood waters threatened A". */
    private static final Set<String> APPROACHING = Set.of("approach", "near", "threaten", "reach", "encroach",
            "engulf", "menace", "hit", "bear", "close", "advance", "head");

    /** How the place such a verb comes to is attached: "approached A", "bore down on A", "headed toward A". */
    private static final Set<String> APPROACHED = Set.of("obj", "obl:on", "obl:toward", "obl:towards", "obl:to",
            "obl:upon");

    /**
     * "Thousands were evacuated as the fire approached A", "forced evacuations as the river threatened A": the place
     * the danger comes to is the place people leave, told in the clause that gives the reason for leaving.
     */
    private static List<String> dangerApproached(ExtractionContext context, Sentence s, Token cue, EvacuationCues cues) {
        List<String> places = new ArrayList<>();
        for (Token head : EvacuationExtractor.clauseHeads(s, cue)) {
            for (Dependency clause : s.dependentsOf(head.index())) {
                Token verb = s.token(clause.dependent());
                if (!clause.relation().startsWith("advcl") || !verb.pos().startsWith("VB")
                        || !APPROACHING.contains(verb.lemma().toLowerCase(Locale.ROOT))
                        || s.dependentsOf(verb.index()).stream().noneMatch(d -> d.relation().equals("nsubj")
                        && cues.isDanger(s.token(d.dependent())))) {
                    continue;
                }
                s.dependentsOf(verb.index()).stream().filter(d -> APPROACHED.contains(d.relation()))
                        .forEach(d -> places.addAll(EvacuationPlaces.namedPlaces(context, s, d.dependent())));
            }
        }
        return places;
    }

    private static final Set<String> EVACUATION_NOUNS = Set.of("evacuation", "airlift");

    /** How a clause goes on to what it is for: "fanned out ... to try to enforce an evacuation". */
    private static final Set<String> PURPOSE = Set.of("xcomp", "advcl", "advcl:to");

    /**
     * "Troops fanned out across the slopes of Mount A to enforce a mass evacuation of villagers": the mountain those
     * carrying out the evacuation spread over is what the villagers leave; only a mountain, river or plant counts,
     * for troops spread across a country or a town only tell where they are.
     */
    private static List<String> whereEnforced(ExtractionContext context, Sentence s, Token cue) {
        if (!cue.pos().startsWith("NN") || !EVACUATION_NOUNS.contains(cue.lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        Optional<Dependency> object = s.governorOf(cue.index()).filter(g -> g.relation().equals("obj"));
        if (object.isEmpty()) {
            return List.of();
        }
        List<String> places = new ArrayList<>();
        int verb = object.get().governor();
        for (int step = 0; step < 3 && verb > 0 && places.isEmpty(); step++) {
            for (Dependency d : s.dependentsOf(verb)) {
                if (SPREAD_ABOUT.contains(d.relation()) && landmarkPhrase(s, d.dependent())) {
                    places.addAll(EvacuationPlaces.namedPlaces(context, s, d.dependent()));
                }
            }
            int from = verb;
            verb = s.governorOf(from).filter(g -> PURPOSE.contains(g.relation())).map(Dependency::governor).orElse(0);
        }
        return places;
    }

    /** "Mount A", "the slopes of the A volcano": a landmark, or the part of one a phrase names. */
    private static boolean landmarkPhrase(Sentence s, int head) {
        return EvacuationPlaces.isLandmark(s, head) || s.dependentsOf(head).stream()
                .anyMatch(d -> d.relation().equals("nmod:of") && EvacuationPlaces.isLandmark(s, d.dependent()));
    }

    /**
     * "A Medical Center started to evacuate patients", "A Hospital began evacuating its patients": a hospital, home or
     * school that moves its own people out is where they leave from; a country or a ministry that evacuates its
     * citizens runs the evacuation instead, so only a subject named as a site counts.
     */
    private static List<String> selfEvacuating(ExtractionContext context, Sentence s, Token cue, EvacuationCues cues) {
        if (!cue.pos().startsWith("VB") || !cue.lemma().equalsIgnoreCase("evacuate")
                || s.dependentsOf(cue.index()).stream().noneMatch(d -> d.relation().equals("obj")
                && cues.isPeople(s, s.token(d.dependent())))) {
            return List.of();
        }
        List<Integer> subjects = new ArrayList<>();
        s.dependentsOf(cue.index()).stream().filter(d -> SUBJECTS.contains(d.relation()))
                .forEach(d -> subjects.add(d.dependent()));
        aspectualBefore(s, cue).ifPresent(verb -> s.dependentsOf(verb.index()).stream()
                .filter(d -> d.relation().equals("nsubj")).forEach(d -> subjects.add(d.dependent())));
        List<String> sites = new ArrayList<>();
        for (int subject : subjects) {
            EvacuationPlaces.namedPlaces(context, s, subject).stream()
                    .filter(p -> EvacuationSites.isSiteName(context.labelOf(p)))
                    .forEach(sites::add);
        }
        return sites;
    }

    /** "started evacuating", "began to evacuate": the verb of starting just before the evacuation. */
    private static Optional<Token> aspectualBefore(Sentence s, Token cue) {
        int before = cue.index() - 1;
        if (before > 1 && s.token(before).word().equalsIgnoreCase("to")) {
            before--;
        }
        if (before < 1) {
            return Optional.empty();
        }
        Token verb = s.token(before);
        return verb.pos().startsWith("VB") && ASPECTUAL.contains(verb.lemma().toLowerCase(Locale.ROOT))
                ? Optional.of(verb) : Optional.empty();
    }

    /**
     * "rescued stranded people from tree limbs and rooftops along the A and B rivers": the spots people are taken from
     * have no name, and the river or road they lie along is the parser's sibling of the "from", not its dependent.
     */
    private static List<String> alongUnnamedSpots(ExtractionContext context, Sentence s, Token cue, EvacuationCues cues) {
        if (!cue.pos().startsWith("VB")) {
            return List.of();
        }
        List<Dependency> from = s.dependentsOf(cue.index()).stream()
                .filter(d -> d.relation().equals("obl:from")).toList();
        boolean unnamedSpots = !from.isEmpty() && from.stream().map(d -> s.token(d.dependent()))
                .allMatch(t -> t.pos().startsWith("NN") && !t.properNoun() && !cues.isPeople(t)
                        && context.entityAt(s.index(), t.index()).isEmpty());
        if (!unnamedSpots || from.stream().anyMatch(d -> !EvacuationPlaces.namedPlaces(context, s, d.dependent()).isEmpty())) {
            return List.of();
        }
        List<String> places = new ArrayList<>();
        s.dependentsOf(cue.index()).stream().filter(d -> d.relation().equals("obl:along"))
                .forEach(d -> places.addAll(EvacuationPlaces.namedPlaces(context, s, d.dependent())));
        return places;
    }
}
