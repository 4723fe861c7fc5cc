package org.newsgraph.nlp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RootAnchorTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static Sentence sentence(String... wordLemmaTag) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < wordLemmaTag.length; i += 3) {
            tokens.add(new Token(i / 3 + 1, wordLemmaTag[i], wordLemmaTag[i + 1], wordLemmaTag[i + 2], "O", i, i + 1));
        }
        return new Sentence(0, 0, 0, "", tokens, List.of());
    }

    @Test
    void aRootOfSomeLemmasSkipsSentencesWithoutThem() {
        RootAnchor anchor = RootAnchor.of("{lemma:/adopt|veto/;tag:/VBD|VBN/}=outcome >obj {}=resolution");
        assertFalse(anchor.isOpen());
        assertTrue(anchor.mayMatch(sentence("Redvale", "Redvale", "NNP", "vetoed", "veto", "VBD", "it", "it", "PRP")));
        assertFalse(anchor.mayMatch(sentence("Redvale", "Redvale", "NNP", "voted", "vote", "VBD")));
        // both attributes must fit the same token
        assertFalse(anchor.mayMatch(sentence("the", "the", "DT", "veto", "veto", "NN", "came", "come", "VBD")));
    }

    @Test
    void aSureFirstRelationAnchorsItsNodeToo() {
        RootAnchor anchor = RootAnchor.of("{}=resolution >/acl:relcl/ ({lemma:/adopt/;tag:VBN}=outcome >aux:pass {})");
        assertEquals(1, anchor.nodeCount());
        assertFalse(anchor.mayMatch(sentence("the", "the", "DT", "text", "text", "NN", "passed", "pass", "VBD")));
        assertTrue(anchor.mayMatch(sentence("it", "it", "PRP", "was", "be", "VBD", "adopted", "adopt", "VBN")));
        assertEquals(2, RootAnchor.of("{lemma:/veto/}=v >nsubj {tag:/NNP/}=owner").nodeCount());
        // negated, optional or alternative relations say nothing sure about their node
        assertTrue(RootAnchor.of("{}=x !>nsubj {lemma:/adopt/}").isOpen());
        assertTrue(RootAnchor.of("{}=x ?>nsubj {lemma:/adopt/}").isOpen());
        assertTrue(RootAnchor.of("{}=x [>nsubj {lemma:/adopt/} | >obj {}]").isOpen());
        assertTrue(RootAnchor.of("{}=x >nsubj {lemma:/adopt/} | >obj {}").isOpen());
    }

    @Test
    void whatTheTestCannotReadLeavesThePatternOpen() {
        assertTrue(RootAnchor.of("({lemma:/adopt/}=outcome >obj {})").isOpen());
        assertTrue(RootAnchor.of("{idx:3}=x").isOpen());
        assertTrue(RootAnchor.of("{lemma:/(unclosed/}=x").isOpen());
        assertFalse(RootAnchor.of("{word:/a}b/;lemma:/c;d/}=x >obj {}").isOpen());
    }

    /**
     * Every rule on every example sentence of every grammar file: where the anchor skips a rule, Semgrex itself finds
     * no match. The examples of one file are sentences other files' rules must not match, so most pairs are skips.
     */
    @Test
    void aSkippedRuleNeverHadAMatch() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(RootAnchorTest.class
                .getResource("/extract/rules/resolution-drafters.semgrex")).toURI()).getParent();
        List<Path> ruleFiles;
        List<Sentence> sentences = new ArrayList<>();
        try (Stream<Path> listed = Files.list(folder)) {
            ruleFiles = listed.filter(p -> p.toString().endsWith(".semgrex")).sorted().toList();
        }
        for (Path file : ruleFiles) {
            String base = file.getFileName().toString().replaceFirst("\\.semgrex$", "");
            try (InputStream in = RootAnchorTest.class.getResourceAsStream("/extract/rules/" + base
                    + ".examples.annotation.json")) {
                sentences.addAll(JSON.readValue(Objects.requireNonNull(in, base), AnnotatedDocument.class).sentences());
            }
        }
        int skipped = 0;
        int anchored = 0;
        int rules = 0;
        List<String> wronglySkipped = new ArrayList<>();
        for (Path file : ruleFiles) {
            for (SemgrexRules.Rule rule : SemgrexRules.named("/extract/rules/" + file.getFileName()).rules()) {
                rules++;
                RootAnchor anchor = RootAnchor.of(rule.pattern());
                anchored += anchor.isOpen() ? 0 : 1;
                SemgrexPattern pattern = SemgrexPattern.compile(rule.pattern());
                for (Sentence sentence : sentences) {
                    if (!anchor.mayMatch(sentence)) {
                        skipped++;
                        if (pattern.matcher(SemgrexRules.graphOf(sentence)).find()) {
                            wronglySkipped.add(rule.name() + ": " + sentence.text());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wronglySkipped);
        assertTrue(anchored * 2 > rules, anchored + " of " + rules + " rules anchored");
        assertTrue(skipped > sentences.size() * rules / 2, skipped + " skipped");
    }
}
