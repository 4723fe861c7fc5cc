package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads terms as gold files write them. Problems are thrown as {@link IllegalArgumentException} with a message
 * that makes sense after a {@code file:line:} prefix, which the file readers add.
 */
final class TermSyntax {

    /** The outcomes the guidelines score; a plain draft is not one of them. */
    static final Set<String> STATUS_VALUES = Set.of(
            "adopted", "vetoed", "failed", "planned", "ongoing", "suspended", "resumed", "completed");

    private static final Pattern KEY = Pattern.compile("(?i)(resolution|evacuation)\\s*\\[(.*)]");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c](.*)[\"\u201d]", Pattern.DOTALL);

    private TermSyntax() {
    }

    static boolean isQuoted(String text) {
        return QUOTED.matcher(text).matches();
    }

    static Term.Quote quote(String text) {
        Matcher m = QUOTED.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a quoted snippet such as \"We cannot support it\", got "
                    + text);
        }
        if (MatchText.quote(m.group(1)).isEmpty()) {
            throw new IllegalArgumentException("empty quote snippet " + text);
        }
        return new Term.Quote(text, m.group(1));
    }

    static Term.Status status(String text) {
        List<String> values = new ArrayList<>();
        for (String alternative : alternatives(text)) {
            String value = alternative.toLowerCase(Locale.ROOT);
            if (value.equals("draft")) {
                throw new IllegalArgumentException("status 'draft' is not scored; leave the row out");
            }
            if (!STATUS_VALUES.contains(value)) {
                throw new IllegalArgumentException("unknown status '" + alternative + "'; use one of "
                        + String.join(", ", STATUS_VALUES.stream().sorted().toList()));
            }
            values.add(value);
        }
        return new Term.Status(text, values);
    }

    /** Names and keys separated by {@code |}; a {@code |} inside a key's brackets separates the key's values. */
    static Term.Entity entity(String text) {
        if (isQuoted(text)) {
            throw new IllegalArgumentException("a quoted snippet (" + text + ") is only the object of 'said'");
        }
        List<String> names = new ArrayList<>();
        List<EntityKey> keys = new ArrayList<>();
        for (String alternative : alternatives(text)) {
            if (alternative.indexOf('[') >= 0 || alternative.indexOf(']') >= 0) {
                keys.add(key(alternative));
            } else {
                names.add(alternative);
            }
        }
        return new Term.Entity(text, names, keys);
    }

    static EntityKey key(String text) {
        Matcher m = KEY.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed key '" + text + "'; write Resolution[drafter=NAME], "
                    + "Resolution[number=N], Resolution[*], Evacuation[from=PLACE] or Evacuation[*]");
        }
        EntityKey.Kind kind = m.group(1).equalsIgnoreCase("resolution")
                ? EntityKey.Kind.RESOLUTION : EntityKey.Kind.EVACUATION;
        String inside = m.group(2).strip();
        if (inside.equals("*")) {
            return new EntityKey(kind, EntityKey.Attribute.ANY, List.of(), text);
        }
        int equals = inside.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("key '" + text + "' needs ATTRIBUTE=VALUE or * inside its brackets");
        }
        String word = inside.substring(0, equals).strip();
        EntityKey.Attribute attribute = null;
        for (EntityKey.Attribute candidate : EntityKey.Attribute.values()) {
            if (candidate != EntityKey.Attribute.ANY && candidate.word().equalsIgnoreCase(word)) {
                attribute = candidate;
            }
        }
        if (attribute == null || !attribute.appliesTo(kind)) {
            throw new IllegalArgumentException("key '" + text + "': " + kind.word() + " keys take "
                    + (kind == EntityKey.Kind.RESOLUTION ? "drafter= or number=" : "from=") + ", not '" + word + "='");
        }
        return new EntityKey(kind, attribute, alternatives(inside.substring(equals + 1)), text);
    }

    /** Splits at {@code |} outside brackets; empty alternatives are mistakes ("A||B", "A|"). */
    static List<String> alternatives(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '|';
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '|' && (depth == 0 || i == text.length())) {
                String part = text.substring(start, i).strip();
                if (part.isEmpty()) {
                    throw new IllegalArgumentException("empty alternative in '" + text + "'");
                }
                parts.add(part);
                start = i + 1;
            }
        }
        return parts;
    }
}
