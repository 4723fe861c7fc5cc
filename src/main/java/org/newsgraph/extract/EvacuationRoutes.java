package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;


/** Where an evacuation mention says the evacuees come from and go to. */
final class EvacuationRoutes {

    private final EvacuationCues cues;
    private final EvacuationDestinations destinationRules;

    EvacuationRoutes(EvacuationCues cues) {
        this.cues = cues;
        this.destinationRules = new EvacuationDestinations(cues);
    }

    List<String> destinations(ExtractionContext context, Sentence s, Token cue) {
        return destinationRules.destinations(context, s, cue);
    }

    /** Kept here for the status rules, which tell an arrival by the same verbs. */
    static final Set<String> ARRIVING_IN = EvacuationDestinations.ARRIVING_IN;

    List<String> origins(ExtractionContext context, Sentence s, Token cue) {
        if (EvacuationReturns.stayLeft(s, cue).isPresent()) {
            return EvacuationReturns.home(context, s, cue);
        }
        List<String> origins = new ArrayList<>();
        List<Token> heads = new ArrayList<>(EvacuationExtractor.clauseHeads(s, cue));
        heads.addAll(destinationRules.misattachedToSpeech(s, cue));
        origins.addAll(gerundObject(context, s, cue));
        origins.addAll(EvacuationSiteOrigins.of(context, s, cue, cues));
        if (cue.pos().startsWith("NN") && cues.isTransport(cue)) {
            origins.addAll(carriedFrom(context, s, cue));
        }
        origins.addAll(whereRelative(context, s, cue));
        // "Hundreds of tourists stranded in A are being evacuated" is also parsed with "stranded" as the root and the
        // evacuation loose on it
        s.governorOf(cue.index())
                .filter(g -> g.relation().equals("dep") && HELD.contains(s.token(g.governor()).lemma().toLowerCase()))
                .map(g -> s.token(g.governor()))
                .filter(held -> heldPeople(s, held))
                .ifPresent(held -> origins.addAll(heldIn(context, s, held)));
        EvacuationDestinations.fetchedFrom(s, cue)
                .forEach(i -> origins.addAll(EvacuationPlaces.namedPlaces(context, s, i)));
        for (Token head : heads) {
            List<String> moversOwn = moversOrigins(context, s, head);
            origins.addAll(moversOwn);
            for (Dependency d : s.dependentsOf(head.index())) {
                String rel = d.relation();
                // "Thousands flee as cyclone bears down on A" is parsed with the danger's clause as a complement: only
                // "leave" takes a misparsed place there
                boolean leftPlace = (rel.equals("obj") || rel.equals("ccomp") && head.lemma().equalsIgnoreCase("leave"))
                        && (head.lemma().equalsIgnoreCase("leave") || head.lemma().equalsIgnoreCase("flee"))
                        && moversOwn.isEmpty();
                // "the evacuation of A": of a place, not of its people; "evacuations in A", "the A evacuation"
                boolean evacuationOf = (rel.equals("nmod:of") || rel.equals("nmod:in")
                        || rel.equals("compound") && placeBeforeNoun(s, head, d.dependent()))
                        && head == cue
                        && EVACUATION_NOUNS.contains(head.lemma().toLowerCase());
                // "the airport and a hotel were evacuated", "evacuated their homes in A": what is emptied
                boolean emptied = (rel.equals("obj") || rel.startsWith("nsubj:pass") || rel.equals("nsubj") && isOrderedState(s, cue))
                        && head == cue
                        && head.lemma().equalsIgnoreCase("evacuate") && !cues.isPeople(s.token(d.dependent()))
                        && !EvacuationNotOrigins.isAdverbialHome(s, d.dependent());
                // "the town's evacuation": a town, not a country, that owns its evacuation is the place emptied; "France's
                // evacuation of its citizens" is the country that runs it
                boolean possessor = rel.equals("nmod:poss") && head == cue
                        && EVACUATION_NOUNS.contains(head.lemma().toLowerCase())
                        && s.dependentsOf(head.index()).stream().noneMatch(o -> o.relation().equals("nmod:of")
                        || o.relation().equals("nmod:from"))
                        && EvacuationPlaces.placeAt(context, s, d.dependent())
                        .filter(p -> context.kindOf(p) != EntityKind.COUNTRY).isPresent();
                // "towns including A and B were placed under evacuation orders", "the order was expanded to A"
                boolean underOrder = rel.startsWith("nsubj:pass") && head != cue && PLACING.contains(head.lemma())
                        || rel.equals("nsubj") && head != cue && ISSUING.contains(head.lemma())
                        && !EvacuationNotOrigins.isPersonNamed(s, d.dependent())
                        && heads.stream().noneMatch(h -> h.index() == d.dependent())
                        || rel.equals("obl:to") && head != cue && EXTENDING.contains(head.lemma());
                // "two hospitals, A and B, had to evacuate": a site that evacuates empties itself
                boolean vacated = rel.equals("nsubj") && head == cue && head.lemma().equalsIgnoreCase("evacuate")
                        && !isOrderedState(s, cue)
                        && !hasObject(s, head) && isSiteSubject(context, s, d.dependent());
                // "sent 130 patients at A to B": where a journey with a destination starts
                boolean startedAt = rel.equals("obl:at") && head == cue && head.pos().startsWith("VB")
                        && hasObject(s, head) && s.dependentsOf(head.index()).stream()
                        .anyMatch(o -> o.relation().equals("obl:to"));
                // "the evacuation order for A", "the voluntary order for A"
                boolean orderFor = rel.equals("nmod:for") && ORDER_NOUNS.contains(head.lemma().toLowerCase())
                        && (head == cue || cue.lemma().equalsIgnoreCase("evacuation"));
                // "evacuated families trapped in A" is often parsed with "trapped" loose on the verb
                Token loose = s.token(d.dependent());
                if (rel.equals("dep") && head == cue && HELD.contains(loose.lemma().toLowerCase())
                        && s.dependentsOf(loose.index()).stream().anyMatch(h -> h.relation().startsWith("nsubj")
                        && cues.isPeople(s.token(h.dependent())))) {
                    origins.addAll(heldIn(context, s, loose));
                }
                // "Evacuations were ordered in A", "an evacuation order was issued for the town of A", "mandatory
                // evacuations are in place for A": where the evacuation or its order, as subject, is ordered; a
                // headline set in title case cannot tell "in a Texas city" from a city's name
                boolean orderedIn = head != cue && !EvacuationPlaces.isTitleCase(s) && (rel.equals("obl:in") || rel.equals("obl:for")
                        || rel.equals("nmod:for") && head.lemma().equalsIgnoreCase("place"))
                        && (ORDERED.contains(head.lemma().toLowerCase()) && head.pos().startsWith("VB")
                        || head.lemma().equalsIgnoreCase("place"))
                        && hasSubjectAmong(s, head, heads);
                // "the evacuation zone around A", "the evacuation area near A"
                boolean zone = head != cue && head.pos().startsWith("NN") && ZONES.contains(head.lemma().toLowerCase())
                        && ZONE_PLACES.contains(rel) && !isWhereTaken(s, head);
                // "A evacuees arrived in B"
                boolean evacueesOf = head == cue && rel.equals("compound") && cue.lemma().equalsIgnoreCase("evacuee")
                        && EvacuationPlaces.placeAt(context, s, d.dependent()).isPresent();
                // "The evacuation of X continued close to Mount A": a mountain or a plant the evacuation goes on by is
                // where the people are taken from; a town "near" which it goes on is only where it happens
                boolean byLandmark = head != cue && head.pos().startsWith("VB") && NEARBY.contains(rel)
                        && EVACUATION_NOUNS.contains(cue.lemma().toLowerCase())
                        && s.dependentsOf(head.index()).stream().anyMatch(h -> h.relation().startsWith("nsubj")
                        && h.dependent() == cue.index())
                        && EvacuationPlaces.isLandmark(s, d.dependent());
                if (orderedIn || zone || evacueesOf || byLandmark) {
                    origins.addAll(EvacuationPlaces.namedPlaces(context, s, d.dependent()));
                }
                // "evacuated between the towns of A and B": the stretch of coast or road between them is emptied
                boolean between = rel.equals("obl:between") && head == cue && head.pos().startsWith("VB");
                if (vacated) {
                    // only the sites the subject names: "hospitals" in a misparsed headline reaches any name
                    EvacuationPlaces.namedPlaces(context, s, d.dependent()).stream()
                            .filter(p -> EvacuationSites.isSiteName(context.labelOf(p)))
                            .forEach(origins::add);
                } else if ((rel.equals("obl:from") || rel.equals("nmod:from") || EvacuationCues.isOutOf(rel) || leftPlace
                        || evacuationOf || emptied || underOrder || startedAt || orderFor || between || possessor)
                        && !EvacuationNotOrigins.notLeftFrom(s, head, d)) {
                    List<String> named = EvacuationPlaces.namedPlaces(context, s, d.dependent());
                    origins.addAll(named);
                    // "evacuated about 600 homes in A", "fled their homes in A" are often parsed with "in A" on the verb
                    if (named.isEmpty() && (emptied || leftPlace) && DWELLINGS.contains(s.token(d.dependent()).lemma().toLowerCase())) {
                        s.dependentsOf(head.index()).stream().filter(l -> l.relation().equals("obl:in"))
                                .forEach(l -> origins.addAll(EvacuationPlaces.namedPlaces(context, s, l.dependent())));
                    }
                }
                // "docked in B after a two-day voyage from A"
                boolean journey = JOURNEYS.contains(s.token(d.dependent()).lemma().toLowerCase());
                if (journey && (rel.startsWith("obl:") || rel.startsWith("nmod:"))) {
                    s.dependentsOf(d.dependent()).stream().filter(j -> j.relation().equals("nmod:from"))
                            .forEach(j -> origins.addAll(EvacuationPlaces.namedPlaces(context, s, j.dependent())));
                }
            }
        }
        if (origins.isEmpty()) {
            origins.addAll(EvacuationSettings.origins(context, s, cue));
        }
        return origins.stream().distinct().toList();
    }

