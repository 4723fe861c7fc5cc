package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms in which the evaluation compares text. Gold files are typed by hand and articles come from many
 * sources, so the same name arrives with curly or straight apostrophes, non-breaking spaces or another case; none of
 * that should decide whether a fact was found.
 */
final class MatchText {

    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02bc\u0060\u00b4\u2032]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private MatchText() {
    }

    /** A name as compared: compatibility-normalised, straight apostrophes, single spaces, lower case. */
    static String name(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        normalised = APOSTROPHES.matcher(normalised).replaceAll("'");
        return SPACES.matcher(normalised).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A quote as compared: a name's form without punctuation. Apostrophes vanish rather than split a word, so that
     * "we're" stays one word whichever apostrophe the article used; other punctuation becomes a space, so that a dash
     * between two words separates them with or without spaces around it.
     */
    static String quote(String text) {
        String form = name(text).replace("'", "");
        form = PUNCTUATION.matcher(form).replaceAll(" ");
        return SPACES.matcher(form).replaceAll(" ").strip();
    }

    /** True when the quote begins with or contains the snippet, on word boundaries, both in {@link #quote} form. */
    static boolean quoteContains(String quote, String snippet) {
        String q = quote(quote);
        String s = quote(snippet);
        return !s.isEmpty() && (" " + q + " ").contains(" " + s + " ");
    }

    /** Words of a quote as written: runs between spaces holding a letter or digit ("We're" is one, "--" none). */
    static int words(String text) {
        int count = 0;
        for (String token : SPACES.split(text.strip())) {
            if (WORD.matcher(token).find()) {
                count++;
            }
        }
        return count;
    }
}
