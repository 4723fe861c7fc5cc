package org.newsgraph.baseline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.extract.FactValue;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.resolve.Gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The baseline maps CoreNLP's own KBP relations and quote attribution as they come, mistakes included: that is what
 * it measures. Runs on a saved CoreNLP annotation (KBP and quote annotators on) of a small invented article.
 */
class CoreNlpAloneExtractorTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        AnnotatedDocument annotation;
        String text;
        try (InputStream in = resource("council-vote.annotation.json");
             InputStream article = resource("council-vote.txt")) {
            annotation = json.readValue(in, AnnotatedDocument.class);
            text = new String(article.readAllBytes(), StandardCharsets.UTF_8);
        }
        DocumentFacts result = new FactExtraction(Gazetteer.standard(), List.of(new CoreNlpAloneExtractor()))
                .extract(annotation, text, LocalDate.of(2024, 3, 4));
        facts = result.facts().stream().map(f -> label(result, f.subject()) + " | " + f.predicate() + " | "
                + (f.object() instanceof FactValue.EntityRef ref ? label(result, ref.key())
                : ((FactValue.Literal) f.object()).lexical())).toList();
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(CoreNlpAloneExtractorTest.class.getResourceAsStream("/baseline/" + name), name);
    }

    private static String label(DocumentFacts facts, String key) {
        return facts.entity(key).map(LocalEntity::label).orElse(key);
    }

    @Test
    void kbpMembershipBecomesRepresentsAsIs() {
        // KBP reads "Norway's ambassador to the United Nations" as membership of the UN: the naive mapping keeps it
        assertTrue(facts.contains("Ingrid Haugen | represents | United Nations"), facts::toString);
        assertTrue(facts.contains("Pablo Reyes | represents | Chilean"), facts::toString);
    }

    @Test
    void quotesKeepCoreNlpsSpeakerEvenWhenItIsAPronoun() {
        assertTrue(facts.contains("We cannot support it, | speaker | Haugen"), facts::toString);
        assertTrue(facts.contains("You will never leave, | speaker | her"), facts::toString);
    }

    @Test
    void corenlpAloneHasNoStances() {
        assertTrue(facts.stream().noneMatch(f -> f.contains("| opposes |") || f.contains("| supports |")));
    }
}
