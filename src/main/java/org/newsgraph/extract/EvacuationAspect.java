package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The state of an evacuation told by tense and aspect alone, where no status word tells it. */
final class EvacuationAspect {

    private EvacuationAspect() {
    }

    private static final Set<String> ORDERS = Set.of("order", "warning", "notice", "directive");
    private static final Lexicon PEOPLE = Lexicon.named("evacuation-people");

    /**
     * A noun told through its clause: "were placed under evacuation orders" (an order in force is under way),
     * "has ordered the evacuation of", "have carried out three evacuations", "plans more evacuations".
     */
    static Optional<String> nounAspect(Sentence s, Token noun) {
        Optional<Dependency> up = s.governorOf(noun.index());
        // "Evacuations ordered in A", "evacuations were ordered": an order in force, as when one orders them
        boolean orderedBy = s.dependentsOf(noun.index()).stream().anyMatch(d -> d.relation().equals("acl")
                && s.token(d.dependent()).pos().equals("VBN")
                && s.token(d.dependent()).lemma().equalsIgnoreCase("order"));
        // a headline's "Evacuations ordered in A" is parsed with a subject, but evacuations order nothing
        if (orderedBy || up.filter(d -> d.relation().startsWith("nsubj")
                && s.token(d.governor()).lemma().equalsIgnoreCase("order")
                && !ExtractionContext.hasModal(s, s.token(d.governor()))).isPresent()) {
            return Optional.of("ongoing");
        }
        if (up.isEmpty()) {
            return Optional.empty();
        }
        Token governor = s.token(up.get().governor());
        // "the evacuation took place at 9.30am", "the evacuation is happening": the event verb's tense tells its state
        if (up.get().relation().equals("nsubj") && isEventVerb(s, governor)) {
            return aspect(s, governor);
        }
        // "issued the voluntary order": an order named by itself is in force like an evacuation order
        Token order = ORDERS.contains(noun.lemma().toLowerCase()) ? noun
                : up.get().relation().equals("compound") && ORDERS.contains(governor.lemma().toLowerCase()) ? governor
                : null;
        if (order != null) {
            Optional<Token> verb = s.governorOf(order.index()).map(d -> s.token(d.governor()))
                    .filter(v -> v.pos().startsWith("VB"));
            // "the orders will stay in place until further notice": an order that will last is in force now
            return Optional.of(verb.filter(v -> ExtractionContext.hasModal(s, v)
                    && !LASTING.contains(v.lemma().toLowerCase())).isPresent() ? "planned" : "ongoing");
        }
        if (!up.get().relation().equals("obj") || !governor.pos().startsWith("VB")) {
            return Optional.empty();
        }
        String verb = governor.lemma().toLowerCase();
        // "officials launched an emergency evacuation": what was launched or begun is under way
        if (LAUNCHING.contains(verb)) {
            return Optional.of(ExtractionContext.hasModal(s, governor) ? "planned" : "ongoing");
        }
        // "were facing their second evacuation", "await evacuation": still ahead
        if (EvacuationRoutes.FACING.contains(verb)) {
            return Optional.of("planned");
        }
        // "the fire forced the evacuation of A": what a cause forced has happened, as its tense tells
        if (ORDERING.contains(verb) && !CAUSING.contains(verb)) {
            return Optional.of(ExtractionContext.hasModal(s, governor) ? "planned" : "ongoing");
        }
        return aspect(s, governor);
    }

    private static final Set<String> LAUNCHING = Set.of("launch", "begin", "start", "commence", "initiate", "mount");

    /** "took place", "happened", "occurred": verbs whose subject is an event, told by their tense. */
    private static boolean isEventVerb(Sentence s, Token verb) {
        String lemma = verb.lemma().toLowerCase();
        return lemma.equals("happen") || lemma.equals("occur") || lemma.equals("take")
                && s.dependentsOf(verb.index()).stream().anyMatch(d -> d.relation().equals("obj")
                && s.token(d.dependent()).lemma().equalsIgnoreCase("place"));
    }

    /** Verbs that tell an order in force going on: "will stay in place", "will remain in effect". */
    private static final Set<String> LASTING = Set.of("stay", "remain", "continue", "last");

    /** Verbs whose object is an evacuation they caused: "forced the evacuation of", "prompted evacuations". */
    private static final Set<String> CAUSING = Set.of("force", "compel", "prompt", "trigger", "cause", "spark");

