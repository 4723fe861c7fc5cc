package org.newsgraph.nlp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Semgrex rule files run on sentences rebuilt from newsgraph's own annotation records. */
class SemgrexRulesTest {

    private static final Pattern RULE_HEAD = Pattern.compile("^([a-z][a-z0-9-]*) = ");

    private static Sentence sentence(int index) throws IOException {
        try (InputStream in = SemgrexRulesTest.class.getResourceAsStream("/extract/council-votes.annotation.json")) {
            AnnotatedDocument document = new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, AnnotatedDocument.class);
            return document.sentence(index);
        }
    }

    @Test
    void aPassiveDraftingClauseNamesTheDrafter() throws IOException {
        Sentence s = sentence(2); // "Earlier in the week, China vetoed a rival draft put forward by Japan."
        List<SemgrexRules.Match> matches = SemgrexRules.named("/extract/rules/resolution-drafters.semgrex").matches(s);
        SemgrexRules.Match drafted = matches.stream().filter(m -> m.rule().equals("drafted-by")).findFirst().orElseThrow();
        assertEquals("draft", s.token(drafted.node("resolution")).word());
        assertEquals("Japan", s.token(drafted.node("drafter")).word());
    }

    @Test
    void rulesKeepTheOrderOfTheirFile() throws IOException {
        // Earlier rules win ties between overlapping matches, so the loaded order must be the written order;
        // the written order is read here from the file's lines, independently of the rule-file reader.
        List<String> written;
        try (InputStream in = SemgrexRulesTest.class.getResourceAsStream("/extract/rules/resolution-drafters.semgrex")) {
            written = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(RULE_HEAD::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .toList();
        }
        assertTrue(written.size() > 10, "the drafters file holds more than ten rules");
        assertEquals(written, SemgrexRules.named("/extract/rules/resolution-drafters.semgrex").ruleNames());
    }

    @Test
    void aRuleThatDoesNotCompileIsNamedInTheError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SemgrexRules.named("/nlp/bad.semgrex"));
        assertTrue(e.getMessage().contains("/nlp/bad.semgrex: rule broken does not compile"), e.getMessage());
    }
}
