package org.newsgraph.eval.attribution;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** PolNeAR's dev split, read from the shared corpus folder when it is there (it is third-party data, never copied). */
class PolnearDevTest {

    /** The shared corpus beside the checkout (or beside the folder of worktrees), or where newsgraph.polnear says. */
    private static final List<Path> CANDIDATES = List.of(
            Path.of(System.getProperty("newsgraph.polnear", "../shared/corpus/polnear")),
            Path.of("../../shared/corpus/polnear"));

    @Test
    void everyDevArticleAndItsAttributionsAreRead() {
        Path dev = CANDIDATES.stream().map(p -> p.resolve("dev")).filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(dev != null, "PolNeAR is not available here");
        BratAttributions corpus = BratAttributions.read(dev);
        assertEquals(84, corpus.documents().size());
        List<GoldAttribution> all = corpus.documents().stream().flatMap(d -> corpus.attributionsOf(d).stream()).toList();
        assertTrue(all.size() > 2000, "attributions: " + all.size());
        for (GoldAttribution a : all) {
            String text = corpus.text(a.document());
            assertTrue(a.contentEnd() <= text.length(), a.toString());
            if (a.source() != null) {
                assertEquals(a.sourceText(), text.substring(a.source().begin(), a.source().end()));
            }
        }
        long quotesNamed = all.stream().filter(a -> a.kind() != GoldAttribution.Kind.INDIRECT
                && a.sourceKind() == GoldAttribution.SourceKind.NAMED).count();
        assertTrue(quotesNamed > 300 && quotesNamed < 800, "direct+mixed named: " + quotesNamed);
    }
}
