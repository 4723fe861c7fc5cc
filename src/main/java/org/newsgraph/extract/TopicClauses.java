package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Clauses that state what a text does although the parser did not hang them on the text's noun: a relative or
 * participle clause cut off by a time, an infinitive made the verb's, the clause whose subject the text is, and the act
 * a body took by its vote on the text.
 */
final class TopicClauses {

    /** Verbs by which a text states what it does ("the resolution demands / extends / condemns ..."). */
    private static final Set<String> CONTENT_VERBS = Set.of("demand", "call", "condemn", "urge", "impose", "extend",
            "renew", "authorize", "authorise", "request", "deplore", "establish", "seek", "recognize", "recognise",
            "reaffirm", "ban", "order", "tighten", "expand", "lift", "ease", "declare", "appeal");

    private TopicClauses() {
    }

    /**
     * "vetoed a resolution on Wednesday (Oct 18) that would have called for X", "approved a resolution Friday calling
     * for X": a time between the noun and its relative or participle clause makes the parser hang the clause on the
     * verb (dep, parataxis) or on the time itself; only a time, brackets and punctuation between them link it back to
     * the noun.
     */
    static Optional<Integer> detachedClause(Sentence s, int head) {
        Optional<Dependency> role = s.governorOf(head).filter(d -> d.relation().matches("obj|nsubj:pass"));
        if (role.isEmpty()) {
            return Optional.empty();
        }
        int verb = role.get().governor();
        for (Dependency d : s.dependencies()) {
            Token clause = s.token(d.dependent());
            boolean onVerb = d.governor() == verb && d.relation().matches("dep|parataxis");
            boolean onTime = d.governor() > head && d.governor() < d.dependent() && d.relation().matches("acl.*|dep");
            if (!(onVerb || onTime) || d.dependent() < head || !clause.pos().startsWith("VB")) {
                continue;
            }
            boolean relative = s.dependentsOf(d.dependent()).stream().anyMatch(x -> x.relation().startsWith("nsubj")
                    && s.token(x.dependent()).word().matches("(?i)that|which"));
            // "a resolution Thursday calling for X": the time may be parsed as the participle's subject
            int start = ExtractionContext.subtree(s, d.dependent()).stream()
                    .filter(t -> !s.token(t).ner().matches("DATE|TIME")).min(Integer::compare).orElse(d.dependent());
            if ((relative || clause.pos().equals("VBG")) && onlyTimeBetween(s, head, start)) {
                return Optional.of(d.dependent());
            }
        }
        return Optional.empty();
    }

    /**
     * "The resolution, drafted by X, extends Y-related sanctions", "the text demands access to Z": the clause whose
     * subject the text is states its content when its verb is one a text uses to state what it does; "the resolution
     * does not condemn X" is precisely not about X.
     */
    static Optional<Integer> contentClauseOfTheSubject(Sentence s, int head) {
        for (Dependency d : s.dependencies()) {
            if (d.dependent() != head || !d.relation().equals("nsubj")) {
                continue;
            }
            if (statesContent(s, d.governor())) {
                return Optional.of(d.governor());
            }
            // "the resolution drafted by X condemns ...": the parser may take the participle for the main verb and
            // hang the real one on it (dep) without a subject of its own
            Optional<Integer> hung = s.dependentsOf(d.governor()).stream()
                    .filter(x -> x.relation().equals("dep") && statesContent(s, x.dependent())
                            && s.dependentsOf(x.dependent()).stream().noneMatch(y -> y.relation().startsWith("nsubj")))
                    .map(Dependency::dependent).findFirst();
            if (hung.isPresent()) {
                return hung;
            }
        }
        return Optional.empty();
    }

    /**
     * "The council imposed sanctions on X in a vote on a resolution drafted by Y": the act the body took by its vote on
     * the text is what the text does; what it acts on (the measure and whom it falls on) is the text's content, not the
     * rest of the sentence ("..., complicating the narrative that ..." tells of something else).
     */
    static List<Integer> actOfTheVote(Sentence s, int head) {
        return s.governorOf(head)
                .filter(d -> d.relation().equals("nmod:on") && s.token(d.governor()).lemma().equalsIgnoreCase("vote")
                        && s.token(d.governor()).pos().startsWith("NN"))
                .flatMap(d -> s.governorOf(d.governor()))
                .filter(d -> d.relation().matches("obl:(in|by|through|with)") && statesContent(s, d.governor())
                        && !ExtractionContext.hasModal(s, s.token(d.governor())))
                .map(d -> s.dependentsOf(d.governor()).stream()
                        .filter(x -> x.relation().matches("obj|obl:(on|against)"))
                        .map(Dependency::dependent).toList())
                .orElse(List.of());
    }

    private static boolean statesContent(Sentence s, int verb) {
        return s.token(verb).pos().startsWith("VB") && !ExtractionContext.isNegated(s, verb)
                && CONTENT_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "voted down a motion to hold a debate about X": the parser hangs the infinitive on the verb and makes the noun
     * only its understood subject; the infinitive right after the noun is still what the text would do.
     */
    static Optional<Integer> infinitiveOfTheNoun(Sentence s, int head) {
        return s.dependencies().stream()
                .filter(d -> d.dependent() == head && d.relation().equals("nsubj:xsubj") && d.governor() == head + 2
                        && s.token(head + 1).word().equalsIgnoreCase("to") && s.token(d.governor()).pos().equals("VB"))
                .map(Dependency::governor).findFirst();
    }

    private static boolean onlyTimeBetween(Sentence s, int from, int to) {
        int bracketDepth = 0;
        for (int t = from + 1; t < to; t++) {
            Token between = s.token(t);
            bracketDepth += between.pos().equals("-LRB-") ? 1 : between.pos().equals("-RRB-") ? -1 : 0;
            // "on Wednesday (Oct 18)": whatever the brackets hold is an aside
            if (!(bracketDepth > 0 || between.ner().matches("DATE|TIME") || between.pos().matches("IN|CD|,|-RRB-"))) {
                return false;
            }
        }
        return true;
    }
}