    /**
     * "Officials ordered A evacuated", "declared the town evacuated": a participle whose subject is the small clause of
     * a verb of ordering or declaring says what is to be emptied.
     */
    private static boolean isOrderedState(Sentence s, Token cue) {
        return cue.pos().equals("VBN") && s.governorOf(cue.index())
                .filter(g -> (g.relation().equals("xcomp") || g.relation().equals("dep"))
                        && DECLARING.contains(s.token(g.governor()).lemma().toLowerCase()))
                .isPresent();
    }

    /** "buses carrying residents of A", "a convoy carrying people from A": where the people carried come from. */
    private List<String> carriedFrom(ExtractionContext context, Sentence s, Token vehicle) {
        List<String> origins = new ArrayList<>();
        s.dependentsOf(vehicle.index()).stream()
                .filter(d -> d.relation().startsWith("acl") && s.token(d.dependent()).pos().startsWith("VB"))
                .flatMap(d -> s.dependentsOf(d.dependent()).stream())
                .filter(o -> o.relation().equals("obj") && cues.isPeople(s, s.token(o.dependent())))
                .flatMap(o -> s.dependentsOf(o.dependent()).stream())
                .filter(m -> m.relation().equals("nmod:from") || m.relation().equals("nmod:of")
                        && RESIDENTS.contains(s.token(m.governor()).lemma().toLowerCase()))
                .forEach(m -> origins.addAll(EvacuationPlaces.namedPlaces(context, s, m.dependent())));
        return origins;
    }

