package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
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
