package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.IngestFixtures.collect;
import static org.newsgraph.ingest.IngestFixtures.document;
import static org.newsgraph.ingest.IngestFixtures.fixture;
import static org.newsgraph.ingest.IngestFixtures.ids;
import static org.newsgraph.ingest.IngestFixtures.messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders, their manifests, metadata precedence and document order. */
class FoldersTest {

    private static final Path FOLDER = fixture("folder");

    @Test
    void folderIsReadRecursivelyInPathOrderSkippingOtherAndHiddenFiles() {
        IngestResult result = collect(FOLDER);

        assertTrue(result.problems().isEmpty(), () -> messages(result.problems()));
        assertTrue(result.warnings().isEmpty(), () -> messages(result.warnings()));
        assertEquals(List.of("alpha", "beta", "gamma"), ids(result));
        assertEquals(FOLDER.resolve(Path.of("sub", "gamma.txt")).toString(), document(result, "gamma").origin());
    }

    @Test
    void manifestMetadataWinsOverTheDateline() {
        Document alpha = document(collect(FOLDER), "alpha");

        assertEquals(LocalDate.of(2020, 3, 4), alpha.date(), "manifest date, not the dateline in the text");
        assertEquals("Example Wire", alpha.source());
        assertEquals("Alpha headline from the manifest", alpha.title());
    }

    @Test
    void withoutManifestMetadataTheDatelineAndFirstLineAreUsed() {
        Document beta = document(collect(FOLDER), "beta");

        assertEquals(LocalDate.of(2016, 10, 6), beta.date());
        assertNull(beta.source());
        assertEquals("Beta headline in markdown", beta.title(), "markdown heading marks are not part of the title");
    }

    @Test
    void emptyManifestCellsFallBackAndBoilerplateIsNeverTheTitle() {
        Document gamma = document(collect(FOLDER), "gamma");

        assertEquals(LocalDate.of(2016, 10, 7), gamma.date(), "empty manifest date: the dateline");
        assertEquals("Gamma's first real line is the headline", gamma.title());
    }

    @Test
    void explicitlyNamedFileUsesTheManifestBesideIt() {
        Document alpha = document(collect(FOLDER.resolve("alpha.txt")), "alpha");
        assertEquals("Alpha headline from the manifest", alpha.title());
    }

    @Test
    void givenManifestReplacesTheFolderManifest() {
        IngestOptions options = IngestOptions.defaults().withManifest(fixture("manifest", "manifest.tsv"));
        Document alpha = document(collect(options, FOLDER), "alpha");

        assertEquals(LocalDate.of(2016, 12, 13), alpha.date(), "alpha is not in the given manifest: dateline");
        assertEquals("Council members meet on the draft", alpha.title());
    }

    @Test
    void folderManifestRowProblemsNameTheManifestLineAndGoodRowsStillApply(@TempDir Path dir) throws IOException {
        Files.copy(fixture("manifest", "bad-rows-manifest.tsv"), dir.resolve(Manifest.FILE_NAME));
        Files.writeString(dir.resolve("good-2.txt"), "An untitled article body.\n");

        IngestResult result = collect(dir);

        assertEquals("Second good row", document(result, "good-2").title());
        Path manifest = dir.resolve(Manifest.FILE_NAME);
        assertEquals(4, result.problems().size(), () -> messages(result.problems()));
        assertTrue(result.problems().stream().allMatch(p -> p.origin().startsWith(manifest + ":")),
                () -> messages(result.problems()));
    }

    @Test
    void documentsFollowTheOrderOfTheInputs() {
        IngestResult result = collect(fixture("csv", "articles.csv"), FOLDER.resolve("beta.md"), fixture("jsonl", "articles.jsonl"));
        assertEquals(List.of("csv-one", "csv-two", "beta", "json-one", "articles-00003"), ids(result));
    }

    @Test
    void everyDocumentKeepsOffsetsBetweenTextAndNlpText() {
        IngestResult result = collect(FOLDER, fixture("csv"), fixture("jsonl"));

        assertTrue(result.documents().size() > 5);
        for (Document document : result.documents()) {
            assertEquals(document.text().length(), document.nlpText().length(), document.id());
        }
    }
}
