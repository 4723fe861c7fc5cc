package org.newsgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * A member does not veto, vote against or oppose its own draft: when a report of two drafts gives such a stance to the
 * drafter's own text ("Before its own draft failed, A had vetoed a proposal drafted by B and C", "A's veto" read
 * against the text just named), the stance is on the one other draft of the report, and so is the outcome the veto
 * gave. With no other draft, or several, or a veto that would fall on the text the report says was adopted, the stance is
 * left as read.
 */
final class OwnDraftStances implements Extractor {

    private static final Set<String> AGAINST = Set.of("vetoed", "votedAgainst", "opposes");

    @Override
    public String name() {
        return "own-draft-stance";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Set.of();
    }

    @Override
    public Set<String> requiresFacts() {
        return Set.of("drafted", "vetoed");
    }

    @Override
    public void extract(ExtractionContext context) {
        List<String> resolutions = context.entitiesOfKind(EntityKind.RESOLUTION);
        List<Fact> facts = context.facts();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            if (!AGAINST.contains(fact.predicate()) || !(fact.object() instanceof FactValue.EntityRef target)
                    || !drafted(context, fact.subject(), target.key())) {
                continue;
            }
            List<String> others = resolutions.stream().filter(r -> !r.equals(target.key()))
                    .filter(r -> !drafted(context, fact.subject(), r)).toList();
            if (others.size() != 1) {
                continue;
            }
            String other = others.get(0);
            // a vetoed draft is not adopted: a veto read onto the text the report says was adopted is a misreading
            if (fact.predicate().equals("vetoed") && adopted(facts, other)) {
                continue;
            }
            facts.set(i, new Fact(fact.subject(), fact.predicate(), new FactValue.EntityRef(other), fact.evidence()));
            if (fact.predicate().equals("vetoed")) {
                moveVetoOutcome(facts, target.key(), other, fact.evidence());
            }
        }
    }

    private static boolean adopted(List<Fact> facts, String resolution) {
        return facts.stream().anyMatch(f -> f.subject().equals(resolution) && f.predicate().equals("status")
                && f.object().equals(new FactValue.Individual("Adopted")));
    }

    private static boolean drafted(ExtractionContext context, String actor, String resolution) {
        return context.factsWith("drafted").stream()
                .anyMatch(f -> f.subject().equals(actor) && f.hasObjectEntity(resolution));
    }

    /** The "vetoed" outcome the veto's own sentence gave the wrong draft goes with it. */
    private static void moveVetoOutcome(List<Fact> facts, String from, String to, Evidence veto) {
        for (int j = 0; j < facts.size(); j++) {
            Fact f = facts.get(j);
            if (f.subject().equals(from) && f.predicate().equals("status")
                    && f.object().equals(new FactValue.Individual("Vetoed"))
                    && f.evidence() != null && veto != null && f.evidence().sentenceIndex() == veto.sentenceIndex()) {
                facts.set(j, new Fact(to, f.predicate(), f.object(), f.evidence()));
            }
        }
    }
}
