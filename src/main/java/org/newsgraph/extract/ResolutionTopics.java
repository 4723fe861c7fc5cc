package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a resolution is about: the places and evacuations in the words of its phrase that state its content, and the
 * targets that a purpose verb predicates of it ("it was aimed at X").
 */
final class ResolutionTopics {

    /** Where the vote happens ("voted on in New York"), not what the text is about. */
    private static final Set<String> PLACE_RELATIONS_EXCLUDED = Set.of("obl:in", "obl:at", "obl:on", "obl:tmod");
    /**
     * Branches of a resolution's phrase that are not its content: who votes or speaks (subjects, agents, "while China
     * abstained"), when and amid what ("after days of haggling with X"), and asides about a place ("X, the enclave
     * near Y").
     */
    private static final Pattern NOT_CONTENT = Pattern.compile(
            "nsubj.*|csubj.*|obl:agent|obl:by|obl:with|advcl.*|parataxis|appos|discourse|ref|obl:tmod|"
                    + "obl:(after|before|since|until|during|amid|despite)|nmod:poss");
    /** Verbs predicating a resolution's target of it: "it was aimed at X", "the text targets X". */
    private static final Set<String> PURPOSE_VERBS = Set.of("aim", "target", "focus");
    /** How many sentences back "it" may still stand for the resolution mentioned last. */
    private static final int PRONOUN_WINDOW = 2;

    private final Lexicon outcomes;

    ResolutionTopics(Lexicon outcomes) {
        this.outcomes = outcomes;
    }

    /** The places and evacuations among these tokens: what the resolution is about. */
    static void concerns(ExtractionContext context, Sentence s, int head, Set<Integer> content, String resolution) {
        for (int t : content) {
            Token token = s.token(t);
            Optional<String> entity = context.entityAt(s.index(), t);
            if (t != head && entity.isPresent() && context.kindOf(entity.get()).isPlace()
                    && !isDrafterOrBody(context, resolution, entity.get()) && aboutRelation(s, t)) {
                context.addFact(resolution, "concerns", entity.get(), context.evidence(s.index(), 0.75, "resolution/concerns-place"));
            }
            if (entity.isPresent() && context.kindOf(entity.get()) == EntityKind.EVACUATION) {
                context.addFact(resolution, "concerns", entity.get(), context.evidence(s.index(), 0.75, "resolution/concerns-evacuation"));
            }
            if (token.lemma().equalsIgnoreCase("evacuation") || token.lemma().equalsIgnoreCase("evacuate")) {
                context.entitiesOfKind(EntityKind.EVACUATION).stream()
                        .filter(e -> context.attribute(e, "main").isPresent())
                        .findFirst()
                        .ifPresent(e -> context.addFact(resolution, "concerns", e,
                                context.evidence(s.index(), 0.75, "resolution/concerns-evacuation")));
            }
        }
    }

    /**
     * The words of a resolution's phrase that say what it is about: its modifiers and the clauses stating its content
     * ("demanding a ceasefire in X", "on X", "that would have renewed an inquiry into attacks in X"), without the
     * branches naming voters, speakers, circumstances or asides, and without what it is said not to do. A headline's
     * outcome verb misparsed as a noun compounded onto the resolution ("X vetoes UN resolution") is no content, while
     * other compounds are ("a Syria resolution", "a Gaza ceasefire resolution").
     */
    Set<Integer> contentOf(Sentence s, int head) {
        Set<Integer> seen = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(head);
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            for (Dependency d : s.dependentsOf(t)) {
                boolean misparsedVerb = t == head && d.relation().equals("compound")
                        && outcomes.contains(s.token(d.dependent()).lemma());
                // "a resolution which does not condemn attacks on X" is precisely not about X
                boolean denied = ExtractionContext.isNegated(s, d.dependent());
                // "voted against the resolution - A, B and C": a list after a dash names voters, not topics
                boolean listAfterDash = d.relation().equals("dep") && dashBetween(s, t, d.dependent());
                if (!NOT_CONTENT.matcher(d.relation()).matches() && !misparsedVerb && !denied && !listAfterDash
                        && !seen.contains(d.dependent())) {
                    todo.push(d.dependent());
                }
            }
        }
        return seen;
    }

    private static boolean dashBetween(Sentence s, int from, int to) {
        for (int t = Math.min(from, to) + 1; t < Math.max(from, to); t++) {
            Token token = s.token(t);
            if (token.word().matches("-+|\u2014|\u2013") && s.token(t - 1).end() < token.begin()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Diplomats said it was aimed above all at X": a resolution (named, or "it" right after one) that a purpose
     * verb predicates of its target.
     */
    void purposes(ExtractionContext context) {
        String lastResolution = null;
        int lastSentence = -1;
        for (Sentence s : context.sentences()) {
            for (Token verb : s.tokens()) {
                if (!PURPOSE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) || !verb.pos().startsWith("VB")) {
                    continue;
                }
                for (Dependency subject : s.dependentsOf(verb.index())) {
                    if (!subject.relation().startsWith("nsubj")) {
                        continue;
                    }
                    Optional<String> resolution = context.entityAt(s.index(), subject.dependent())
                            .filter(k -> context.kindOf(k) == EntityKind.RESOLUTION);
                    if (resolution.isEmpty() && s.token(subject.dependent()).word().equalsIgnoreCase("it")
                            && lastResolution != null && s.index() - lastSentence <= PRONOUN_WINDOW) {
                        resolution = Optional.of(lastResolution);
                    }
                    resolution.ifPresent(r -> concerns(context, s, verb.index(), contentOf(s, verb.index()), r));
                }
            }
            for (Token t : s.tokens()) {
                Optional<String> resolution = context.entityAt(s.index(), t.index())
                        .filter(k -> context.kindOf(k) == EntityKind.RESOLUTION);
                if (resolution.isPresent()) {
                    lastResolution = resolution.get();
                    lastSentence = s.index();
                }
            }
        }
    }

    private static boolean isDrafterOrBody(ExtractionContext context, String resolution, String entity) {
        return context.attribute(resolution, "drafter").map(d -> List.of(d.split(" ")).contains(entity)).orElse(false)
                || context.kindOf(entity) == EntityKind.COUNTRY && context.factsWith("drafted").stream()
                .anyMatch(f -> f.subject().equals(entity));
    }

    /** A place the text is about, not where the vote happens ("voted on in New York"), unless aimed at it. */
    private static boolean aboutRelation(Sentence s, int token) {
        return s.governorOf(token).map(d -> !PLACE_RELATIONS_EXCLUDED.contains(d.relation())
                || PURPOSE_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))).orElse(true);
    }
}
