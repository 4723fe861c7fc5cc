package org.newsgraph.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text format of grammar rule files: variables, rules, labels, examples and the errors a writer can make. */
class SemgrexRuleFileTest {

    @Test
    void variablesAreFilledInAndRolesAreTheNamedNodes() {
        List<SemgrexRules.Rule> rules = SemgrexRuleFile.parse("t.semgrex", """
                # a comment
                define TEXT = {lemma:/(?i)resolution|draft/}
                define DRAFTED = ${TEXT}=resolution >/obl:agent/ {}=drafter
                passive = ${DRAFTED}
                    >nsubj {word:/a=b/}
                    label: drafted
                    example: A draft tabled by Peru. => resolution=draft, drafter=Peru
                    counterexample: Peru read the draft.
                """);
        SemgrexRules.Rule rule = rules.get(0);
        assertEquals("{lemma:/(?i)resolution|draft/}=resolution >/obl:agent/ {}=drafter >nsubj {word:/a=b/}",
                rule.pattern());
        assertEquals(List.of("resolution", "drafter"), rule.roles());
        assertEquals("drafted", rule.label());
        assertEquals(Map.of("resolution", "draft", "drafter", "Peru"), rule.examples().get(0).roles());
        assertTrue(rule.examples().get(0).positive());
        assertFalse(rule.examples().get(1).positive());
        assertTrue(rule.examples().get(1).roles().isEmpty());
    }

    @Test
    void aRuleWithoutALabelIsLabelledByItsName() {
        assertEquals("r", SemgrexRuleFile.parse("t", "r = {}=x\n").get(0).label());
    }

    @Test
    void mistakesAreNamedWithTheirLine() {
        assertError("t.semgrex:1: no variable MISSING is defined above", "r = ${MISSING}=x\n");
        assertError("t.semgrex:2: an example before any rule", "# c\nexample: A text.\n");
        assertError("t.semgrex:2: a second rule named r", "r = {}=x\nr = {}=y\n");
        assertError("t.semgrex:2: expected 'role=word' after '=>', got 'drafter'", "r = {}=x\n  example: A. => drafter\n");
        assertError("t.semgrex:1: expected 'name = pattern'", "just words\n");
    }

    private static void assertError(String expected, String text) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SemgrexRuleFile.parse("t.semgrex", text));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
