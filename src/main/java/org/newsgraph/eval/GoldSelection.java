package org.newsgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The gold documents one evaluation scores. A set of collected web articles keeps its gold in the repository but
 * not the texts, which are re-collected: an article whose text is not at hand is skipped rather than scored as a
 * document with every fact missed. A set can also be scored by part (dev, check) as its source list assigns them.
 *
 * @param gold    the rows of the kept documents
 * @param pairs   the entity pairs that still mean something (null when there are none to check)
 * @param skipped the gold documents left out because their text is absent, in gold-file order
 */
public record GoldSelection(GoldFile gold, EntityPairs pairs, List<String> skipped) {

    public GoldSelection {
        skipped = List.copyOf(skipped);
    }

    public static GoldSelection of(GoldFile gold, EntityPairs pairs) {
        return new GoldSelection(gold, pairs, List.of());
    }

    /** Only the documents of {@code part} in the source list. */
    public GoldSelection inPart(SourceList sources, String part) {
        return keep(id -> sources.inPart(id, part), skipped);
    }

    /** Only the documents whose text {@code ID.txt} is in {@code articles}; the others are added to the skipped. */
    public GoldSelection withTextsIn(Path articles) {
        List<String> absent = new ArrayList<>(skipped);
        for (String document : gold.documents()) {
            if (!Files.isRegularFile(articles.resolve(document + ".txt"))) {
                absent.add(document);
            }
        }
        return keep(id -> !absent.contains(id), absent);
    }

    private GoldSelection keep(Predicate<String> keep, List<String> skippedNow) {
        return new GoldSelection(gold.restrictedTo(keep), pairs == null ? null : pairs.restrictedTo(keep), skippedNow);
    }
}