    private static final Set<String> DECLARING = Set.of("order", "declare", "want");

    /** "The fire reached A, where 5,000 people were evacuated": the place the clause hangs on is the one emptied. */
    private static List<String> whereRelative(ExtractionContext context, Sentence s, Token cue) {
        // "B, where evacuees were taken": a place people are taken to is no origin
        boolean where = cue.pos().startsWith("VB")
                && !EvacuationDestinations.WHERE_TAKEN.contains(cue.lemma().toLowerCase(java.util.Locale.ROOT))
                && s.dependentsOf(cue.index()).stream()
                .anyMatch(d -> d.relation().equals("advmod") && s.token(d.dependent()).word().equalsIgnoreCase("where"));
        if (!where) {
            return List.of();
        }
        return s.governorOf(cue.index()).filter(d -> d.relation().equals("acl:relcl"))
                .map(d -> EvacuationPlaces.namedPlaces(context, s, d.governor())).orElse(List.of());
    }

    /** "Evacuating A took three days": the parser often hangs a gerund on the place it empties as a modifier. */
    private static List<String> gerundObject(ExtractionContext context, Sentence s, Token cue) {
        if (!cue.pos().equals("VBG") || !cue.lemma().equalsIgnoreCase("evacuate")) {
            return List.of();
        }
        return s.governorOf(cue.index())
                .filter(g -> g.relation().equals("amod") && g.governor() > cue.index())
                .filter(g -> EvacuationPlaces.placeAt(context, s, g.governor()).isPresent())
                .map(g -> EvacuationPlaces.namedPlaces(context, s, g.governor()))
                .orElse(List.of());
    }

