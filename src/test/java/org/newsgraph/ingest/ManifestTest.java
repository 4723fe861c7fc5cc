package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.IngestFixtures.fixture;
import static org.newsgraph.ingest.IngestFixtures.messages;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {

    @Test
    void readsRowsAndTreatsEmptyCellsAsUnknown() {
        List<IngestProblem> problems = new ArrayList<>();
        Manifest manifest = Manifest.read(fixture("manifest", "manifest.tsv"), problems);

        assertTrue(problems.isEmpty(), () -> messages(problems));
        assertEquals(2, manifest.size());
        assertEquals(new Manifest.Entry("art-1", LocalDate.of(2016, 12, 18), "Example Wire", "A headline"),
                manifest.get("art-1").orElseThrow());
        Manifest.Entry second = manifest.get("art-2").orElseThrow();
        assertEquals(LocalDate.of(2016, 10, 6), second.published());
        assertNull(second.source());
        assertNull(second.title());
        assertTrue(manifest.get("not-listed").isEmpty());
    }

    @Test
    void reportsEachMalformedRowWithItsLineAndKeepsTheOthers() {
        Path file = fixture("manifest", "bad-rows-manifest.tsv");
        List<IngestProblem> problems = new ArrayList<>();
        Manifest manifest = Manifest.read(file, problems);

        assertEquals(List.of("good-1", "good-2"), manifest.entries().stream().map(Manifest.Entry::id).toList());
        assertEquals("First good row", manifest.get("good-1").orElseThrow().title(), "the first of duplicate rows wins");
        assertEquals(List.of(
                file + ":3: expected 4 tab-separated columns (id, published, source, title), found 3",
                file + ":4: bad date '2016-13-45' (expected yyyy-mm-dd)",
                file + ":5: empty id",
                file + ":6: duplicate id good-1 (first on line 2)"),
                problems.stream().map(IngestProblem::message).toList());
    }

    @Test
    void acceptsAPlainHeaderRowAndWindowsLineEndings() {
        List<IngestProblem> problems = new ArrayList<>();
        Manifest manifest = Manifest.parse("inline.tsv",
                TextDecoding.normaliseLineEndings("id\tpublished\tsource\ttitle\r\nx\t2016-10-06\tWire\tTitle\r\n"),
                problems);

        assertTrue(problems.isEmpty(), () -> messages(problems));
        assertEquals("Title", manifest.get("x").orElseThrow().title());
    }

    @Test
    void missingManifestIsOneProblem() {
        Path missing = fixture("manifest", "no-such-manifest.tsv");
        List<IngestProblem> problems = new ArrayList<>();
        Manifest manifest = Manifest.read(missing, problems);

        assertEquals(0, manifest.size());
        assertEquals(List.of(new IngestProblem(missing.toString(), "no such file or directory")), problems);
    }
}
