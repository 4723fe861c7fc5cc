package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which gold documents are scored when texts are missing or one part of a set is asked for. */
class GoldSelectionTest {

    private static final String SHA = "a".repeat(64);

    @TempDir
    Path folder;

    private GoldSelection mini() {
        return GoldSelection.of(GoldFile.read(EvalFixtures.resource("mini.gold.tsv")),
                EntityPairs.read(EvalFixtures.resource("mini.entities.tsv")));
    }

    @Test
    void aDocumentWithoutItsTextIsSkippedWithItsKeyedPairs() throws IOException {
        Files.writeString(folder.resolve("m1.txt"), "text");
        Files.writeString(folder.resolve("m4.md"), "not the text file the set names");
        GoldSelection selection = mini().withTextsIn(folder);
        assertEquals(List.of("m2", "m4"), selection.skipped());
        assertEquals(Set.of("m1"), selection.gold().documents());
        assertTrue(selection.gold().facts().stream().allMatch(f -> f.document().equals("m1")));
        int all = EntityPairs.read(EvalFixtures.resource("mini.entities.tsv")).pairs().size();
        List<EntityPair> kept = selection.pairs().pairs();
        assertTrue(kept.size() < all, "the pairs keyed in m2 are left out");
        assertTrue(kept.stream().allMatch(p -> !"m2".equals(p.first().document())
                && !"m2".equals(p.second().document())));
        assertTrue(kept.stream().anyMatch(p -> p.first().document() == null && p.second().document() == null),
                "pairs of plain names stay");
    }

    @Test
    void everyTextPresentSkipsNothing() throws IOException {
        for (String id : List.of("m1", "m2", "m4")) {
            Files.writeString(folder.resolve(id + ".txt"), "text");
        }
        GoldSelection selection = mini().withTextsIn(folder);
        assertEquals(List.of(), selection.skipped());
        assertEquals(mini().gold().facts(), selection.gold().facts());
        assertEquals(mini().pairs().pairs(), selection.pairs().pairs());
    }

    @Test
    void aPartKeepsTheDocumentsTheSourceListPutsInIt() throws IOException {
        Path sources = folder.resolve("sources.tsv");
        Files.writeString(sources, String.join("\t", SourceList.COLUMNS) + "\n"
                + String.join("\t", "m1", "https://example.org/1", "a query", "2020-01-02", "Outlet", "dev", SHA) + "\n"
                + String.join("\t", "m2", "https://example.org/2", "a query", "2020-01-03", "Outlet", "check", SHA)
                + "\n");
        SourceList list = SourceList.read(sources);
        assertEquals(Set.of("m2"), mini().inPart(list, "check").gold().documents());
        assertEquals(Set.of("m1"), mini().inPart(list, "dev").gold().documents());
        assertEquals(List.of(), mini().inPart(list, "dev").skipped());
    }

    @Test
    void aBadSourceListNamesTheLine() throws IOException {
        Path sources = folder.resolve("sources.tsv");
        Files.writeString(sources, String.join("\t", SourceList.COLUMNS) + "\n"
                + String.join("\t", "m1", "https://example.org/1", "q", "02/01/2020", "Outlet", "dev", SHA) + "\n");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> SourceList.read(sources));
        assertEquals(List.of(sources + ":2: date '02/01/2020' is not yyyy-mm-dd"), e.problems());
    }
}
