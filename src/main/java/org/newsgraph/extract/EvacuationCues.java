package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.Gazetteer;

import java.util.List;
import java.util.Set;


/**
 * Which words mention an evacuation, by the lexicon {@code extract/lexicon/evacuation-cues.txt}: the operation itself,
 * the people moved ({@code evacuation-people.txt}), or the means of moving them.
 */
final class EvacuationCues {

    private final Lexicon cues = Lexicon.named("evacuation-cues");
    private final Lexicon people = Lexicon.named("evacuation-people");
    private final Lexicon dangers = Lexicon.named("evacuation-dangers");

    /** A bus or convoy as a noun: transport news unless it goes somewhere named. */
    boolean isVehicle(Token token) {
        return "transport".equals(cues.get(token.lemma())) && token.pos().startsWith("NN");
    }

    /** A craft or people arriving somewhere named, which joins a report's evacuation but never founds one. */
    boolean arrivalOnly(Sentence s, Token t) {
        String lemma = t.lemma().toLowerCase();
        boolean craft = CRAFT.contains(lemma);
        return t.pos().startsWith("NN") && !cues.contains(lemma) && (craft ? !carriesPeople(s, t) : isPeople(s, t))
                && EvacuationArrivals.arrivesAtPlace(s, t, craft);
    }

    boolean isTransport(Token token) {
        return "transport".equals(cues.get(token.lemma()));
    }

