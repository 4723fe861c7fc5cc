package org.newsgraph.ingest;

/**
 * Replaces the characters that text from a badly converted file can carry but that no later stage should see:
 * C0 and C1 control characters, the non-characters U+FFFE and U+FFFF, and unpaired surrogates (which JSON escapes
 * can produce). XML 1.0 cannot carry most of them, so one stray bell character in one article would make the RDF/XML
 * export of the whole store fail; an unpaired surrogate cannot be written as UTF-8 at all and silently becomes '?'.
 *
 * <p>Every replacement is one char for one char, so offsets into the text stay valid. Vertical tab and form feed
 * become line breaks, since word processors and old wire feeds use them as such; the other controls become spaces;
 * the rest become U+FFFD, the character Unicode reserves for "something was here that could not be represented".
 */
final class UnsafeCharacters {

    private static final char REPLACEMENT = '\uFFFD';

    /** The text with its unsafe characters replaced, and how many there were. */
    record Cleaned(String text, int replaced) {
    }

    private UnsafeCharacters() {
    }

    static Cleaned clean(String text) {
        if (text == null) {
            return new Cleaned(null, 0);
        }
        char[] chars = null;
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                replacement = REPLACEMENT;
            } else if (c == '\u000B' || c == '\f') {
                replacement = '\n';
            } else if (isControl(c)) {
                replacement = ' ';
            } else {
                continue;
            }
            if (chars == null) {
                chars = text.toCharArray();
            }
            chars[i] = replacement;
            replaced++;
        }
        return new Cleaned(chars == null ? text : new String(chars), replaced);
    }

    /** Tab, line feed and carriage return are text; every other C0 control, DEL and the C1 range are not. */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
