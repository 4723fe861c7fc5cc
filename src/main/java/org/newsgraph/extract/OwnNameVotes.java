package org.newsgraph.extract;


import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The recorded votes of officials who stand for no country ("Finance Minister A voted for the plan"), held back until
 * the whole report is read. Where states vote on the text, an official's vote is his state's and one left unmapped is no
 * member of the body; where no state does (a cabinet, a parliament, whose members vote in their own name), the official
 * cast it himself.
 */
final class OwnNameVotes {

    private static final Set<String> STATE_VOTES = Set.of("votedFor", "votedAgainst", "abstainedOn", "vetoed");

    private record Held(String holder, String predicate, String target, Evidence evidence) {}

    private final List<Held> held = new ArrayList<>();

    void hold(String holder, String predicate, String target, Evidence evidence) {
        held.add(new Held(holder, predicate, target, evidence));
    }

    void release(ExtractionContext context) {
        for (Held h : held) {
            if (!statesVoted(context, h.target())) {
                context.addFact(h.holder(), h.predicate(), h.target(), h.evidence());
            }
        }
    }

    private static boolean statesVoted(ExtractionContext context, String target) {
        return STATE_VOTES.stream().flatMap(p -> context.factsWith(p).stream())
                .anyMatch(f -> f.object().equals(new FactValue.EntityRef(target))
                        && context.kindOf(f.subject()) == EntityKind.COUNTRY);
    }
}
