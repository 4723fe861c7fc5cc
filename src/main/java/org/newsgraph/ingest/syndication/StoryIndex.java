package org.newsgraph.ingest.syndication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups near-duplicate documents into stories with locality-sensitive hashing over {@link MinHash} sketches: the
 * sketch is cut into bands, documents sharing a whole band are candidates, and a candidate whose estimated
 * similarity reaches {@link #THRESHOLD} is a copy. A new document joins the story of its most similar copy, else
 * starts a story of its own. Filled from the store before a build, so copies arriving later join the story their
 * earlier copies started. Not thread-safe: the build's writer thread uses it.
 */
public final class StoryIndex {

    /**
     * Estimated Jaccard similarity of word 5-shingles from which two texts are one story. Measured on 1,000 BBC
     * bench articles (docs/web-input.md): of 3,000 copies with another headline, other furniture or an ending cut by
     * a third, 17 score below 0.5 (lowest 0.42); of the 499,500 pairs of different articles none reaches 0.5 except
     * the corpus's own repeated articles, and two follow-ups reusing paragraphs score 0.41 and 0.45.
     */
    public static final double THRESHOLD = 0.5;

    /** 32 bands of 2: a copy at the threshold shares a band with its original with probability 1 - 0.75^32 > 0.9999. */
    private static final int BANDS = 32;
    private static final int ROWS = MinHash.SIZE / BANDS;

    private record Member(String documentId, String story, int[] sketch) {}

    private final Map<Long, List<Member>> buckets = new HashMap<>();

    /** Records a document already assigned to a story. */
    public void add(String documentId, String story, int[] sketch) {
        Member member = new Member(documentId, story, sketch);
        for (int band = 0; band < BANDS; band++) {
            buckets.computeIfAbsent(bandKey(sketch, band), k -> new ArrayList<>(1)).add(member);
        }
    }

    /**
     * The story of the document: that of its most similar earlier copy, else {@code ownStory}. The document is
     * recorded either way; a document already recorded under its id (a rebuilt one) is not its own copy.
     */
    public String assign(String documentId, int[] sketch, String ownStory) {
        Member best = null;
        double bestSimilarity = THRESHOLD;
        for (int band = 0; band < BANDS; band++) {
            for (Member candidate : buckets.getOrDefault(bandKey(sketch, band), List.of())) {
                if (candidate.documentId.equals(documentId)) {
                    continue;
                }
                double similarity = MinHash.similarity(sketch, candidate.sketch);
                if (similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }
        }
        String story = best == null ? ownStory : best.story;
        add(documentId, story, sketch);
        return story;
    }

    private static long bandKey(int[] sketch, int band) {
        long key = band;
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
            key = key * 0x100000001B3L + sketch[i];
        }
        return key;
    }
}