    /** The subject of {@code verb} is the cue or a noun it hangs on ("an evacuation order was issued"). */
    private static boolean hasSubjectAmong(Sentence s, Token verb, List<Token> heads) {
        return s.dependentsOf(verb.index()).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                && heads.stream().anyMatch(h -> h.index() == d.dependent()));
    }

    /** "moved to an evacuation area in B": a zone people are taken to is a destination, not what they leave. */
    private static boolean isWhereTaken(Sentence s, Token zone) {
        return s.governorOf(zone.index()).map(d -> !(d.relation().startsWith("nsubj") || d.relation().equals("obj")))
                .orElse(false);
    }

    /** Verbs whose subject, an evacuation or its order, is ordered or begun somewhere. */
    private static final Set<String> ORDERED = Set.of("order", "issue", "declare", "impose", "announce", "begin",
            "start", "recommend");
    private static final Set<String> NEARBY = Set.of("obl:close_to", "obl:near", "obl:around", "obl:next_to");
    private static final Set<String> ZONES = Set.of("zone", "area", "radius", "perimeter");
    private static final Set<String> ZONE_PLACES = Set.of("nmod:around", "nmod:near", "nmod:in", "nmod:for", "nmod:of");

    /** The held verb's subject is people, or a count of them: "tourists stranded", "scores of travellers stranded". */
    private boolean heldPeople(Sentence s, Token held) {
        return s.dependentsOf(held.index()).stream().filter(h -> h.relation().equals("nsubj"))
                .map(h -> s.token(h.dependent()))
                .anyMatch(subject -> cues.isPeople(subject) || s.dependentsOf(subject.index()).stream()
                        .anyMatch(o -> o.relation().equals("nmod:of") && cues.isPeople(s.token(o.dependent()))));
    }

    private static List<String> heldIn(ExtractionContext context, Sentence s, Token held) {
        List<String> places = new ArrayList<>();
        // "stranded by the floods in A", "trapped by rising water in A": the place is told of what holds them
        s.dependentsOf(held.index()).stream().filter(h -> h.relation().equals("obl:by"))
                .flatMap(h -> s.dependentsOf(h.dependent()).stream())
                .filter(h -> h.relation().equals("nmod:in"))
                .forEach(h -> places.addAll(EvacuationPlaces.namedPlaces(context, s, h.dependent())));
        s.dependentsOf(held.index()).stream()
                .filter(h -> h.relation().equals("obl:in") || h.relation().equals("obl:at")
                        || EvacuationSiteOrigins.SPREAD_ABOUT.contains(h.relation())
                        || h.relation().equals("obl:near") && !EvacuationPlaces.isLandmark(s, h.dependent()))
                .forEach(h -> places.addAll(EvacuationPlaces.namedPlaces(context, s, h.dependent())));
        return places;
    }

    private static boolean hasObject(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream().anyMatch(d -> d.relation().equals("obj"));
    }

    /** A subject that is a site rather than people or an actor: "the hospitals", "A General Hospital". */
    private boolean isSiteSubject(ExtractionContext context, Sentence s, int subject) {
        Token t = s.token(subject);
        if (cues.isPeople(t) || t.pos().startsWith("PRP")) {
            return false;
        }
        Optional<String> named = context.entityAt(s.index(), subject);
        return named.isEmpty() ? !t.properNoun() : EvacuationPlaces.placeAt(context, s, subject).isPresent();
    }

    /**
     * Where the movers come from, said of the movers themselves: "rebels and civilians from A are being taken to
     * B", "residents of A are being moved", "the convoy from A left B for C" (B is then only a stop on the way).
     */
    /** "remained under evacuation orders", "were placed under a mandatory order": those under it are to move. */
    private static boolean underOrder(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream().anyMatch(d -> d.relation().equals("obl:under")
                && ORDER_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase()));
    }

    List<String> moversOrigins(ExtractionContext context, Sentence s, Token verb) {
        if (!verb.pos().startsWith("VB")) {
            return List.of();
        }
        List<String> origins = new ArrayList<>();
        for (Dependency d : s.dependentsOf(verb.index())) {
            Token mover = s.token(d.dependent());
            // "Tourists stranded in A are being evacuated" is parsed with "stranded" as the clausal subject and the
            // tourists as its own subject: where they are held is still what they leave
            if (d.relation().startsWith("csubj") && HELD.contains(mover.lemma().toLowerCase()) && heldPeople(s, mover)) {
                origins.addAll(heldIn(context, s, mover));
                continue;
            }
            // "residents of A were told to leave", "residents evacuated": those who leave are movers too
            // "villagers on A were facing their second evacuation": those who face or await it are movers too
            boolean moved = d.relation().equals("obj") || d.relation().startsWith("nsubj:pass")
                    || d.relation().startsWith("nsubj") && (LeavingVerbs.is(LeavingVerbs.Kind.MOVER, verb.lemma())
                    || FACING.contains(verb.lemma().toLowerCase()) && facesEvacuation(s, verb)
                    // "5,000 people from A are staying in evacuation centres in B"
                    || EvacuationDestinations.STAYING.contains(verb.lemma().toLowerCase())
                    // "Thousands of residents of A sought refuge in B"
                    || cues.seeksRefuge(s, verb)
                    // "residents of A remained under evacuation orders"
                    || underOrder(s, verb));
            boolean transport = d.relation().startsWith("nsubj") && cues.isTransport(mover);
            if (!(moved && cues.isPeople(mover) || transport)) {
                continue;
            }
            if (transport) {
                origins.addAll(carriedFrom(context, s, mover));
            }
            for (Dependency m : s.dependentsOf(mover.index())) {
                // "residents of A", "villagers on A", "patients at A", "A residents"
                boolean ofPlace = (m.relation().equals("nmod:of") || m.relation().equals("nmod:in")
                        || m.relation().equals("nmod:on") || m.relation().equals("nmod:at")
                        || m.relation().equals("nmod:near") && !EvacuationPlaces.isLandmark(s, m.dependent())
                        || m.relation().equals("compound") && EvacuationPlaces.placeAt(context, s, m.dependent()).isPresent()
                        // "800 people in ground zero, the village of A, were evacuated"
                        || m.relation().equals("appos") && !cues.isPeople(s.token(m.dependent())))
                        && RESIDENTS.contains(mover.lemma().toLowerCase());
                if ((m.relation().equals("nmod:from") || ofPlace) && !EvacuationNotOrigins.isNationalityList(s, m.dependent())) {
                    origins.addAll(EvacuationPlaces.namedPlaces(context, s, m.dependent()));
                }
                // "families who fled A took refuge in B": what the movers left
                if (m.relation().startsWith("acl") && m.dependent() != verb.index()
                        && LeavingVerbs.is(LeavingVerbs.Kind.MOVER, s.token(m.dependent()).lemma())) {
                    s.dependentsOf(m.dependent()).stream()
                            .filter(l -> l.relation().equals("obj") || l.relation().equals("obl:from")
                                    || EvacuationCues.isOutOf(l.relation()))
                            .forEach(l -> origins.addAll(EvacuationPlaces.namedPlaces(context, s, l.dependent())));
                }
                // "patients stranded in A", "families trapped in A": where the movers are held is what they leave
                if (m.relation().startsWith("acl") && HELD.contains(s.token(m.dependent()).lemma().toLowerCase())) {
                    origins.addAll(heldIn(context, s, s.token(m.dependent())));
                }
            }
        }
        return origins;
    }

    /**
     * "the A evacuation": a name set before the noun, with a determiner that shows where the phrase starts; in a
     * headline's "Mass evacuations in A" the capital is the headline's, not a name's.
     */
    private static boolean placeBeforeNoun(Sentence s, Token noun, int modifier) {
        return s.token(modifier).properNoun()
                && s.dependentsOf(noun.index()).stream().anyMatch(d -> d.relation().equals("det"));
    }

    private static final Set<String> JOURNEYS = Set.of("crossing", "voyage", "journey", "trip", "flight", "sailing");

    private static final Set<String> DWELLINGS = Set.of("home", "house", "household", "apartment", "building",
            "property", "dwelling", "residence");
    /** "face evacuation", "await evacuation": verbs whose subject is to be moved. */
    static final Set<String> FACING = Set.of("face", "await");
    /** Where movers are held or live: "patients stranded in A", "people living near A". */
    private static final Set<String> HELD = Set.of("strand", "trap", "stick", "besiege", "shelter", "live", "reside");

    private static boolean facesEvacuation(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> d.relation().equals("obj") && EVACUATION_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase()));
    }
    /** "placed under evacuation orders", and an order "expanded to" more places, which it then empties too. */
    private static final Set<String> PLACING = Set.of("place", "put");
    /** "A issued an evacuation order": a place that orders its own evacuation. */
    private static final Set<String> ISSUING = Set.of("issue", "declare", "announce", "impose");
    static final Set<String> EXTENDING = Set.of("expand", "extend", "widen", "broaden");

    private static final Set<String> EVACUATION_NOUNS = Set.of("evacuation", "airlift");
    private static final Set<String> ORDER_NOUNS = Set.of("order", "warning", "notice", "directive");

    private static final Set<String> RESIDENTS = Set.of("resident", "inhabitant", "people", "person", "civilian", "population",
            "villager", "patient", "student", "family");
}
