package org.newsgraph.graph;

/** Text from articles made fit for file formats that cannot carry every character. */
public final class ExportText {

    private static final char REPLACEMENT = '\uFFFD';

    private ExportText() {
    }

    /**
     * The text with every character XML 1.0 forbids (C0 controls other than tab, line feed and carriage return;
     * unpaired surrogates; U+FFFE and U+FFFF) replaced by U+FFFD. A stray control character from a badly converted
     * article would otherwise make the whole GraphML file unreadable; Graphviz is as strict.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (allowed) {
                    if (cleaned != null) {
                        cleaned.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
            }
            if (!allowed && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (cleaned != null) {
                cleaned.append(allowed ? c : REPLACEMENT);
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }
}
