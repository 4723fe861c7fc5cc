package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evacuations: each distinct origin ("evacuations from X", "safe passage of evacuees from A and B to C", "leave X")
 * makes one evacuation; mentions that name no origin join the article's main one. Its destination, the actors that
 * facilitate or obstruct it, and its status come from the same clauses.
 */
public final class EvacuationExtractor implements Extractor {

    private final Lexicon cues = Lexicon.named("evacuation-cues");
    private final Lexicon people = Lexicon.named("evacuation-people");
    private final Lexicon statuses = Lexicon.named("evacuation-status");
    private final Lexicon speechVerbs = Lexicon.named("speech-verbs");
    private final EvacuationStatus statusRules = new EvacuationStatus();
    private final EvacuationParticipants participantRules = new EvacuationParticipants();

    @Override
    public String name() {
        return "evacuation";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Set.of("ner", "depparse");
    }

    @Override
    public void extract(ExtractionContext context) {
        Map<String, Evacuation> byOrigin = new LinkedHashMap<>();
        Map<Integer, List<Cue>> cuesBySentence = new java.util.HashMap<>();
        List<Cue> withoutOrigin = new ArrayList<>();
        List<QuoteSpan> quotes = QuoteFinder.find(context.text());
        for (Sentence s : context.sentences()) {
            List<Cue> inSentence = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (isCue(s, t, quotes)) {
                    inSentence.add(new Cue(s, t, origins(context, s, t), destinations(context, s, t)));
                }
            }
            List<Cue> located = withSentenceOrigin(inSentence);
            cuesBySentence.put(s.index(), located);
            for (Cue cue : located) {
                if (cue.origins.isEmpty()) {
                    withoutOrigin.add(cue);
                } else {
                    String originKey = String.join("|", cue.origins.stream().map(context::labelOf).sorted().toList());
                    byOrigin.computeIfAbsent(originKey, k -> new Evacuation()).cues.add(cue);
                }
            }
        }
        // buses and convoys alone, going nowhere named, are transport news rather than an evacuation
        if (byOrigin.isEmpty() && withoutOrigin.stream().allMatch(this::isVehicleMention)) {
            return;
        }
        joinRegionalToLocal(context, byOrigin);
        List<Cue> statusOnly = operationStatusSentences(context, quotes);
        Evacuation main = byOrigin.values().stream()
                .max((a, b) -> Integer.compare(a.cues.size(), b.cues.size()))
                .orElseGet(() -> byOrigin.computeIfAbsent("", k -> new Evacuation()));
        main.cues.addAll(withoutOrigin);
        main.cues.addAll(statusOnly);
        for (Evacuation evacuation : byOrigin.values()) {
            write(context, evacuation, evacuation == main, cuesBySentence);
        }
    }

    private static final Set<String> REGION_TYPES = Set.of("COUNTRY", "STATE_OR_PROVINCE");

    /**
     * "patients evacuated from war-affected areas of eastern A" beside "26 patients from B and C": in an article that
     * tells one evacuation from towns or sites, one that names only a country or province is the same operation told
     * from further away, and joins it; beside several, it may be any of them, and stays apart.
     */
    private static void joinRegionalToLocal(ExtractionContext context, Map<String, Evacuation> byOrigin) {
        Map<String, Evacuation> regional = new LinkedHashMap<>();
        byOrigin.forEach((key, evacuation) -> {
            if (evacuation.cues.stream().allMatch(c -> c.origins.stream().allMatch(o -> isRegion(context, c, o)))) {
                regional.put(key, evacuation);
            }
        });
        List<Evacuation> local = byOrigin.entrySet().stream()
                .filter(e -> !regional.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        if (local.size() != 1) {
            return;
        }
        regional.forEach((key, evacuation) -> {
            local.get(0).cues.addAll(evacuation.cues);
            byOrigin.remove(key);
        });
    }

    private static boolean isRegion(ExtractionContext context, Cue cue, String place) {
        if (context.kindOf(place) == EntityKind.COUNTRY) {
            return true;
        }
        Sentence s = cue.sentence;
        return s.tokens().stream().anyMatch(t -> REGION_TYPES.contains(t.ner())
                && context.entityAt(s.index(), t.index()).filter(place::equals).isPresent());
    }

    private boolean isVehicleMention(Cue cue) {
        return "transport".equals(cues.get(cue.token.lemma())) && cue.token.pos().startsWith("NN");
    }

    /**
     * "The evacuation from A resumed, and the surviving buses drove on to B": a mention that names no origin, in a
     * sentence whose other mentions all name the same one, is about that evacuation.
     */
    private static List<Cue> withSentenceOrigin(List<Cue> inSentence) {
        Set<List<String>> named = new LinkedHashSet<>();
        inSentence.stream().filter(c -> !c.origins.isEmpty()).forEach(c -> named.add(c.origins));
        if (named.size() != 1) {
            return inSentence;
        }
        List<String> origins = named.iterator().next();
        return inSentence.stream()
                .map(c -> c.origins.isEmpty() ? new Cue(c.sentence, c.token, origins, c.destinations) : c)
                .toList();
    }

    private void write(ExtractionContext context, Evacuation evacuation, boolean main,
                       Map<Integer, List<Cue>> cuesBySentence) {
        Set<String> origins = new LinkedHashSet<>();
        evacuation.cues.forEach(c -> origins.addAll(c.origins));
        String label = origins.isEmpty() ? "Evacuation" : "Evacuation from "
                + String.join(" and ", origins.stream().map(context::labelOf).toList());
        String key = context.event(EntityKind.EVACUATION, label);
        evacuation.key = key;
        if (main) {
            context.setAttribute(key, "main", "true");
        }
        EvacuationStatus.Status latest = null;
        for (Cue cue : evacuation.cues) {
            context.markTokens(cue.sentence.index(), cue.token.index(), cue.token.index() + 1, key);
            for (String origin : cue.origins) {
                context.addFact(key, "from", origin, context.evidence(cue.sentence.index(), 0.8, "evacuation/from"));
            }
            for (String destination : cue.destinations) {
                if (!origins.contains(destination)) {
                    context.addFact(key, "to", destination, context.evidence(cue.sentence.index(), 0.8, "evacuation/to"));
                }
            }
            participantRules.participants(context, cue, key, cuesBySentence.getOrDefault(cue.sentence.index(), List.of()));
            if (!evacuation.evacueesWritten) {
                evacuation.evacueesWritten = evacuees(context, cue, key);
            }
            Optional<EvacuationStatus.Status> status = statusRules.status(cue);
            if (status.isPresent() && (latest == null || status.get().supersedes(latest))) {
                latest = status.get();
            }
        }
        if (latest != null) {
            context.addFact(key, "status", new FactValue.Individual(capitalised(latest.name())),
                    context.evidence(latest.sentence(), 0.7, "evacuation/status-" + latest.name()));
        }
    }

    /**
     * "The most recent agreement has been halted", "shelling delayed the start of the operation": a status verb whose
     * subject or object is the deal or operation, in a sentence that names no evacuation itself, reports on the
     * article's main evacuation.
     */
    private List<Cue> operationStatusSentences(ExtractionContext context, List<QuoteSpan> quotes) {
        List<Cue> found = new ArrayList<>();
        for (Sentence s : context.sentences()) {
            if (s.tokens().stream().anyMatch(t -> isCue(s, t, quotes))) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (statuses.get(t.lemma()) == null || !t.pos().startsWith("VB")) {
                    continue;
                }
                s.dependentsOf(t.index()).stream()
                        .filter(d -> (d.relation().startsWith("nsubj") || d.relation().equals("obj"))
                                && EvacuationStatus.isOperation(s, d.dependent()))
                        .findFirst()
                        .ifPresent(d -> found.add(new Cue(s, s.token(d.dependent()), List.of(), List.of())));
            }
        }
        return found;
    }

    private static final Set<String> NOT_PART_OF_WHO = Set.of("acl", "acl:relcl", "punct", "nmod:from", "nmod:in",
            "nmod:to", "nmod:at", "appos");

    /**
     * Who is moved: the people evacuated ("evacuate wounded and sick people", "civilians were evacuated", "allow
     * fighters to leave"), in the article's words, and how many when a number says so ("2,500 people"). Returns
     * whether the cue named them.
     */
    private static boolean evacuees(ExtractionContext context, Cue cue, String evacuation) {
        Sentence s = cue.sentence;
        Token verb = cue.token;
        String lemma = verb.lemma().toLowerCase(java.util.Locale.ROOT);
        Optional<Dependency> people = s.dependentsOf(verb.index()).stream()
                .filter(d -> (lemma.equals("evacuate") || lemma.equals("escort")) && d.relation().equals("obj")
                        || lemma.equals("evacuate") && d.relation().equals("nsubj:pass")
                        || lemma.equals("leave") && d.relation().equals("nsubj:xsubj"))
                .findFirst();
        if (people.isEmpty() || !verb.pos().startsWith("VB")) {
            return false;
        }
        Set<Integer> phrase = new java.util.TreeSet<>();
        java.util.Deque<Integer> todo = new java.util.ArrayDeque<>(List.of(people.get().dependent()));
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (phrase.add(t)) {
                s.dependentsOf(t).stream().filter(d -> !NOT_PART_OF_WHO.contains(d.relation())
                        && !d.relation().equals("ref")).forEach(d -> todo.push(d.dependent()));
            }
        }
        int first = ((java.util.TreeSet<Integer>) phrase).first();
        int last = ((java.util.TreeSet<Integer>) phrase).last();
        Token head = s.token(people.get().dependent());
        if (head.pos().startsWith("PRP") || head.pos().startsWith("W")) {
            return false;
        }
        Evidence evidence = context.evidence(s.index(), 0.7, "evacuation/evacuees");
        context.addFact(evacuation, "evacuees", FactValue.Literal.string(s.span(first, last + 1)), evidence);
        for (int t : phrase) {
            Token token = s.token(t);
            String digits = token.word().replace(",", "");
            if (token.pos().equals("CD") && digits.matches("\\d{1,7}")) {
                context.addFact(evacuation, "evacueeCount",
                        new FactValue.Literal(digits, QuoteExtractor.XSD_INTEGER), evidence);
                break;
            }
        }
        return true;
    }

    private boolean isCue(Sentence s, Token t, List<QuoteSpan> quotes) {
        String lemma = t.lemma().toLowerCase();
        if (t.pos().startsWith("NN") && CRAFT.contains(lemma)) {
            return carriesPeople(s, t);
        }
        if (!cues.contains(lemma)) {
            return false;
        }
        boolean verb = t.pos().startsWith("VB");
        String cueClass = cues.get(lemma);
        if ("transport".equals(cueClass)) {
            return verb ? movesPeople(s, t) || movesSomeoneAway(s, t)
                    : t.pos().startsWith("NN") && !carriesGoodsOrOnePerson(s, t);
        }
        if ("movement".equals(cueClass)) {
            return verb && (movesPeople(s, t) && hasDirection(s, t) || movesSomeoneAway(s, t));
        }
        return switch (lemma) {
            // "safe passage" only; "the passage of a law" is no evacuation
            case "passage" -> t.index() > 1 && s.token(t.index() - 1).lemma().equalsIgnoreCase("safe");
            // people leaving a named place ("leave the city", "leave the eastern districts"); not a plane taking
            // off, nor a promise ("they will leave the country once ...")
            case "leave" -> s.dependentsOf(t.index()).stream()
                    .anyMatch(d -> d.relation().equals("obj") || d.relation().equals("ccomp"))
                    && !ExtractionContext.hasModal(s, t) && !isQuoted(t, quotes) && !craftLeaving(s, t);
            case "escort" -> s.dependentsOf(t.index()).stream().anyMatch(d -> d.relation().startsWith("obl:out"));
            default -> true;
        };
    }

    private static final Set<String> GOODS = Set.of("aid", "food", "supply", "supplies", "humanitarian", "relief",
            "fuel", "medicine", "cargo", "truck", "lorry", "weapon", "military", "troop");
    static final Set<String> CRAFT = Set.of("plane", "aircraft", "jet", "flight", "helicopter", "ship",
            "boat", "vessel", "train", "ferry", "frigate", "warship", "airliner");
    /** "take in some of the families" is receiving them, "took over" is seizing; only moving them counts. */
    private static final Set<String> MOVING_PARTICLES = Set.of("out", "away", "off");

    /** "aid convoys", "a convoy of trucks carrying food", "the envoy's departure": no one is evacuated. */
    private static boolean carriesGoodsOrOnePerson(Sentence s, Token noun) {
        for (Dependency d : s.dependentsOf(noun.index())) {
            Token modifier = s.token(d.dependent());
            String rel = d.relation();
            boolean describes = rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:of")
                    || rel.equals("nmod:poss");
            if (describes && (GOODS.contains(modifier.lemma().toLowerCase()) || "PERSON".equals(modifier.ner()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CARRYING = Set.of("carry", "transport", "bring", "ferry");

    /** "a vessel carrying 349 nationals", "planes bringing the wounded": a ship or plane with people on board. */
    private boolean carriesPeople(Sentence s, Token craft) {
        return s.dependentsOf(craft.index()).stream()
                .filter(d -> d.relation().startsWith("acl") && CARRYING.contains(s.token(d.dependent()).lemma()))
                .anyMatch(d -> s.dependentsOf(d.dependent()).stream()
                        .anyMatch(o -> o.relation().equals("obj") && isPeople(s.token(o.dependent()))));
    }

    /** A movement verb that moves people: "civilians were bussed", "flew 500 residents", "Many were flown". */
    private boolean movesPeople(Sentence s, Token verb) {
        boolean otherParticle = s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> d.relation().equals("compound:prt")
                        && !MOVING_PARTICLES.contains(s.token(d.dependent()).lemma().toLowerCase()));
        return !otherParticle && s.dependentsOf(verb.index()).stream()
                .filter(d -> d.relation().equals("obj") || d.relation().startsWith("nsubj:pass"))
                .anyMatch(d -> isPeople(s.token(d.dependent())));
    }

    /**
     * "X was airlifted to B", "X was transferred from the hospital in A": one named person moved away from a place is
     * evacuated too; "took X to court" names no place left.
     */
    /** A person by name or by office ("the former minister"). */
    private static final Set<String> ONE_PERSON = Set.of("PERSON", "TITLE");

    private static boolean movesSomeoneAway(Sentence s, Token verb) {
        List<Dependency> dependents = s.dependentsOf(verb.index());
        boolean person = dependents.stream()
                .anyMatch(d -> (d.relation().equals("obj") || d.relation().startsWith("nsubj:pass"))
                        && ONE_PERSON.contains(s.token(d.dependent()).ner()));
        return person && dependents.stream().anyMatch(d -> d.relation().equals("obl:from"));
    }

    private boolean isPeople(Token noun) {
        // "Egyptians were driven to": a people by its demonym, which the tagger often leaves as MISC
        boolean nationals = noun.pos().equals("NNPS")
                && Gazetteer.standard().byDemonym(noun.word()).isPresent();
        return people.contains(noun.lemma()) || people.contains(noun.word()) || "NATIONALITY".equals(noun.ner())
                || nationals;
    }

    /**
     * "taken to B", "moved from A", "flown out": a movement verb says where; without it ("took 20 people hostage",
     * "fighters were moved") it tells no journey.
     */
    private static boolean hasDirection(Sentence s, Token verb) {
        return movesOut(s, verb) || s.dependentsOf(verb.index()).stream().map(Dependency::relation)
                .anyMatch(r -> r.equals("obl:to") || r.equals("obl:from") || r.equals("obl:into")
                        || r.equals("obl:towards") || r.equals("compound:prt"));
    }

    /** "carried 500 people out of the city", "were brought out": moving people out of somewhere. */
    private static boolean movesOut(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> d.relation().startsWith("obl:out") || d.relation().equals("compound:prt")
                        && s.token(d.dependent()).lemma().equalsIgnoreCase("out"));
    }

    private static boolean isQuoted(Token t, List<QuoteSpan> quotes) {
        return quotes.stream().anyMatch(q -> q.begin() <= t.begin() && t.end() <= q.end());
    }

    /** "the last transport plane had left the airport": an aircraft departing says nothing of who it carried. */
    private static boolean craftLeaving(Sentence s, Token leave) {
        return s.dependentsOf(leave.index()).stream()
                .anyMatch(d -> d.relation().equals("nsubj")
                        && CRAFT.contains(s.token(d.dependent()).lemma().toLowerCase()));
    }

    private List<String> origins(ExtractionContext context, Sentence s, Token cue) {
        List<String> origins = new ArrayList<>();
        List<Token> heads = new ArrayList<>(clauseHeads(s, cue));
        heads.addAll(misattachedToSpeech(s, cue));
        for (Token head : heads) {
            List<String> moversOwn = moversOrigins(context, s, head);
            origins.addAll(moversOwn);
            for (Dependency d : s.dependentsOf(head.index())) {
                String rel = d.relation();
                boolean leftPlace = (rel.equals("obj") || rel.equals("ccomp"))
                        && head.lemma().equalsIgnoreCase("leave") && moversOwn.isEmpty();
                // "the evacuation of A": of a place, not of its people; "evacuations in A"
                boolean evacuationOf = (rel.equals("nmod:of") || rel.equals("nmod:in")) && head == cue
                        && EVACUATION_NOUNS.contains(head.lemma().toLowerCase());
                // "the airport and a hotel were evacuated", "evacuated their homes in A": what is emptied
                boolean emptied = (rel.equals("obj") || rel.startsWith("nsubj:pass")) && head == cue
                        && head.lemma().equalsIgnoreCase("evacuate") && !isPeople(s.token(d.dependent()));
                // "towns including A and B were placed under evacuation orders", "the order was expanded to A"
                boolean underOrder = rel.startsWith("nsubj:pass") && head != cue && PLACING.contains(head.lemma())
                        || rel.equals("nsubj") && head != cue && ISSUING.contains(head.lemma())
                        || rel.equals("obl:to") && head != cue && EXTENDING.contains(head.lemma());
                if (rel.equals("obl:from") || rel.equals("nmod:from") || rel.startsWith("obl:out") || leftPlace
                        || evacuationOf || emptied || underOrder) {
                    origins.addAll(EvacuationPlaces.namedPlaces(context, s, d.dependent()));
                }
                // "docked in B after a two-day voyage from A"
                boolean journey = JOURNEYS.contains(s.token(d.dependent()).lemma().toLowerCase());
                if (journey && (rel.startsWith("obl:") || rel.startsWith("nmod:"))) {
                    s.dependentsOf(d.dependent()).stream().filter(j -> j.relation().equals("nmod:from"))
                            .forEach(j -> origins.addAll(EvacuationPlaces.namedPlaces(context, s, j.dependent())));
                }
            }
        }
        return origins.stream().distinct().toList();
    }

    /**
     * Where the movers come from, said of the movers themselves: "rebels and civilians from A are being taken to
     * B", "residents of A are being moved", "the convoy from A left B for C" (B is then only a stop on the way).
     */
    private List<String> moversOrigins(ExtractionContext context, Sentence s, Token verb) {
        if (!verb.pos().startsWith("VB")) {
            return List.of();
        }
        List<String> origins = new ArrayList<>();
        for (Dependency d : s.dependentsOf(verb.index())) {
            Token mover = s.token(d.dependent());
            // "residents of A were told to leave", "residents evacuated": those who leave are movers too
            boolean moved = d.relation().equals("obj") || d.relation().startsWith("nsubj:pass")
                    || d.relation().startsWith("nsubj") && LEAVING.contains(verb.lemma().toLowerCase());
            boolean transport = d.relation().equals("nsubj") && "transport".equals(cues.get(mover.lemma()));
            if (!(moved && isPeople(mover) || transport)) {
                continue;
            }
            for (Dependency m : s.dependentsOf(mover.index())) {
                boolean ofPlace = (m.relation().equals("nmod:of") || m.relation().equals("nmod:in"))
                        && RESIDENTS.contains(mover.lemma().toLowerCase());
                if (m.relation().equals("nmod:from") || ofPlace) {
                    origins.addAll(EvacuationPlaces.namedPlaces(context, s, m.dependent()));
                }
            }
        }
        return origins;
    }

    private static final Set<String> JOURNEYS = Set.of("crossing", "voyage", "journey", "trip", "flight", "sailing");

    private static final Set<String> LEAVING = Set.of("leave", "evacuate", "flee");
    /** "placed under evacuation orders", and an order "expanded to" more places, which it then empties too. */
    private static final Set<String> PLACING = Set.of("place", "put");
    /** "A issued an evacuation order": a place that orders its own evacuation. */
    private static final Set<String> ISSUING = Set.of("issue", "declare", "announce", "impose");
    private static final Set<String> EXTENDING = Set.of("expand", "extend", "widen", "broaden");

    private static final Set<String> EVACUATION_NOUNS = Set.of("evacuation", "airlift");

    private static final Set<String> RESIDENTS = Set.of("resident", "inhabitant", "people", "civilian", "population");

    private List<String> destinations(ExtractionContext context, Sentence s, Token cue) {
        List<String> destinations = new ArrayList<>();
        List<Token> heads = new ArrayList<>(clauseHeads(s, cue));
        // "from A to B" is often parsed with B hanging off A; "Many were flown to A, and others to B" with the
        // elided clause as loose dependents of the verb
        for (Token head : clauseHeads(s, cue)) {
            s.dependentsOf(head.index()).stream()
                    .filter(d -> d.relation().equals("obl:from") || d.relation().equals("nmod:from"))
                    .forEach(d -> heads.add(s.token(d.dependent())));
        }
        heads.addAll(EvacuationStatus.arrivalOfCarried(s, cue));
        heads.addAll(misattachedToSpeech(s, cue));
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
                boolean reached = DEPARTING.contains(verb) && rel.equals("obl:for")
                        || verb.equals("reach") && rel.equals("obj")
                        || ARRIVING_IN.contains(verb) && (rel.equals("obl:in") || rel.equals("obl:at"));
                // "issued an evacuation order to residents": who is told, not where they go
                boolean toPeople = isPeople(s.token(d.dependent())) && !s.token(d.dependent()).properNoun();
                if ((towards || reached) && !EXTENDING.contains(verb) && !toPeople) {
                    destinations.addAll(EvacuationPlaces.namedPlaces(context, s, d.dependent()));
                    List<String> around = EvacuationPlaces.placesAround(context, s, d.dependent());
                    destinations.addAll(around);
                    if (around.isEmpty() && EvacuationPlaces.isFacility(context, s, d.dependent())) {
                        destinations.addAll(EvacuationPlaces.siblingLocation(context, s, head));
                    }
                }
                // "evacuees bound for B"; a convoy bound for a besieged town is more often going to fetch people
                boolean boundPeople = isPeople(head) && (rel.startsWith("acl") || rel.equals("amod"))
                        && s.token(d.dependent()).word().equalsIgnoreCase("bound");
                if (boundPeople) {
                    s.dependentsOf(d.dependent()).stream().filter(b -> b.relation().equals("obl:for"))
                            .forEach(b -> destinations.addAll(EvacuationPlaces.namedPlaces(context, s, b.dependent())));
                }
            }
        }
        return destinations.stream().distinct().toList();
    }

    private static final Set<String> DEPARTING = Set.of("leave", "depart", "head");
    static final Set<String> ARRIVING_IN = Set.of("arrive", "dock", "land");
    private static final Set<String> ARRIVING = Set.of("reach", "arrive", "drive", "travel", "continue", "proceed");

    /** The cue itself and, for a noun, the verb whose clause it sits in ("evacuation arrangements have bussed ..."). */
    static List<Token> clauseHeads(Sentence s, Token cue) {
        List<Token> heads = new ArrayList<>();
        heads.add(cue);
        Token current = cue;
        for (int hop = 0; hop < 2; hop++) {
            Optional<Dependency> up = s.governorOf(current.index());
            if (up.isEmpty() || current.pos().startsWith("VB") && isOwnClause(up.get().relation())) {
                break;
            }
            current = s.token(up.get().governor());
            heads.add(current);
            if (current.pos().startsWith("VB")) {
                break;
            }
        }
        return heads;
    }

    /**
     * "X carried 137 evacuees from A to B, a company spokesman told reporters" is often parsed with "from A to B" on
     * the verb of speech set beside the clause; a verb of speech takes no journey, so it is the cue's.
     */
    private List<Token> misattachedToSpeech(Sentence s, Token cue) {
        return s.dependentsOf(cue.index()).stream()
                .filter(d -> d.relation().equals("parataxis") && speechVerbs.contains(s.token(d.dependent()).lemma()))
                .map(d -> s.token(d.dependent()))
                .toList();
    }

    /** "driven from A, while others will be flown home from B": B's clause tells its own journey, not A's. */
    private static boolean isOwnClause(String relation) {
        return relation.startsWith("advcl") || relation.startsWith("conj") || relation.equals("parataxis");
    }

    private static String capitalised(String status) {
        return Character.toUpperCase(status.charAt(0)) + status.substring(1);
    }

    record Cue(Sentence sentence, Token token, List<String> origins, List<String> destinations) {}

    private static final class Evacuation {
        final List<Cue> cues = new ArrayList<>();
        String key;
        boolean evacueesWritten;
    }
}
