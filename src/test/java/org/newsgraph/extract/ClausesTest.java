package org.newsgraph.extract;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The machinery every rule match goes through: relative pronouns and the reality of a reported clause. */
class ClausesTest {

    /** Tokens from "word/TAG" pairs, with the dependencies given as "relation governor dependent". */
    private static Sentence sentence(String tagged, String... dependencies) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String pair : tagged.split(" ")) {
            String word = pair.substring(0, pair.lastIndexOf('/'));
            tokens.add(new Token(tokens.size() + 1, word, word.toLowerCase(), pair.substring(pair.lastIndexOf('/') + 1),
                    "O", at, at + word.length()));
            at += word.length() + 1;
        }
        List<Dependency> edges = new ArrayList<>();
        for (String d : dependencies) {
            String[] parts = d.split(" ");
            edges.add(new Dependency(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
        return new Sentence(0, 0, at, tagged, tokens, edges);
    }

    @Test
    void aRelativePronounStandsForTheNounBeforeItsNumberAndComma() {
        Sentence s = sentence("the/DT resolution/NN numbered/VBN 2334/CD ,/, which/WDT the/DT council/NN adopted/VBD");
        assertEquals(2, Clauses.antecedent(s, 6));
        assertEquals(8, Clauses.antecedent(s, 8));
    }

    @Test
    void aClauseWithAModalAConditionOrANegationIsNotReportedAsDone() {
        Sentence done = sentence("the/DT council/NN adopted/VBD it/PRP", "nsubj 3 2", "obj 3 4");
        Sentence modal = sentence("the/DT council/NN would/MD adopt/VB it/PRP", "nsubj 4 2", "aux 4 3", "obj 4 5");
        Sentence condition = sentence("if/IN the/DT council/NN adopted/VBD it/PRP", "mark 4 1", "nsubj 4 3");
        Sentence negated = sentence("the/DT council/NN did/VBD not/RB adopt/VB it/PRP", "aux 5 3", "advmod 5 4");
        assertTrue(Clauses.reportedAsDone(done, done.token(3)));
        assertFalse(Clauses.reportedAsDone(modal, modal.token(4)));
        assertFalse(Clauses.reportedAsDone(condition, condition.token(4)));
        assertFalse(Clauses.reportedAsDone(negated, negated.token(5)));
    }
}
