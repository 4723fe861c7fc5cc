package org.newsgraph.ingest.syndication;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash sketches of a text's word shingles (Broder 1997): the share of equal positions in two sketches estimates
 * the Jaccard similarity of the two texts' shingle sets. A wire story printed by two outlets under other headlines,
 * with other page furniture or a cut ending keeps most of its shingles; two different stories share almost none.
 */
public final class MinHash {

    /** Sketch length: the estimate's standard error is at most 1 / (2 sqrt(64)) = 0.06. */
    public static final int SIZE = 64;

    /** Words per shingle: long enough that shared phrases ("the United Nations Security Council") rarely match. */
    static final int SHINGLE_WORDS = 5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    public static int[] sketch(String text) {
        int[] sketch = new int[SIZE];
        java.util.Arrays.fill(sketch, Integer.MAX_VALUE);
        for (long shingle : shingles(text)) {
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
                if (h < sketch[i]) {
                    sketch[i] = h;
                }
            }
        }
        return sketch;
    }

    /** The estimated Jaccard similarity of the texts behind two sketches. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    static Set<Long> shingles(String text) {
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        long[] window = new long[SHINGLE_WORDS];
        int seen = 0;
        Set<Long> shingles = new HashSet<>();
        while (words.find()) {
            window[seen % SHINGLE_WORDS] = words.group().hashCode();
            seen++;
            if (seen >= SHINGLE_WORDS) {
                long h = 0;
                for (int i = 0; i < SHINGLE_WORDS; i++) {
                    h = h * 1_000_003L + window[(seen + i) % SHINGLE_WORDS];
                }
                shingles.add(mix(h));
            }
        }
        return shingles;
    }

    public static String encode(int[] sketch) {
        ByteBuffer bytes = ByteBuffer.allocate(SIZE * Integer.BYTES);
        for (int value : sketch) {
            bytes.putInt(value);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /** The sketch, or null when {@code encoded} is not one (a store written by another version). */
    public static int[] decode(String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (bytes.length != SIZE * Integer.BYTES) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] sketch = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            sketch[i] = buffer.getInt();
        }
        return sketch;
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long state = 0x5DEECE66DL;
        for (int i = 0; i < SIZE; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
