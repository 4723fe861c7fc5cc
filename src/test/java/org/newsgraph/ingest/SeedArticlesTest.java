package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.IngestFixtures.collect;
import static org.newsgraph.ingest.IngestFixtures.document;
import static org.newsgraph.ingest.IngestFixtures.messages;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The project's seed articles, read from the {@code seeds} folder at the project root. */
class SeedArticlesTest {

    private static final Path SEEDS = Path.of("seeds");

    @Test
    void seedFolderYieldsFiveDocumentsWithManifestMetadata() {
        IngestResult result = collect(SEEDS);

        assertTrue(result.problems().isEmpty(), () -> messages(result.problems()));
        assertEquals(5, result.documents().size());
        for (Document document : result.documents()) {
            assertTrue(document.source() != null && document.title() != null, document.id());
            assertEquals(document.text().length(), document.nlpText().length(), document.id());
        }
        Document first = document(result, "000_c8d5d176efd0c936");
        assertEquals(LocalDate.of(2016, 12, 18), first.date());
        assertEquals("International Business Times UK", first.source());
        assertEquals(LocalDate.of(2016, 10, 6), document(result, "002_888ebe0971092bfb").date());
        assertEquals(LocalDate.of(2016, 12, 13), document(result, "004_442479824f2ea1a4").date());
    }

    @Test
    void gettyImagesCaptionLineIsMaskedWhole() {
        Document document = document(collect(SEEDS), "000_c8d5d176efd0c936");
        String[] text = document.text().split("\n", -1);
        String[] nlp = document.nlpText().split("\n", -1);

        assertTrue(text[1].endsWith("Getty Images"), text[1]);
        assertTrue(nlp[1].isBlank(), "the caption line with its credit is masked");
        assertEquals(text[0], nlp[0], "the short name line above the caption stays");
        assertEquals(text[3], nlp[3], "the first paragraph stays");
        assertFalse(document.nlpText().contains("Getty"));
    }

    @Test
    void datelinesInTheSeedTextsAgreeWithTheManifest() {
        IngestResult result = collect(SEEDS);
        assertEquals(LocalDate.of(2016, 10, 6), Datelines.find(document(result, "002_888ebe0971092bfb").nlpText()).orElseThrow());
        assertEquals(LocalDate.of(2016, 12, 13), Datelines.find(document(result, "004_442479824f2ea1a4").nlpText()).orElseThrow());
    }
}