    /** Verbs that put an evacuation ahead: "plans to evacuate", "was expected to evacuate", "hope to evacuate". */
    private static final Set<String> AHEAD = Set.of("plan", "expect", "hope", "prepare", "schedule", "intend", "aim",
            "seek", "want", "try");
    /**
     * Verbs that advise one: "were advised to leave", "urge residents to evacuate", "are being asked to leave". Advice
     * leaves the going to those advised, so what it tells is still ahead; an order is in force while people go.
     */
    private static final Set<String> ADVISING = Set.of("advise", "urge", "ask", "encourage", "recommend");
    /** Verbs that order one: "were ordered to leave", "forced 500 people to evacuate", "told to leave". */
    private static final Set<String> ORDERING = Set.of("order", "instruct", "tell", "force", "urge", "advise", "direct",
            "compel", "call");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am");

    /**
     * The state the clause's tense and aspect give an evacuation verb with no status word: "were evacuated" is done,
     * "are being transferred", "has flown 115 passengers" and "were ordered to leave" are under way, "will evacuate"
     * and "plans to evacuate" are ahead. Told as background ("had been evacuated"), it says nothing.
     */
    static Optional<String> aspect(Sentence s, Token verb) {
        if (!verb.pos().startsWith("VB") || ExtractionContext.isNegated(s, verb.index())) {
            return Optional.empty();
        }
        Optional<Token> governing = s.governorOf(verb.index())
                .filter(d -> d.relation().equals("xcomp"))
                .map(d -> s.token(d.governor()));
        Token clause = governing.orElse(verb);
        if (ExtractionContext.hasModal(s, clause) || ExtractionContext.hasModal(s, verb)
                || governing.filter(g -> AHEAD.contains(g.lemma().toLowerCase())
                        || ADVISING.contains(g.lemma().toLowerCase())).isPresent()
                || headlineInfinitive(s, verb) || purposeOfGoing(s, verb) || planned(s, verb)) {
            return Optional.of("planned");
        }
        List<String> auxiliaries = s.dependentsOf(clause.index()).stream()
                .filter(d -> d.relation().startsWith("aux"))
                .map(d -> s.token(d.dependent()).word().toLowerCase())
                .toList();
        if (auxiliaries.contains("had")) {
            return Optional.empty();
        }
        // "were forced to leave": a departure forced on people has happened, as the forcing verb's tense tells;
        // "were ordered to leave" tells only an order, in force while people go
        boolean forced = governing.filter(g -> CAUSING.contains(g.lemma().toLowerCase())).isPresent();
        boolean ordered = !forced && governing.filter(g -> ORDERING.contains(g.lemma().toLowerCase())).isPresent();
        boolean perfect = auxiliaries.contains("has") || auxiliaries.contains("have");
        // "all the residents have now been evacuated": everyone moved, nothing is left to do
        if (perfect && !ordered && movedAll(s, clause)) {
            return Optional.of("completed");
        }
        // "were still being evacuated": a passive progressive is under way whatever the tense of "were"
        boolean progressive = clause.pos().equals("VBG") && auxiliaries.stream().anyMatch(BE::contains)
                || auxiliaries.contains("being");
        // a headline's bare verb ("A and B evacuate citizens from C") is a present
        boolean headline = clause.pos().equals("VB") && governing.isEmpty() && auxiliaries.isEmpty()
                && s.dependentsOf(clause.index()).stream().noneMatch(d -> d.relation().equals("mark"))
                && s.governorOf(clause.index()).isEmpty();
        boolean present = headline || clause.pos().equals("VBZ") || clause.pos().equals("VBP")
                || auxiliaries.stream().anyMatch(a -> a.equals("is") || a.equals("are"));
        if (ordered || perfect || progressive || present) {
            return Optional.of("ongoing");
        }
        // "Rescuers evacuated 2,000 people": a past tense the tagger took for a participle, told by its subject and
        // object; a headline's "Thousands of people evacuated from A", whose subject is the people moved, is a passive
        boolean activeParticiple = clause.pos().equals("VBN") && auxiliaries.isEmpty()
                && s.dependentsOf(clause.index()).stream().anyMatch(d -> d.relation().equals("nsubj")
                        && !PEOPLE.contains(s.token(d.dependent()).lemma().toLowerCase()))
                && s.dependentsOf(clause.index()).stream().anyMatch(d -> d.relation().equals("obj"))
                && (s.governorOf(clause.index()).isEmpty() || pastConjunct(s, clause));
        boolean past = clause.pos().equals("VBD") || activeParticiple
                || clause.pos().equals("VBN") && auxiliaries.stream().anyMatch(a -> a.equals("was") || a.equals("were"));
        return past ? Optional.of("completed") : Optional.empty();
    }

