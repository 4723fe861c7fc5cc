package org.newsgraph.nlp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every rule of every grammar file under {@code extract/rules/} runs on each of its examples, as the real pipeline
 * parsed them: the parse is saved beside the test as {@code NAME.examples.annotation.json}, so no CoreNLP is needed.
 * A rule without an example fails, and so does an example that was never parsed.
 */
class GrammarExamplesTest {

    private static final String RULES = "/extract/rules/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @TestFactory
    Stream<DynamicNode> everyRuleHandlesItsExamples() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(GrammarExamplesTest.class
                .getResource(RULES + "resolution-drafters.semgrex")).toURI()).getParent();
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> p.toString().endsWith(".semgrex")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no rule files in " + folder);
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : files) {
            nodes.add(ruleFile(file.getFileName().toString()));
        }
        return nodes.stream();
    }

    private static DynamicContainer ruleFile(String fileName) throws IOException {
        SemgrexRules rules = SemgrexRules.named(RULES + fileName);
        String base = fileName.replaceFirst("\\.semgrex$", "");
        String savedText = resource(RULES + base + ".examples.txt");
        List<String> unparsed = rules.rules().stream().flatMap(r -> r.examples().stream())
                .map(SemgrexRuleFile.Example::sentence).filter(e -> paragraph(savedText, e) < 0).toList();
        if (!unparsed.isEmpty()) {
            Path pending = Path.of("target", "rule-examples", base + ".examples.txt");
            Files.createDirectories(pending.getParent());
            Files.writeString(pending, exampleText(rules), StandardCharsets.UTF_8);
            return DynamicContainer.dynamicContainer(fileName, Stream.of(DynamicTest.dynamicTest("examples are parsed",
                    () -> fail("examples of " + fileName + " were never parsed (" + unparsed.get(0) + ", ...); run "
                            + "scripts/annotate-rule-examples.sh " + base + " (see docs/grammar.md)"))));
        }
        AnnotatedDocument parsed;
        try (InputStream in = GrammarExamplesTest.class.getResourceAsStream(RULES + base + ".examples.annotation.json")) {
            parsed = JSON.readValue(Objects.requireNonNull(in, base + ".examples.annotation.json"), AnnotatedDocument.class);
        }
        List<DynamicNode> tests = new ArrayList<>();
        for (SemgrexRules.Rule rule : rules.rules()) {
            tests.add(DynamicTest.dynamicTest(rule.name() + " has an example", () -> assertTrue(
                    rule.examples().stream().anyMatch(SemgrexRuleFile.Example::positive),
                    fileName + ": rule " + rule.name() + " has no example")));
            for (SemgrexRuleFile.Example example : rule.examples()) {
                int begin = paragraph(savedText, example.sentence());
                List<Sentence> sentences = parsed.sentences().stream()
                        .filter(s -> s.begin() >= begin && s.begin() < begin + example.sentence().length()).toList();
                String label = rule.name() + (example.positive() ? ": " : " must not: ") + example.sentence();
                tests.add(DynamicTest.dynamicTest(label, () -> check(rules, rule, example, sentences)));
            }
        }
        return DynamicContainer.dynamicContainer(fileName, tests.stream());
    }

    private static void check(SemgrexRules rules, SemgrexRules.Rule rule, SemgrexRuleFile.Example example,
                              List<Sentence> sentences) {
        assertFalse(sentences.isEmpty(), "example not found in the parsed examples: " + example.sentence());
        for (String role : example.roles().keySet()) {
            assertTrue(rule.roles().contains(role), "rule " + rule.name() + " fills no role '" + role + "'; it fills "
                    + rule.roles());
        }
        List<String> found = new ArrayList<>();
        boolean matched = false;
        for (Sentence s : sentences) {
            for (SemgrexRules.Match m : rules.matches(s, rule.name())) {
                found.add(describe(s, m));
                matched |= example.roles().entrySet().stream().allMatch(e -> m.has(e.getKey())
                        && s.token(m.node(e.getKey())).word().equals(e.getValue()));
            }
        }
        String message = rule.name() + " on \"" + example.sentence() + "\" expected " + example.roles()
                + "; matches: " + found;
        if (example.positive()) {
            assertTrue(matched, message);
        } else {
            assertFalse(matched, message);
        }
    }

    private static String describe(Sentence s, SemgrexRules.Match m) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, Integer> node : m.nodes().entrySet()) {
            out.append(out.length() > 1 ? ", " : "").append(node.getKey()).append('=')
                    .append(s.token(node.getValue()).word());
        }
        return out.append('}').toString();
    }

    /** Where the example stands as a paragraph of its own in the parsed text, or -1. */
    private static int paragraph(String text, String example) {
        if (text.startsWith(example + "\n\n")) {
            return 0;
        }
        int at = text.indexOf("\n\n" + example + "\n\n");
        return at < 0 ? -1 : at + 2;
    }

    /** The examples of a file as one article: one paragraph each, in file order. */
    static String exampleText(SemgrexRules rules) {
        StringBuilder text = new StringBuilder();
        for (SemgrexRules.Rule rule : rules.rules()) {
            for (SemgrexRuleFile.Example example : rule.examples()) {
                text.append(example.sentence()).append("\n\n");
            }
        }
        return text.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GrammarExamplesTest.class.getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
