package org.newsgraph.build;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.EntityKind;
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
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Annotation from the cache, on a saved parse of an invented article, so CoreNLP is never loaded. */
class DocumentProcessorTest {

    @TempDir
    Path temp;

    @Test
    void aRepeatedArticleFromTheCacheKeepsItsOwnId() throws IOException {
        String text;
        AnnotatedDocument saved;
        try (InputStream txt = resource("evacuation.txt"); InputStream json = resource("evacuation.annotation.json")) {
            text = new String(txt.readAllBytes(), StandardCharsets.UTF_8);
            saved = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(json, AnnotatedDocument.class);
        }
        LocalDate date = LocalDate.of(2024, 3, 4);
        AnnotationCache cache = new AnnotationCache(temp);
        cache.put(AnnotationCache.key(text, date, NlpConfig.standard()), saved);
        DocumentProcessor processor = new DocumentProcessor(NlpConfig.standard(),
                new FactExtraction(Gazetteer.standard()), cache, new BuildTimings());

        DocumentProcessor.Extracted first = processor.process(document("evacuation", text, date));
        DocumentProcessor.Extracted copy = processor.process(document("wire-copy", text, date));

        assertTrue(copy.fromCache());
        assertEquals("evacuation", first.facts().documentId());
        assertEquals("wire-copy", copy.facts().documentId());
        assertTrue(copy.facts().entities().stream().anyMatch(e -> e.kind() == EntityKind.EVACUATION));
        assertEquals(first.facts().facts(), copy.facts().facts(), "the same facts, under the copy's own id");
        assertEquals(GraphBuilder.contentHash(copy.document()), copy.contentHash());
    }

    private static Document document(String id, String text, LocalDate date) {
        return new Document(id, text, text, date, null, null, id + ".txt");
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(DocumentProcessorTest.class.getResourceAsStream("/extract/" + name), name);
    }
}
