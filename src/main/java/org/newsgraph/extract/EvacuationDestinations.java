package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where an evacuation mention says the evacuees go: the destination phrases of its clause and of the journey's next leg. */
final class EvacuationDestinations {

    private final EvacuationCues cues;
    private final Lexicon speechVerbs = Lexicon.named("speech-verbs");

    EvacuationDestinations(EvacuationCues cues) {
        this.cues = cues;
    }

    List<String> destinations(ExtractionContext context, Sentence s, Token cue) {
        Optional<Integer> stayLeft = EvacuationReturns.stayLeft(s, cue);
        if (stayLeft.isPresent()) {
            return EvacuationReturns.stay(context, s, stayLeft.get());
        }
        List<String> destinations = new ArrayList<>();
        List<Token> heads = new ArrayList<>(EvacuationExtractor.clauseHeads(s, cue));
        // "from A to B" is often parsed with B hanging off A; "Many were flown to A, and others to B" with the
        // elided clause as loose dependents of the verb
        for (Token head : EvacuationExtractor.clauseHeads(s, cue)) {
            s.dependentsOf(head.index()).stream()
                    .filter(d -> d.relation().equals("obl:from") || d.relation().equals("nmod:from")
                            || EvacuationCues.isOutOf(d.relation()))
                    .forEach(d -> heads.add(s.token(d.dependent())));
        }
        // "evacuees continue to pour into B": the movers are the subject of a verb the clause's verb controls
        if (cue.pos().startsWith("NN") && cues.isPeople(cue)) {
            s.dependencies().stream()
                    .filter(d -> d.dependent() == cue.index() && d.relation().equals("nsubj:xsubj"))
                    .forEach(d -> heads.add(s.token(d.governor())));
        }
        heads.addAll(EvacuationStatus.arrivalOfCarried(s, cue));
        heads.addAll(misattachedToSpeech(s, cue));
        heads.addAll(onwardLegs(s, EvacuationExtractor.clauseHeads(s, cue)));
        heads.addAll(EvacuationJourneyLegs.arrivalsOfDescribed(s, EvacuationExtractor.clauseHeads(s, cue)));
        heads.addAll(EvacuationJourneyLegs.arrivalsAlong(s, EvacuationExtractor.clauseHeads(s, cue)));
        heads.addAll(EvacuationJourneyLegs.withClauses(s, EvacuationExtractor.clauseHeads(s, cue), cues));
        heads.addAll(expectedArrivals(s, List.copyOf(heads)));
        // "were brought back to B", "flown home to B": the destination hangs on the adverb
        List<Token> adverbs = new ArrayList<>();
        for (Token head : heads) {
            s.dependentsOf(head.index()).stream()
                    .filter(d -> d.relation().equals("advmod") && RETURNING.contains(s.token(d.dependent()).lemma().toLowerCase()))
                    .forEach(d -> adverbs.add(s.token(d.dependent())));
        }
        heads.addAll(adverbs);
        for (Dependency loose : s.dependentsOf(cue.index())) {
            // "left the plant and reached B": the journey's next leg shares its movers
            String looseLemma = s.token(loose.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
            if (loose.relation().startsWith("conj") && ARRIVING.contains(looseLemma)) {
                heads.add(s.token(loose.dependent()));
            }
            if (loose.relation().equals("dep")) {
                heads.add(s.token(loose.dependent()));
                s.dependentsOf(loose.dependent()).stream().filter(d -> d.relation().equals("dep"))
                        .forEach(d -> heads.add(s.token(d.dependent())));
            }
        }
        for (Token head : heads) {
            String verb = head.lemma().toLowerCase(java.util.Locale.ROOT);
            for (Dependency d : s.dependentsOf(head.index())) {
                String rel = d.relation();
                boolean towards = rel.equals("obl:to") || rel.equals("nmod:to") || rel.equals("obl:towards")
                        || rel.equals("nmod:towards") || rel.equals("obl:into") || rel.equals("nmod:into");
                // "left A for B", "reached B", "arrived in B", "the ship docked in B"
                // "set sail for B", "the convoy set off for B"
                boolean setSail = verb.equals("set") && s.dependentsOf(head.index()).stream()
                        .anyMatch(o -> o.relation().equals("obj") && s.token(o.dependent()).lemma().equalsIgnoreCase("sail")
                                || o.relation().equals("compound:prt") && SETTING_OUT.contains(s.token(o.dependent()).lemma().toLowerCase()));
                boolean reached = (LeavingVerbs.is(LeavingVerbs.Kind.SETTING_OFF, verb) || setSail) && rel.equals("obl:for")
                        || verb.equals("reach") && rel.equals("obj")
                        || EvacuationJourneyLegs.isArrivalWord(head) && head != cue
                        && (rel.equals("nmod:at") || rel.equals("nmod:in") || rel.equals("obl:at") || rel.equals("obl:in"))
                        || (rel.equals("obl:at") || rel.equals("obl:in"))
                        && EvacuationJourneyLegs.arrivalJustBefore(s, head, d.dependent())
                        || ARRIVING_IN.contains(verb) && (rel.equals("obl:in") || rel.equals("obl:at")
                        || rel.equals("nmod:in") && isDueNoun(s, head))
                        || (head != cue && STAYING.contains(verb) || givesShelter(s, head))
                        && (rel.equals("obl:in") || rel.equals("obl:at"))
                        && !HOMES.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT));
                // "issued an evacuation order to residents": who is told, not where they go
                boolean toPeople = cues.isPeople(s.token(d.dependent())) && !s.token(d.dependent()).properNoun();
                if ((towards || reached) && !EvacuationRoutes.EXTENDING.contains(verb) && !toPeople) {
                    destinations.addAll(EvacuationPlaces.namedPlaces(context, s, d.dependent()));
                    List<String> around = EvacuationPlaces.placesAround(context, s, d.dependent());
                    destinations.addAll(around);
                    if (around.isEmpty() && (EvacuationPlaces.isFacility(context, s, d.dependent())
                            || EvacuationSites.isNamedSite(context, s, d.dependent()))) {
                        destinations.addAll(EvacuationPlaces.siblingLocation(context, s, head));
                    }
                }
                // "evacuees bound for B"; a convoy bound for a besieged town is more often going to fetch people
                boolean boundPeople = cues.isPeople(head) && (rel.startsWith("acl") || rel.equals("amod"))
                        && s.token(d.dependent()).word().equalsIgnoreCase("bound");
                // "left A aboard a ship bound for B": the craft the movers travel in goes where they go; "a convoy
                // of evacuees bound for B" is parsed with "bound" heading the clause
                boolean boundCraft = (rel.equals("obl:aboard") || rel.equals("obl:on") || rel.equals("obl:by"))
                        && cues.isTransport(s.token(d.dependent())) || CRAFT_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase())
                        && (rel.equals("obl:aboard") || rel.equals("obl:on"));
                if (boundCraft) {
                    s.dependentsOf(d.dependent()).stream()
                            .filter(b -> (b.relation().startsWith("acl") || b.relation().equals("amod"))
                                    && s.token(b.dependent()).word().equalsIgnoreCase("bound"))
                            .flatMap(b -> s.dependentsOf(b.dependent()).stream())
                            .filter(b -> b.relation().equals("obl:for"))
                            .forEach(b -> destinations.addAll(EvacuationPlaces.namedPlaces(context, s, b.dependent())));
                }
                // "evacuated on charter flights to B", "taken to the airport for flights to B", "boarded a flight to B"
                Token carrier = s.token(d.dependent());
                boolean craftTo = (CRAFT_NOUNS.contains(carrier.lemma().toLowerCase()) || cues.isTransport(carrier))
                        && (rel.equals("obl:on") || rel.equals("obl:aboard") || rel.equals("obl:for") || rel.equals("obl:by")
                        || rel.equals("obj") && verb.equals("board"));
                if (craftTo) {
                    s.dependentsOf(d.dependent()).stream().filter(b -> b.relation().equals("nmod:to"))
                            .forEach(b -> destinations.addAll(EvacuationPlaces.namedPlaces(context, s, b.dependent())));
                }
                boolean boundCarrier = head.word().equalsIgnoreCase("bound") && rel.equals("obl:for")
                        && s.dependentsOf(head.index()).stream().anyMatch(n -> n.relation().startsWith("nsubj")
                        && carriesPeople(s, s.token(n.dependent())));
                if (boundCarrier) {
                    destinations.addAll(EvacuationPlaces.namedPlaces(context, s, d.dependent()));
                }
                // "the ship left A on Monday, bound for B": the journey's clause goes on with where it is bound
                boolean boundJourney = head.pos().startsWith("VB") && (rel.equals("dep") || rel.equals("obl") || rel.startsWith("advcl")
                        || rel.equals("xcomp")) && s.token(d.dependent()).word().equalsIgnoreCase("bound");
                if (boundPeople || boundJourney) {
                    s.dependentsOf(d.dependent()).stream().filter(b -> b.relation().equals("obl:for"))
                            .forEach(b -> destinations.addAll(EvacuationPlaces.namedPlaces(context, s, b.dependent())));
                }
            }
        }
        destinations.addAll(evacueesStaying(context, s, cue));
        destinations.addAll(shelterPlaces(context, s, cue));
        destinations.addAll(whereTaken(context, s, cue));
        List<String> fetchedFrom = fetchedFrom(s, cue).stream()
                .flatMap(i -> EvacuationPlaces.namedPlaces(context, s, i).stream()).toList();
        return destinations.stream().filter(d -> !fetchedFrom.contains(d)).distinct().toList();
    }

    /** Verbs that take people somewhere or keep them there: the place they happen at is where the evacuees went. */
    static final Set<String> WHERE_TAKEN = Set.of("take", "bring", "send", "bus", "ferry", "fly", "airlift", "transport",
            "truck", "ship", "carry", "arrive", "land", "dock", "house", "shelter", "stay", "lodge", "accommodate",
            "relocate");

    /**
     * "B, where evacuees from A were taken, opened two shelters": a place whose "where" clause tells evacuees taken or
     * housed there is their destination (what is emptied "where" is the origin).
     */
    private static List<String> whereTaken(ExtractionContext context, Sentence s, Token cue) {
        List<String> places = new ArrayList<>();
        for (Token head : EvacuationExtractor.clauseHeads(s, cue)) {
            boolean where = head.pos().startsWith("VB") && WHERE_TAKEN.contains(head.lemma().toLowerCase(java.util.Locale.ROOT))
                    && s.dependentsOf(head.index()).stream().anyMatch(d -> d.relation().equals("advmod")
                    && s.token(d.dependent()).word().equalsIgnoreCase("where"));
            if (where) {
                s.governorOf(head.index()).filter(d -> d.relation().equals("acl:relcl"))
                        .ifPresent(d -> places.addAll(EvacuationPlaces.namedPlaces(context, s, d.governor())));
            }
        }
        return places;
    }

    private static final Set<String> SENDING = Set.of("send", "dispatch", "despatch", "deploy");

    /**
     * "sent two planes to A to evacuate its citizens": craft or crews sent to a place so as to evacuate people go
     * there to fetch them, so the place is where the evacuation starts; unless the evacuating clause names its own
     * starting point ("sent a ship to B to evacuate people from A").
     */
    static List<Integer> fetchedFrom(Sentence s, Token cue) {
        if (!cue.pos().startsWith("VB") || s.dependentsOf(cue.index()).stream()
                .anyMatch(d -> d.relation().equals("obl:from") || EvacuationCues.isOutOf(d.relation()))) {
            return List.of();
        }
        Optional<Dependency> up = s.governorOf(cue.index())
                .filter(d -> d.relation().equals("xcomp") || d.relation().startsWith("advcl") || d.relation().startsWith("acl"));
        if (up.isEmpty()) {
            return List.of();
        }
        Token above = s.token(up.get().governor());
        // "will send a plane to A to evacuate them" is often parsed with the purpose on the craft or on the place
        if (above.pos().startsWith("NN")) {
            Optional<Dependency> sent = s.governorOf(above.index())
                    .filter(d -> (d.relation().equals("obl:to") || d.relation().equals("obj"))
                            && isSending(s.token(d.governor())));
            if (sent.isEmpty()) {
                return List.of();
            }
            if (sent.get().relation().equals("obl:to")) {
                return List.of(above.index());
            }
            above = s.token(sent.get().governor());
        }
        if (!isSending(above)) {
            return List.of();
        }
        return s.dependentsOf(above.index()).stream().filter(d -> d.relation().equals("obl:to"))
                .map(Dependency::dependent).toList();
    }

    private static boolean isSending(Token verb) {
        return verb.pos().startsWith("VB") && SENDING.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Evacuees in B were given food": those already evacuated are where they were taken. Only the word for people
     * moved says so; "residents in A" are where they live.
     */
    private static List<String> evacueesStaying(ExtractionContext context, Sentence s, Token cue) {
        if (!cue.pos().startsWith("NN") || !cue.lemma().equalsIgnoreCase("evacuee") || s.dependentsOf(cue.index()).stream()
                .anyMatch(d -> d.relation().equals("nmod:from") || d.relation().equals("compound")
                        && s.token(d.dependent()).properNoun())) {
            return List.of();
        }
        List<String> places = new ArrayList<>();
        s.dependentsOf(cue.index()).stream()
                .filter(d -> d.relation().equals("nmod:in") || d.relation().equals("nmod:at"))
                .forEach(d -> places.addAll(EvacuationPlaces.namedPlaces(context, s, d.dependent())));
        return places;
    }

    /** The buildings an evacuation names as where its people are housed: "an evacuation centre", "evacuation shelters". */
    private static final Set<String> SHELTER_HEADS = Set.of("centre", "center", "shelter", "camp", "site", "facility");

    /**
     * "An evacuation centre has been set up at B", "evacuation shelters in B were full": the place of the shelter an
     * evacuation is named for is where the evacuees go, not where they leave.
     */
    private static List<String> shelterPlaces(ExtractionContext context, Sentence s, Token cue) {
        Optional<Integer> shelter = s.governorOf(cue.index())
                .filter(g -> g.relation().equals("compound") && g.governor() > cue.index())
                .map(Dependency::governor)
                .filter(g -> SHELTER_HEADS.contains(s.token(g).lemma().toLowerCase(java.util.Locale.ROOT)));
        if (shelter.isEmpty()) {
            return List.of();
        }
        List<Integer> settings = new ArrayList<>();
        s.dependentsOf(shelter.get()).stream()
                .filter(d -> d.relation().equals("nmod:at") || d.relation().equals("nmod:in"))
                .forEach(d -> settings.add(d.dependent()));
        s.governorOf(shelter.get()).filter(g -> g.relation().startsWith("nsubj") || g.relation().equals("obj"))
                .ifPresent(g -> s.dependentsOf(g.governor()).stream()
                        .filter(d -> d.relation().equals("obl:at") || d.relation().equals("obl:in"))
                        .forEach(d -> settings.add(d.dependent())));
        List<String> places = new ArrayList<>();
        for (int setting : settings) {
            places.addAll(EvacuationPlaces.namedPlaces(context, s, setting));
            if (EvacuationPlaces.namedPlaces(context, s, setting).isEmpty()
                    && (EvacuationPlaces.isFacility(context, s, setting) || EvacuationSites.isNamedSite(context, s, setting))) {
                context.entityAt(s.index(), setting).ifPresent(places::add);
            }
        }
        return places;
    }

    private static final Set<String> RETURNING = Set.of("back", "home");
    private static final Set<String> CRAFT_NOUNS = Set.of("ship", "ferry", "boat", "vessel", "plane", "aircraft", "flight",
            "train", "bus", "convoy", "helicopter");

    /** People, or a craft or convoy "of" people: "a convoy of evacuees", "a ship with 300 passengers". */
    private boolean carriesPeople(Sentence s, Token noun) {
        return cues.isPeople(s, noun) || (CRAFT_NOUNS.contains(noun.lemma().toLowerCase()) || cues.isTransport(noun))
                && s.dependentsOf(noun.index()).stream().anyMatch(d -> (d.relation().equals("nmod:of")
                || d.relation().equals("nmod:with") || d.relation().equals("acl"))
                && (cues.isPeople(s, s.token(d.dependent())) || d.relation().equals("acl")
                && s.dependentsOf(d.dependent()).stream().anyMatch(o -> o.relation().equals("obj")
                && cues.isPeople(s, s.token(o.dependent())))));
    }

    /**
     * "evacuated 800 people from A and brought them to B", "people ordered to leave A have arrived in B": the next leg
     * of the same journey, a verb of carrying or arriving joined to the clause, whose own object, if any, is the
     * movers.
     */
    private List<Token> onwardLegs(Sentence s, List<Token> clauseHeads) {
        List<Token> legs = new ArrayList<>();
        for (Token head : clauseHeads) {
            // "people ordered to leave A have arrived in B" is parsed with the leaving as the arrival's subject clause
            s.governorOf(head.index())
                    .filter(g -> g.relation().equals("csubj") && ONWARD.contains(s.token(g.governor()).lemma().toLowerCase(java.util.Locale.ROOT)))
                    .ifPresent(g -> legs.add(s.token(g.governor())));
            for (Dependency d : s.dependentsOf(head.index())) {
                Token leg = s.token(d.dependent());
                String legLemma = leg.lemma().toLowerCase(java.util.Locale.ROOT);
                // "evacuated from A and housed at a school in B": where the movers stay next is where they went
                // "were evacuated on Monday; most went to B": a clause set beside it whose subject counts the movers
                boolean besideCounted = d.relation().equals("parataxis") && s.dependentsOf(leg.index()).stream()
                        .anyMatch(n -> n.relation().equals("nsubj") || n.relation().equals("advmod"))
                        && s.dependentsOf(leg.index()).stream()
                        .filter(n -> n.relation().equals("nsubj") || n.relation().equals("advmod"))
                        .allMatch(n -> SHARE_OF_MOVERS.contains(s.token(n.dependent()).lemma().toLowerCase(java.util.Locale.ROOT)));
                if (!(d.relation().startsWith("conj") || d.relation().equals("dep") || besideCounted) || !leg.pos().startsWith("VB")
                        || !ONWARD.contains(legLemma) && !STAYING.contains(legLemma)) {
                    continue;
                }
                boolean ownMovers = s.dependentsOf(leg.index()).stream()
                        .filter(o -> o.relation().equals("obj") || o.relation().startsWith("nsubj:pass"))
                        .allMatch(o -> cues.isPeople(s, s.token(o.dependent())) || s.token(o.dependent()).pos().startsWith("PRP"));
                if (ownMovers) {
                    legs.add(leg);
                }
            }
        }
        return legs;
    }

    /**
     * "The evacuees, due to arrive in B later today, ...", "a ship carrying evacuees is due to dock in B", "are expected
     * to reach B": an arrival still to come says where the journey goes as well as one that happened.
     */
    private static List<Token> expectedArrivals(Sentence s, List<Token> heads) {
        List<Token> arrivals = new ArrayList<>();
        for (Token head : heads) {
            List<Token> expecting = new ArrayList<>();
            if (EXPECTING.contains(head.word().toLowerCase(java.util.Locale.ROOT))) {
                expecting.add(head);
            }
            s.dependentsOf(head.index()).stream()
                    .filter(d -> !d.relation().startsWith("nsubj") && !d.relation().equals("obj"))
                    .map(d -> s.token(d.dependent()))
                    .filter(t -> EXPECTING.contains(t.word().toLowerCase(java.util.Locale.ROOT)))
                    .forEach(expecting::add);
            // "The evacuees, due to arrive in B", read with "due to" as one preposition
            s.dependentsOf(head.index()).stream()
                    .filter(d -> d.relation().equals("acl:due_to"))
                    .map(d -> s.token(d.dependent()))
                    .filter(t -> ONWARD.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)))
                    .forEach(arrivals::add);
            for (Token expected : expecting) {
                s.dependentsOf(expected.index()).stream()
                        .filter(d -> d.relation().equals("xcomp"))
                        .map(d -> s.token(d.dependent()))
                        .filter(t -> ONWARD.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)))
                        .forEach(arrivals::add);
            }
        }
        return arrivals;
    }

    /** "is due to dock in B" is often parsed with "dock" a noun after the preposition "due to". */
    private static boolean isDueNoun(Sentence s, Token head) {
        return head.pos().startsWith("NN") && s.dependentsOf(head.index()).stream()
                .anyMatch(d -> d.relation().equals("case") && s.token(d.dependent()).word().equalsIgnoreCase("due"));
    }

    private static final Set<String> EXPECTING = Set.of("due", "expected", "scheduled", "set");

    private static final Set<String> SETTING_OUT = Set.of("off", "out");

    /** Words that stand for the movers, or a share of them, as the subject of a clause set beside the move. */
    private static final Set<String> SHARE_OF_MOVERS = Set.of("most", "many", "some", "other", "others", "all", "they",
            "few", "half", "majority");
    static final Set<String> ONWARD = Set.of("reach", "arrive", "drive", "travel", "continue", "proceed", "land", "go",
            "dock", "bring", "take", "carry", "fly", "ferry", "transfer", "move", "bus", "airlift", "transport", "ship",
            "send", "truck");

    static final Set<String> ARRIVING_IN = Set.of("arrive", "dock", "land");
    /**
     * "People evacuated from A were sheltering at a school in B", "the evacuees were housed in B": where the movers
     * of the clause stay is where they were taken; not where they stay at home.
     */
    static final Set<String> STAYING = Set.of("shelter", "stay", "house", "lodge", "accommodate", "camp");
    private static final Set<String> HOMES = Set.of("home", "house", "place");
    private static final Set<String> SHELTER_NOUNS = Set.of("shelter", "refuge", "sanctuary");

    /** "Evacuees from A were given shelter in B", "found refuge in B": the shelter is where they went. */
    private static boolean givesShelter(Sentence s, Token verb) {
        return verb.pos().startsWith("VB") && s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> d.relation().equals("obj")
                        && SHELTER_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT)));
    }
    private static final Set<String> ARRIVING = Set.of("reach", "arrive", "drive", "travel", "continue", "proceed");

    /**
     * "X carried 212 evacuees from A to B, a company spokesman told reporters" is often parsed with "from A to B" on
     * the verb of speech set beside the clause; a verb of speech takes no journey, so it is the cue's.
     */
    List<Token> misattachedToSpeech(Sentence s, Token cue) {
        return EvacuationExtractor.clauseHeads(s, cue).stream()
                .flatMap(head -> s.dependentsOf(head.index()).stream())
                .filter(d -> d.relation().equals("parataxis") && speechVerbs.contains(s.token(d.dependent()).lemma()))
                .map(d -> s.token(d.dependent()))
                .toList();
    }
}
