package org.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** The forms of a name that count as the same name: without "the", an honorific or a possessive; a surname ending a full name. */
final class EntityNames {

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Dr|Sir|Dame)\\.?\\s+");

    private EntityNames() {
    }

    static boolean endsWithName(String fullName, String shortName) {
        String full = fullName.toLowerCase(Locale.ROOT);
        String part = shortName.toLowerCase(Locale.ROOT);
        return full.endsWith(" " + part) || full.endsWith("-" + part);
    }

    static String clean(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        n = LEADING_ARTICLE.matcher(n).replaceFirst("");
        n = HONORIFIC.matcher(n).replaceFirst("");
        n = n.replaceFirst("\\s*'s$", "").replaceFirst("’s$", "");
        return n;
    }

    static String normalise(String name) {
        return clean(name).toLowerCase(Locale.ROOT);
    }
}
