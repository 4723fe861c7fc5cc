package org.newsgraph.build;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.ingest.Document;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.AnnotationCache;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.resolve.Gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Annotation from the cache, on a saved parse of an invented article, so CoreNLP is never loaded. */
class DocumentProcessorTest {

    private static final LocalDate DATE = LocalDate.of(2024, 3, 4);

    @TempDir
    Path temp;

    private String text;

    @Test
    void aRepeatedArticleFromTheCacheKeepsItsOwnId() throws IOException {
        DocumentProcessor processor = cachedEvacuationProcessor(new FactExtraction(Gazetteer.standard()));

        DocumentProcessor.Extracted first = processor.process(document("evacuation"));
        DocumentProcessor.Extracted copy = processor.process(document("wire-copy"));

        assertTrue(copy.fromCache());
        assertEquals("evacuation", first.facts().documentId());
        assertEquals("wire-copy", copy.facts().documentId());
        assertTrue(copy.facts().entities().stream().anyMatch(e -> e.kind() == EntityKind.EVACUATION));
        assertEquals(first.facts().facts(), copy.facts().facts(), "the same facts, under the copy's own id");
        assertEquals(GraphBuilder.contentHash(copy.document()), copy.contentHash());
    }

    @Test
    void aRuleThatFailsIsNamedInTheProblem() throws IOException {
        Extractor failing = new Extractor() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public Set<String> requiredAnnotators() {
                return Set.of();
            }

            @Override
            public void extract(ExtractionContext context) {
                context.sentences().get(0).token(0);
            }
        };
        DocumentProcessor processor = cachedEvacuationProcessor(new FactExtraction(Gazetteer.standard(),
                List.of(failing)));

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> processor.process(document("evacuation")));

        assertEquals("not stored: the failing rules failed on it (java.lang.IndexOutOfBoundsException: "
                + "Index -1 out of bounds for length 4)", DocumentProcessor.problem(failure));
        assertEquals("could not be annotated: java.lang.IllegalStateException: no model",
                DocumentProcessor.problem(new IllegalStateException("no model")));
    }

    /** A processor whose cache holds the saved parse of the invented evacuation article, so CoreNLP never loads. */
    private DocumentProcessor cachedEvacuationProcessor(FactExtraction extraction) throws IOException {
        AnnotatedDocument saved;
        try (InputStream txt = resource("evacuation.txt"); InputStream json = resource("evacuation.annotation.json")) {
            text = new String(txt.readAllBytes(), StandardCharsets.UTF_8);
            saved = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(json, AnnotatedDocument.class);
        }
        AnnotationCache cache = new AnnotationCache(temp);
        cache.put(AnnotationCache.key(text, DATE, NlpConfig.standard()), saved);
        return new DocumentProcessor(NlpConfig.standard(), extraction, cache, new BuildTimings());
    }

    private Document document(String id) {
        return new Document(id, text, text, DATE, null, null, id + ".txt");
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(DocumentProcessorTest.class.getResourceAsStream("/extract/" + name), name);
    }
}
