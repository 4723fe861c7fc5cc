package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The subjects of a stance verb where coordination makes the parser lend it the wrong one. */
final class StanceSubjects {

    private StanceSubjects() {
    }

    /**
     * "A abstained, and B used its veto and voted against it": the parser lends the last verb the subject of the first
     * conjunct, but a conjunct between them with a subject of its own opens the clause the verb goes on.
     */
    static List<Dependency> nearerConjunct(Sentence s, Token cue) {
        Optional<Dependency> head = s.governorOf(cue.index()).filter(d -> d.relation().startsWith("conj"));
        if (head.isEmpty() || !of(s, head.get().governor()).containsAll(of(s, cue.index()))) {
            return s.dependentsOf(cue.index());
        }
        return s.dependentsOf(head.get().governor()).stream()
                .filter(d -> d.relation().startsWith("conj") && d.dependent() < cue.index())
                .map(Dependency::dependent).filter(v -> s.token(v).pos().startsWith("VB")).sorted(Comparator.reverseOrder())
                .map(v -> s.dependentsOf(v).stream().filter(d -> d.relation().startsWith("nsubj")
                        && !of(s, head.get().governor()).contains(d.dependent())).toList())
                .filter(l -> !l.isEmpty()).findFirst().orElse(s.dependentsOf(cue.index()));
    }

    static Set<Integer> of(Sentence s, int verb) {
        return s.dependentsOf(verb).stream().filter(d -> d.relation().startsWith("nsubj")).map(Dependency::dependent)
                .collect(Collectors.toSet());
    }
}