    boolean isCue(Sentence s, Token t, List<QuoteSpan> quotes) {
        String lemma = t.lemma().toLowerCase();
        if (t.pos().startsWith("NN") && CRAFT.contains(lemma)) {
            return carriesPeople(s, t) || EvacuationArrivals.arrivesAtPlace(s, t, true);
        }
        if (arrivalOnly(s, t)) {
            return true;
        }
        if (t.pos().startsWith("NN") && lemma.equals("order")) {
            return isEvacuationOrder(s, t);
        }
        if (t.pos().startsWith("VB") && !ExtractionContext.hasModal(s, t) && !isQuoted(t, quotes)
                && (seeksRefuge(s, t) || forcedOut(s, t))) {
            return true;
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
            return verb && (movesPeople(s, t) && (hasDirection(s, t) || movesStranded(s, t)) || movesSomeoneAway(s, t)
                    || movesThemToPlace(s, t) && !isQuoted(t, quotes));
        }
        return switch (lemma) {
            // "safe passage" only; "the passage of a law" is no evacuation
            case "passage", "transit" -> t.index() > 1 && s.token(t.index() - 1).lemma().equalsIgnoreCase("safe");
            // "sent 130 patients at A to B", "sent the wounded out of A": sending people away from somewhere; "sent
            // aid workers to A" sends them in
            case "send" -> t.pos().startsWith("VB") && movesPeople(s, t) && s.dependentsOf(t.index()).stream()
                    .anyMatch(d -> d.relation().equals("obl:from") || d.relation().equals("obl:at") || isOutOf(d.relation())
                            || d.relation().equals("compound:prt") && MOVING_PARTICLES.contains(s.token(d.dependent()).lemma()));
            // people leaving a named place ("leave the city", "leave the eastern districts"); not a plane taking
            // off, nor a promise ("they will leave the country once ...")
            case "leave" -> (s.dependentsOf(t.index()).stream()
                    .anyMatch(d -> d.relation().equals("obj") || d.relation().equals("ccomp")) || orderedToLeave(s, t))
                    && !ExtractionContext.hasModal(s, t) && !isQuoted(t, quotes) && !craftLeaving(s, t)
                    && !leavesSomeoneToAct(s, t);
            // "residents fled A to B", "families fled to B": people fleeing to somewhere; "two million people have fled
            // the country" without a destination is an exodus rather than an evacuation, "the suspect fled" no people
            case "flee" -> t.pos().startsWith("VB") && !ExtractionContext.hasModal(s, t)
                    && s.dependentsOf(t.index()).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                    && isPeople(s, s.token(d.dependent())))
                    && (s.dependentsOf(t.index()).stream().anyMatch(d -> FLED_TO.contains(d.relation()))
                    || fleesDanger(s, t) || fleesHomes(s, t));
            case "escort" -> s.dependentsOf(t.index()).stream().anyMatch(d -> isOutOf(d.relation()));
            default -> true;
        };
    }

    /** "took refuge in B", "sought shelter in B": people finding a safe place went there. */
    private static final Set<String> REFUGE_VERBS = Set.of("take", "seek", "find");
    static final Set<String> REFUGE_NOUNS = Set.of("refuge", "shelter", "sanctuary", "safety");

    /** "Thousands of residents sought refuge in B", "families took refuge in B": people gone somewhere safe. */
    boolean seeksRefuge(Sentence s, Token verb) {
        List<Dependency> dependents = s.dependentsOf(verb.index());
        return REFUGE_VERBS.contains(verb.lemma().toLowerCase())
                && dependents.stream().anyMatch(d -> d.relation().equals("obj")
                && REFUGE_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase()))
                && dependents.stream().anyMatch(d -> d.relation().startsWith("nsubj") && isPeople(s, s.token(d.dependent())));
    }

    /**
     * "The storm forced 10,000 people out of A", "families were forced out of A by the floods", "the flood forced
     * hundreds of people from their homes".
     */
    private boolean forcedOut(Sentence s, Token verb) {
        return verb.lemma().equalsIgnoreCase("force") && movesPeople(s, verb) && (movesOut(s, verb)
                || s.dependentsOf(verb.index()).stream().anyMatch(d -> d.relation().equals("obl:from")
                && HOMES.contains(s.token(d.dependent()).lemma().toLowerCase())));
    }

    /** Where people live: fleeing or being forced from them is leaving for safety, whatever the text calls the danger. */
    private static final Set<String> HOMES = Set.of("home", "house");

    /**
     * "Residents fled A as the wildfire approached", "villagers fled their homes after the eruption": people fleeing a
     * fire, flood, eruption or spill are evacuating, told by the danger named in the clause; "the suspect fled the
     * scene" and an exodus from a war name none.
     */
    private boolean fleesDanger(Sentence s, Token flee) {
        java.util.Deque<int[]> todo = new java.util.ArrayDeque<>();
        s.dependentsOf(flee.index()).stream()
                .filter(d -> !d.relation().startsWith("nsubj") && !d.relation().equals("conj") && !d.relation().equals("ref"))
                .forEach(d -> todo.add(new int[]{d.dependent(), 0}));
        // "were forced to flee their homes following a flood", "floods forced thousands to flee": the danger is told on
        // the verb that forces the flight, or is what forces it
        s.governorOf(flee.index()).filter(g -> g.relation().equals("xcomp")).ifPresent(g ->
                s.dependentsOf(g.governor()).stream()
                        .filter(d -> d.relation().startsWith("obl") || d.relation().startsWith("advcl")
                                || d.relation().equals("nsubj"))
                        .forEach(d -> todo.add(new int[]{d.dependent(), 0})));
        while (!todo.isEmpty()) {
            int[] next = todo.poll();
            Token t = s.token(next[0]);
            if (t.pos().startsWith("NN") && dangers.contains(t.lemma().toLowerCase())) {
                return true;
            }
            if (next[1] < 2) {
                s.dependentsOf(next[0]).stream()
                        .filter(d -> !d.relation().startsWith("acl") && !d.relation().equals("ref"))
                        .forEach(d -> todo.add(new int[]{d.dependent(), next[1] + 1}));
            }
        }
        return false;
    }

    /** A fire, flood, eruption or other danger people are moved away from. */
    boolean isDanger(Token t) {
        return t.pos().startsWith("NN") && dangers.contains(t.lemma().toLowerCase());
    }

    /** "Thousands of people fled their homes in A": people leaving where they live are leaving for safety. */
    private static boolean fleesHomes(Sentence s, Token flee) {
        return s.dependentsOf(flee.index()).stream().anyMatch(d -> d.relation().equals("obj")
                && HOMES.contains(s.token(d.dependent()).lemma().toLowerCase()));
    }

    private static final Set<String> THEM = Set.of("they", "them");

    /**
     * "They were taken to B" after a sentence that tells the evacuation: a pronoun names no people, so the journey
     * counts only when it goes to a named place ("They were taken to hospital" names none).
     */
    private static boolean movesThemToPlace(Sentence s, Token verb) {
        List<Dependency> dependents = s.dependentsOf(verb.index());
        return dependents.stream().anyMatch(d -> (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
                && THEM.contains(s.token(d.dependent()).word().toLowerCase()))
                && dependents.stream().anyMatch(d -> (d.relation().equals("obl:to") || d.relation().equals("obl:into"))
                && MentionTypes.PLACE_TYPES.contains(s.token(d.dependent()).ner()));
    }

    /** Verbs that send people away: "were ordered to leave", "told residents to leave". */
    private static final Set<String> ORDERING = Set.of("order", "tell", "force", "urge", "instruct", "advise",
            "compel", "direct");

    /** "residents of A were ordered to leave", "police told people to leave": leaving, told of people, empties a place. */
    private boolean orderedToLeave(Sentence s, Token leave) {
        boolean ordered = s.governorOf(leave.index())
                .filter(d -> d.relation().equals("xcomp") && ORDERING.contains(s.token(d.governor()).lemma().toLowerCase()))
                .isPresent();
        return ordered && s.dependentsOf(leave.index()).stream()
                .anyMatch(d -> d.relation().startsWith("nsubj") && isPeople(s, s.token(d.dependent())));
    }

    private static final Set<String> FLED_TO = Set.of("obl:to", "obl:into", "obl:towards", "obl:for");

    private static final Set<String> ORDER_KINDS = Set.of("voluntary", "mandatory", "compulsory");

    /**
     * "issued the voluntary order for its residents": after an evacuation order is named, the order alone is the same
     * order; not "a mandatory order to wear masks", which orders something else.
     */
    private static boolean isEvacuationOrder(Sentence s, Token order) {
        List<Dependency> dependents = s.dependentsOf(order.index());
        boolean kind = dependents.stream().anyMatch(d -> d.relation().equals("amod")
                && ORDER_KINDS.contains(s.token(d.dependent()).lemma().toLowerCase()));
        boolean ordersSomethingElse = dependents.stream().anyMatch(d -> d.relation().startsWith("acl")
                && !LeavingVerbs.is(LeavingVerbs.Kind.MOVER, s.token(d.dependent()).lemma()));
        boolean namesEvacuation = dependents.stream().anyMatch(d -> d.relation().equals("compound"));
        return kind && !ordersSomethingElse && !namesEvacuation;
    }

    private static final Set<String> GOODS = Set.of("aid", "food", "supply", "supplies", "humanitarian", "relief",
            "fuel", "medicine", "cargo", "truck", "lorry", "weapon", "military", "troop");
    static final Set<String> CRAFT = Set.of("plane", "aircraft", "jet", "flight", "helicopter", "ship",
            "boat", "vessel", "train", "ferry", "frigate", "warship", "airliner");
    /** "take in some of the families" is receiving them, "took over" is seizing; only moving them counts. */
    private static final Set<String> MOVING_PARTICLES = Set.of("out", "away", "off");
    /** "brought back 150 nationals", "flew them back": moving people home is moving them away from where they were. */
    private static final Set<String> RETURNING_PARTICLES = Set.of("out", "away", "off", "back");

    /** "aid convoys", "a convoy of trucks carrying food", "the envoy's departure": no one is evacuated. */
    static boolean carriesGoodsOrOnePerson(Sentence s, Token noun) {
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

    /**
     * "a vessel carrying 349 nationals", "planes bringing the wounded": a ship or plane with people on board; also
     * "a flight carrying 100 students evacuated from A", where the parser makes the people the subject of a clause
     * hung loosely under "carrying".
     */
    boolean carriesPeople(Sentence s, Token craft) {
        return s.dependentsOf(craft.index()).stream()
                .filter(d -> d.relation().startsWith("acl") && CARRYING.contains(s.token(d.dependent()).lemma()))
                .anyMatch(d -> s.dependentsOf(d.dependent()).stream()
                        .anyMatch(o -> o.relation().equals("obj") && isPeople(s, s.token(o.dependent()))
                                || o.relation().equals("dep") && s.dependentsOf(o.dependent()).stream()
                                .anyMatch(n -> n.relation().startsWith("nsubj") && isPeople(s, s.token(n.dependent())))));
    }

    /** A movement verb that moves people: "civilians were bussed", "flew 500 residents", "Many were flown". */
    boolean movesPeople(Sentence s, Token verb) {
        boolean otherParticle = s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> d.relation().equals("compound:prt")
                        && !RETURNING_PARTICLES.contains(s.token(d.dependent()).lemma().toLowerCase()));
        return !otherParticle && (s.dependentsOf(verb.index()).stream()
                .filter(d -> d.relation().equals("obj") || d.relation().startsWith("nsubj:pass")
                        || d.relation().equals("nsubj") && isHeadlinePassive(s, verb))
                .anyMatch(d -> isPeople(s, s.token(d.dependent()))) || strandedMoved(s, verb));
    }

    /**
     * "Thousands of tourists stranded in A were flown home" is parsed with "stranded" as the clausal subject of the
     * passive and the tourists as its own subject: those stranded are the people moved.
     */
    private boolean strandedMoved(Sentence s, Token verb) {
        boolean heldSubject = s.dependentsOf(verb.index()).stream().filter(d -> d.relation().equals("csubj:pass"))
                .anyMatch(d -> heldPeople(s, d.dependent()));
        // "About 200 climbers trapped in A were airlifted to B", read with "trapped" as the root and the move loose on it
        boolean looseOnHeld = s.governorOf(verb.index()).filter(g -> g.relation().equals("dep"))
                .filter(g -> HELD.contains(s.token(g.governor()).lemma().toLowerCase()))
                .filter(g -> heldPeople(s, g.governor())).isPresent();
        return heldSubject || looseOnHeld;
    }

    private static final Set<String> HELD = Set.of("strand", "trap", "maroon");

    private boolean heldPeople(Sentence s, int held) {
        return s.dependentsOf(held).stream()
                .anyMatch(d -> d.relation().equals("nsubj") && isPeople(s, s.token(d.dependent())));
    }

    /**
     * "Hundreds airlifted out of A": a headline drops the auxiliary of its passive, and the parser then reads those
     * moved as the subject of a participle with no object.
     */
    private static boolean isHeadlinePassive(Sentence s, Token verb) {
        return verb.pos().equals("VBN") && s.dependentsOf(verb.index()).stream()
                .noneMatch(d -> d.relation().startsWith("aux") || d.relation().equals("obj"));
    }

    private static final Set<String> AMOUNTS = Set.of("number", "group", "batch", "total", "majority", "handful",
            "score", "busload", "planeload", "boatload", "contingent");

    /** People, or an amount of them: "an unspecified number of Americans", "a first group of patients". */
    boolean isPeople(Sentence s, Token noun) {
        // "200 of its citizens": a number of people
        boolean amount = AMOUNTS.contains(noun.lemma().toLowerCase()) || noun.pos().equals("CD");
        // "2,000 of them": an amount of those the text has just named
        return isPeople(noun) || amount && s.dependentsOf(noun.index()).stream()
                .anyMatch(d -> d.relation().equals("nmod:of") && (isPeople(s.token(d.dependent()))
                        || noun.pos().equals("CD") && THEM.contains(s.token(d.dependent()).word().toLowerCase())));
    }

    /**
     * "X was airlifted to B", "X was transferred from the hospital in A": one named person moved away from a place is
     * evacuated too; "took X to court" names no place left.
     */
    /** A person by name or by office ("the former minister"). */
    private static final Set<String> ONE_PERSON = Set.of("PERSON", "TITLE");

    static boolean movesSomeoneAway(Sentence s, Token verb) {
        List<Dependency> dependents = s.dependentsOf(verb.index());
        boolean person = dependents.stream()
                .anyMatch(d -> (d.relation().equals("obj") || d.relation().startsWith("nsubj:pass"))
                        && ONE_PERSON.contains(s.token(d.dependent()).ner()));
        return person && dependents.stream().anyMatch(d -> d.relation().equals("obl:from"));
    }

    boolean isPeople(Token noun) {
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
    static boolean hasDirection(Sentence s, Token verb) {
        return movesOut(s, verb) || s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> DIRECTIONS.contains(d.relation()) || isHomeward(s, d));
    }

    private static final Set<String> DIRECTIONS = Set.of("obl:to", "obl:from", "obl:into", "obl:towards",
            "compound:prt");

    /** "to bring home its citizens", "were flown home": home is a direction. */
    private static boolean isHomeward(Sentence s, Dependency d) {
        return (d.relation().equals("advmod") || d.relation().equals("obl:npmod") || d.relation().equals("obj"))
                && s.token(d.dependent()).lemma().equalsIgnoreCase("home");
    }

    private static final Set<String> STRANDED = Set.of("strand", "stranded", "trap", "trapped", "maroon", "marooned",
            "stuck");

    /**
     * "24,000 stranded persons have been rescued", "airlifted trapped villagers": people held where they are, once
     * moved, are taken out of it, a direction the sentence need not name.
     */
    private boolean movesStranded(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream()
                .filter(d -> d.relation().equals("obj") || d.relation().startsWith("nsubj:pass"))
                .filter(d -> isPeople(s, s.token(d.dependent())))
                .anyMatch(d -> s.dependentsOf(d.dependent()).stream()
                        .anyMatch(m -> (m.relation().equals("amod") || m.relation().startsWith("acl"))
                                && STRANDED.contains(s.token(m.dependent()).lemma().toLowerCase())));
    }

    /** "carried 500 people out of the city", "were brought out": moving people out of somewhere. */
    static boolean movesOut(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> isOutOf(d.relation()) || d.relation().equals("compound:prt")
                        && s.token(d.dependent()).lemma().equalsIgnoreCase("out"));
    }

    /** "out of A", "out from A"; not "outside A", which says where a place lies rather than what is left. */
    static boolean isOutOf(String relation) {
        return relation.startsWith("obl:out") && !relation.startsWith("obl:outside");
    }

    static boolean isQuoted(Token t, List<QuoteSpan> quotes) {
        return quotes.stream().anyMatch(q -> q.begin() <= t.begin() && t.end() <= q.end());
    }

    private static final Set<String> IMPERSONAL = Set.of("that", "this", "which", "it");

    /**
     * "That leaves only A to approve the treaty": what remains to be done by A, said of a situation, not of anyone
     * leaving A.
     */
    static boolean leavesSomeoneToAct(Sentence s, Token leave) {
        List<Dependency> dependents = s.dependentsOf(leave.index());
        boolean impersonal = dependents.stream().anyMatch(d -> d.relation().equals("nsubj")
                && IMPERSONAL.contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
        boolean toAct = dependents.stream().anyMatch(d -> d.relation().equals("xcomp"));
        return impersonal && toAct;
    }

    /** "the last transport plane had left the airport": an aircraft departing says nothing of who it carried. */
    static boolean craftLeaving(Sentence s, Token leave) {
        return s.dependentsOf(leave.index()).stream()
                .anyMatch(d -> d.relation().equals("nsubj")
                        && CRAFT.contains(s.token(d.dependent()).lemma().toLowerCase()));
    }
}
