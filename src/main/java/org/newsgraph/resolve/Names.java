package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;

/** Name keys that survive the ways news text varies a name: case, accents, punctuation, "the", hyphens. */
public final class Names {

    private Names() {
    }

    /** "the U.N." and "UN", "al-Hadid Brigades" and "Al Hadid Brigades" share a key. */
    public static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replace('’', '\'');
        n = n.replaceAll("^the\\s+", "");
        // the Arabic article is written "al-", "Al ", "el-" or left out: "al-Hadid Brigades" is "Hadid Brigades"
        n = n.replaceAll("^(al|el)[-\\s]+(?=\\p{L})", "");
        n = n.replaceAll("'s$", "");
        n = n.replace(".", "");
        n = n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return n;
    }

    /** A slug for IRIs: lower-case ASCII letters, digits and hyphens only, so a name can never break an IRI. */
    public static String slug(String name) {
        String s = key(name).replace(' ', '-').replaceAll("[^a-z0-9-]", "");
        s = s.replaceAll("-+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
    }

    private static final java.util.Set<String> MINOR_WORDS = java.util.Set.of("of", "the", "for", "and", "on", "in",
            "de", "des", "du", "la", "le", "al");

    /** "International Committee of the Red Cross" → "ICRC": the first letters of the words that carry meaning. */
    public static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : key(name).split(" ")) {
            if (!word.isEmpty() && !MINOR_WORDS.contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * A spelling skeleton for transliterated place names ("Tal Hamra"/"Tel Hamra", "Douma"/"Duma"): vowels fold to
     * one mark, doubled letters and a final "h" after a vowel drop, the Arabic article goes.
     */
    public static String transliterationSkeleton(String name) {
        String k = key(name).replace(" ", "");
        k = k.replaceAll("(.)\\1+", "$1");
        k = k.replaceAll("[aeiou]+", "V");
        k = k.replaceAll("Vh$", "V");
        return k;
    }

    /** The last word of a person's name ("Pavel Orlov" → "orlov", "Jan van der Berg" → "berg"). */
    public static String surname(String name) {
        String[] words = key(name).split(" ");
        return words[words.length - 1];
    }

    /** The words before the surname. */
    public static String givenNames(String name) {
        String k = key(name);
        int space = k.lastIndexOf(' ');
        return space < 0 ? "" : k.substring(0, space);
    }

    /**
     * Transliterations of one given name ("Sergei"/"Sergey", "Mohammed"/"Muhammad") differ in a letter or two; a
     * different person with the same surname rarely has a given name that close.
     */
    public static boolean similarGivenNames(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        String first = a.split(" ")[0];
        String second = b.split(" ")[0];
        if (first.charAt(0) != second.charAt(0)) {
            return false;
        }
        int allowed = Math.max(first.length(), second.length()) >= 5 ? 2 : 1;
        return editDistance(first, second) <= allowed;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
