package org.newsgraph.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.resolve.Gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small articles under {@code src/test/resources/extract/} with their CoreNLP annotation saved beside them, so the
 * extractors are tested on real parses without loading CoreNLP. The names in them are invented.
 */
final class ExtractionFixtures {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ExtractionFixtures() {
    }

    static DocumentFacts extract(String name) throws IOException {
        String text = resource(name + ".txt");
        AnnotatedDocument annotation;
        try (InputStream in = ExtractionFixtures.class.getResourceAsStream("/extract/" + name + ".annotation.json")) {
            annotation = JSON.readValue(Objects.requireNonNull(in, name), AnnotatedDocument.class);
        }
        return new FactExtraction(Gazetteer.standard()).extract(annotation, text, LocalDate.of(2024, 3, 4));
    }

    /** Facts as "subject | predicate | object" lines with labels, the form assertions read best in. */
    static List<String> lines(DocumentFacts facts) {
        return facts.facts().stream()
                .map(f -> label(facts, f.subject()) + " | " + f.predicate() + " | " + value(facts, f.object()))
                .toList();
    }

    /** Fails listing every fact when {@code expected}, a whole "subject | predicate | object" line, is not among them. */
    static void assertHas(List<String> facts, String expected) {
        assertTrue(facts.contains(expected), () -> "missing: " + expected + "\nfacts:\n" + String.join("\n", facts));
    }

    /** Fails listing every fact when any of them contains {@code part}. */
    /** The statement that quotes {@code words}: the subject of its facts. */
    static String statementQuoting(List<String> facts, String words) {
        return facts.stream().filter(f -> f.contains("| quote | ") && f.contains(words))
                .map(f -> f.substring(0, f.indexOf(" | "))).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in\n" + String.join("\n", facts)));
    }

    static void assertSaid(List<String> facts, String speaker, String words) {
        assertHas(facts, statementQuoting(facts, words) + " | speaker | " + speaker);
    }

    static void assertNone(List<String> facts, String part) {
        assertFalse(facts.stream().anyMatch(f -> f.contains(part)),
                () -> "unexpected '" + part + "' in\n" + String.join("\n", facts));
    }

    private static String value(DocumentFacts facts, FactValue value) {
        if (value instanceof FactValue.EntityRef ref) {
            return label(facts, ref.key());
        }
        if (value instanceof FactValue.Individual individual) {
            return individual.localName();
        }
        return ((FactValue.Literal) value).lexical();
    }

    private static String label(DocumentFacts facts, String key) {
        return facts.entity(key).map(LocalEntity::label).orElse(key);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExtractionFixtures.class.getResourceAsStream("/extract/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
