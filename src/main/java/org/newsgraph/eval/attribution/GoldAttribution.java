package org.newsgraph.eval.attribution;

import java.util.List;

/**
 * One hand-annotated attribution of a brat file: who (source) said what (content, possibly in several pieces).
 * {@code source} is null when the annotator marked the attribution as having no source in the text.
 */
public record GoldAttribution(String document, String id, List<Span> content, String contentText, Span source,
                              String sourceText, Kind kind, SourceKind sourceKind) {

    public GoldAttribution {
        content = List.copyOf(content);
    }

    /** Direct: the content is one quotation; mixed: quoted words inside reported speech; indirect: no quotation. */
    public enum Kind {
        DIRECT, MIXED, INDIRECT;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Named: the source holds a capitalised word that is neither a pronoun nor an article ("Mr Smith", "the UN"). */
    public enum SourceKind {
        NAMED("named"), DESCRIPTION("pronoun/description"), NONE("no source");

        private final String label;

        SourceKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A character range [begin, end) of the article text. */
    public record Span(int begin, int end) {
        public int length() {
            return Math.max(0, end - begin);
        }

        int overlap(int otherBegin, int otherEnd) {
            return Math.max(0, Math.min(end, otherEnd) - Math.max(begin, otherBegin));
        }
    }

    /** How many characters of [begin, end) lie inside the content. */
    public int insideContent(int begin, int end) {
        return content.stream().mapToInt(s -> s.overlap(begin, end)).sum();
    }

    public int contentBegin() {
        return content.stream().mapToInt(Span::begin).min().orElse(0);
    }

    public int contentEnd() {
        return content.stream().mapToInt(Span::end).max().orElse(0);
    }
}