    /** "X closed its embassy and evacuated 30 nationals": the second of two joined verbs shares the first one's tense. */
    private static boolean pastConjunct(Sentence s, Token verb) {
        return s.governorOf(verb.index())
                .filter(d -> d.relation().startsWith("conj"))
                .map(d -> s.token(d.governor()).pos().equals("VBD"))
                .orElse(false);
    }

    private static final Set<String> WHOLE = Set.of("all", "every", "everyone", "everybody");

    /** "All residents have been evacuated", "everyone has been moved out": the whole of those to move. */
    private static boolean movedAll(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream()
                .filter(d -> d.relation().startsWith("nsubj"))
                .anyMatch(d -> WHOLE.contains(s.token(d.dependent()).lemma().toLowerCase())
                        || s.dependentsOf(d.dependent()).stream()
                        .anyMatch(m -> (m.relation().startsWith("det") || m.relation().equals("amod"))
                                && WHOLE.contains(s.token(m.dependent()).lemma().toLowerCase())));
    }

    private static final Set<String> PLANS = Set.of("plan", "proposal", "scheme");

    /** "announced a plan to evacuate residents", parsed with the plan as the infinitive's subject: still ahead. */
    private static boolean planned(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream().anyMatch(d -> d.relation().startsWith("nsubj:xsubj")
                && PLANS.contains(s.token(d.dependent()).lemma().toLowerCase()));
    }

    /** "A to evacuate citizens from B": a headline's bare infinitive announces what is to come. */
    private static boolean headlineInfinitive(Sentence s, Token verb) {
        // with those it moves and no verb before it: "wildfires force 2 hospitals to evacuate" is a forced move,
        // however it is parsed
        return verb.pos().equals("VB") && s.governorOf(verb.index()).isEmpty()
                && ExtractionContext.dependent(s, verb.index(), "nsubj").isPresent()
                && ExtractionContext.dependent(s, verb.index(), "obj").isPresent()
                && s.dependentsOf(verb.index()).stream().anyMatch(d -> d.relation().equals("mark")
                        && s.token(d.dependent()).word().equalsIgnoreCase("to"))
                && s.tokens().stream().noneMatch(t -> t.index() < verb.index() && t.pos().startsWith("VB"));
    }

    /** Verbs of sending or travelling whose purpose ("to evacuate") lies ahead of them while they go on. */
    private static final Set<String> GOING = Set.of("send", "dispatch", "deploy", "despatch", "travel", "head", "fly",
            "sail", "go", "rush", "move", "race", "prepare");

    /**
     * "A is sending a ship to evacuate its citizens", "the minister was travelling to B to organise the evacuation":
     * what the sending or the journey under way is for has not happened yet.
     */
    private static boolean purposeOfGoing(Sentence s, Token verb) {
        Optional<Dependency> up = s.governorOf(verb.index())
                .filter(d -> d.relation().equals("xcomp") || d.relation().startsWith("advcl"));
        if (up.isEmpty() || !GOING.contains(s.token(up.get().governor()).lemma().toLowerCase())) {
            return false;
        }
        Token going = s.token(up.get().governor());
        boolean purpose = s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("dep"))
                        && s.token(d.dependent()).word().equalsIgnoreCase("to"));
        List<String> auxiliaries = s.dependentsOf(going.index()).stream()
                .filter(d -> d.relation().startsWith("aux"))
                .map(d -> s.token(d.dependent()).word().toLowerCase())
                .toList();
        boolean underWay = going.pos().equals("VBG") && auxiliaries.stream().anyMatch(BE::contains)
                || going.pos().equals("VBN") && auxiliaries.stream().anyMatch(BE::contains)
                && going.lemma().equalsIgnoreCase("head");
        return purpose && underWay;
    }

    /** "Residents had been evacuated before the storm hit": a move told in the past perfect, done before the news. */
    static boolean pastPerfect(Sentence s, Token verb) {
        return verb.pos().startsWith("VB") && !ExtractionContext.isNegated(s, verb.index())
                && s.dependentsOf(verb.index()).stream().anyMatch(d -> d.relation().startsWith("aux")
                && s.token(d.dependent()).word().equalsIgnoreCase("had"));
    }
}
