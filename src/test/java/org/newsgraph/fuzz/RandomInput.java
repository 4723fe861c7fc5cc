package org.newsgraph.fuzz;

import java.util.Random;

/**
 * Random text for the fuzz tests, drawn so that the characters which break things come up often: markup and
 * quoting characters, backslashes, line breaks, controls, bidi overrides, astral characters, non-Latin scripts.
 */
final class RandomInput {

    private static final String NASTY = "<>&\"'\\{}[]()#?%/:;,.=+*~`|^$@!-_ \t\n\r";
    private static final int[] SPECIAL = {
            0x0000, 0x0007, 0x000B, 0x000C, 0x001B, 0x007F, 0x0085, 0x009D, 0x00A0, 0x00AD, 0x200B, 0x200F, 0x2028,
            0x2029, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F389, 0x1F600, 0x10FFFF,
            0x20000};
    private static final String[] FRAGMENTS = {
            "<script>alert(1)</script>", "]]>", "-->", "<!--", "\"}", "{{x}}", "${jndi:x}", "%s", "\\N", "\\u0000",
            "\u00e2\u20ac\u2122", "\u00c3\u00a9", "SELECT * WHERE { ?s ?p ?o }", "\" } } DROP ALL #", "doc/..", ".",
            "Valdor said on Monday that the council would vote.", "The envoy of Norland opposed the draft."};

    private final Random random;

    RandomInput(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    byte[] bytes(int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A string of whole code points (no unpaired surrogates), as Java text can hold after any decoding. */
    String text(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(10);
            switch (kind) {
                case 0, 1 -> text.append(NASTY.charAt(random.nextInt(NASTY.length())));
                case 2 -> text.appendCodePoint(SPECIAL[random.nextInt(SPECIAL.length)]);
                case 3 -> text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 4 -> text.appendCodePoint(anyCodePoint());
                default -> text.append(word());
            }
        }
        return text.toString();
    }

    /** Plain words, so some random texts are long enough to be articles. */
    String word() {
        int length = between(1, 9);
        StringBuilder word = new StringBuilder(" ");
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private int anyCodePoint() {
        while (true) {
            int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
            if (!Character.isSurrogate((char) codePoint) || codePoint > 0xFFFF) {
                return codePoint;
            }
        }
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
