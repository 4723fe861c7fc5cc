package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Optional;

/**
 * A stance asked about rather than taken: "it was not clear whether X would back the draft", "asked if X would
 * support it", "Will X back the text?". Whoever is asked about has said nothing yet, so the stance is nobody's.
 */
final class OpenQuestions {

    private static final int MAX_CLIMB = 4;

    private OpenQuestions() {
    }

    /** Whether the cue's clause is an indirect question or the sentence a direct one. */
    static boolean asked(Sentence s, Token cue) {
        return indirectQuestion(s, cue) || directQuestion(s);
    }

    /**
     * "whether X would back it", "asked if X would back it": the clause of the cue, or a clause above it before one
     * with a subject of its own, is marked by "whether", or by "if" as the object of a verb (an "if" clause of
     * condition hangs on its verb as advcl and still tells a stance, only a conditional one).
     */
    private static boolean indirectQuestion(Sentence s, Token cue) {
        int current = cue.index();
        for (int climb = 0; climb <= MAX_CLIMB; climb++) {
            int clause = current;
            boolean asking = s.dependentsOf(clause).stream().filter(d -> d.relation().equals("mark"))
                    .map(d -> s.token(d.dependent()).word())
                    .anyMatch(w -> w.equalsIgnoreCase("whether") || w.equalsIgnoreCase("if")
                            && s.governorOf(clause).map(g -> g.relation().equals("ccomp")).orElse(false));
            if (asking) {
                return true;
            }
            boolean ownSubject = s.dependentsOf(clause).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
            Optional<Dependency> up = s.governorOf(clause);
            if (ownSubject || up.isEmpty()) {
                return false;
            }
            current = up.get().governor();
        }
        return false;
    }

    /** "Will X back the text?": the sentence ends in a question mark (closing quotes aside). */
    private static boolean directQuestion(Sentence s) {
        for (int t = s.tokens().size(); t >= 1; t--) {
            String word = s.token(t).word();
            if (!word.matches("''|\"|'|\u201d|\u2019")) {
                return word.equals("?");
            }
        }
        return false;
    }
}
