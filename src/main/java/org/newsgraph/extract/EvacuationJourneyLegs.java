package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * Legs of an evacuation's journey told beside the clause of its mention rather than inside it: the main clause of
 * the craft a relative clause describes, and a "with" clause that tells how the operation went.
 */
final class EvacuationJourneyLegs {

    private EvacuationJourneyLegs() {}

    /**
     * "The ship, which evacuated 500 people from A, docked in B": what a relative clause describes as moving people
     * arrives, or sets off, where the main clause says; the enhanced parse makes the described noun the subject of both.
     */
    /** "on arrival", "upon arrival": the noun of arriving, told with the clause that happened then. */
    private static final Set<String> AT_ARRIVAL = Set.of("obl:upon", "obl:on", "obl:after", "nmod:upon", "nmod:on");

    /** Participles of arriving, which the parser also reads as nouns after a comma ("..., landing in B"). */
    private static final Set<String> ARRIVING_WORDS = Set.of("landing", "arriving", "docking");

    /** How the participle hangs on the journey's clause, as a clause or, misread as a noun, as its object. */
    private static final Set<String> ALONG = Set.of("advcl", "xcomp", "obj", "dep", "conj:and");

    /**
     * "flew 250 citizens home, landing in B that evening", "were quarantined upon arrival at B": the arrival told as a
     * participle of the journey or as the moment of what happened next is the journey's end.
     */
    static List<Token> arrivalsAlong(Sentence s, List<Token> clauseHeads) {
        List<Token> legs = new ArrayList<>();
        List<Token> heads = new ArrayList<>(clauseHeads);
        // "were given checkups and put under quarantine upon arrival at B": a joined verb shares the movers
        for (Token head : clauseHeads) {
            s.dependentsOf(head.index()).stream().filter(d -> d.relation().startsWith("conj")
                    && s.token(d.dependent()).pos().startsWith("VB")).forEach(d -> heads.add(s.token(d.dependent())));
        }
        for (Token head : heads) {
            for (Dependency d : s.dependentsOf(head.index())) {
                Token leg = s.token(d.dependent());
                if (ALONG.contains(d.relation()) && leg.index() > head.index() && isArrivalWord(leg)
                        || AT_ARRIVAL.contains(d.relation()) && leg.lemma().equalsIgnoreCase("arrival")) {
                    legs.add(leg);
                }
                // "... on Thursday, landing in B": also read as an apposition to the day before the comma
                if (d.relation().startsWith("obl")) {
                    s.dependentsOf(leg.index()).stream()
                            .filter(a -> a.relation().equals("appos") && isArrivalWord(s.token(a.dependent())))
                            .forEach(a -> legs.add(s.token(a.dependent())));
                }
            }
        }
        return legs;
    }

    static boolean isArrivalWord(Token t) {
        return ARRIVING_WORDS.contains(t.word().toLowerCase(java.util.Locale.ROOT))
                || t.lemma().equalsIgnoreCase("arrival");
    }

    /** "put under quarantine upon arrival at B", the place read as the verb's: "arrival" just before its preposition. */
    static boolean arrivalJustBefore(Sentence s, Token verb, int place) {
        return s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> AT_ARRIVAL.contains(d.relation()) && s.token(d.dependent()).lemma().equalsIgnoreCase("arrival")
                        && d.dependent() + 2 <= place && s.token(d.dependent() + 1).pos().equals("IN")
                        && place - d.dependent() <= 3);
    }

    static List<Token> arrivalsOfDescribed(Sentence s, List<Token> clauseHeads) {
        List<Token> legs = new ArrayList<>();
        for (Token head : clauseHeads) {
            if (!head.pos().startsWith("VB")) {
                continue;
            }
            s.governorOf(head.index()).filter(g -> g.relation().equals("acl:relcl")).ifPresent(described -> {
                for (Dependency d : s.dependencies()) {
                    if (d.dependent() == described.governor() && d.relation().startsWith("nsubj")
                            && d.governor() != head.index() && isLeg(s.token(d.governor()))) {
                        legs.add(s.token(d.governor()));
                    }
                }
            });
        }
        return legs;
    }

    /**
     * "the evacuation of A was completed, with the last 200 residents taken to B": the "with" clause of the operation's
     * verb tells where its people went, when what it moves is people.
     */
    static List<Token> withClauses(Sentence s, List<Token> clauseHeads, EvacuationCues cues) {
        List<Token> legs = new ArrayList<>();
        for (Token head : clauseHeads) {
            for (Dependency d : s.dependentsOf(head.index())) {
                // "with 300 patients brought to B" is also parsed with the participle describing the people
                if (d.relation().equals("obl:with") && cues.isPeople(s, s.token(d.dependent()))) {
                    s.dependentsOf(d.dependent()).stream()
                            .filter(a -> a.relation().equals("acl") && isLeg(s.token(a.dependent())))
                            .forEach(a -> legs.add(s.token(a.dependent())));
                }
                Token leg = s.token(d.dependent());
                if (!d.relation().equals("advcl:with") || !leg.pos().startsWith("VB") || !isLeg(leg)) {
                    continue;
                }
                boolean peopleMoved = s.dependentsOf(leg.index()).stream()
                        .filter(o -> o.relation().startsWith("nsubj") || o.relation().equals("obj"))
                        .anyMatch(o -> cues.isPeople(s, s.token(o.dependent())));
                if (peopleMoved) {
                    legs.add(leg);
                }
            }
        }
        return legs;
    }

    private static boolean isLeg(Token verb) {
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        return verb.pos().startsWith("VB") && (EvacuationDestinations.ONWARD.contains(lemma)
                || LeavingVerbs.is(LeavingVerbs.Kind.SETTING_OFF, lemma) || EvacuationDestinations.ARRIVING_IN.contains(lemma));
    }
}
