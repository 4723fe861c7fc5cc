package org.newsgraph.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element as paragraphs: each block element (paragraph, heading, list item, quote, cell) is one
 * paragraph, a {@code <br>} inside one a line break, runs of white space one space. Paragraphs are joined with a
 * blank line, the shape of the plain-text articles newsgraph reads, so the sentence splitter sees the same breaks.
 */
final class Paragraphs {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "table", "tr", "td", "th", "figure", "figcaption", "hr", "address", "form", "fieldset",
            "details", "summary");

    private Paragraphs() {
    }

    static List<String> of(Element root) {
        return of(root, block -> false);
    }

    /** As {@link #of(Element)}, leaving out every block element {@code skipped} accepts, with all it holds. */
    static List<String> of(Element root, Predicate<Element> skipped) {
        Collector collector = new Collector(skipped);
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.paragraphs;
    }

    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static final class Collector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private final Predicate<Element> skipped;
        private Element skipping;

        Collector(Predicate<Element> skipped) {
            this.skipped = skipped;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) {
                return;
            }
            if (node instanceof TextNode text) {
                append(text.getWholeText());
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    trimTrailingSpace();
                    current.append('\n');
                } else if (BLOCKS.contains(element.normalName())) {
                    flush();
                    if (isLeafBlock(element) && skipped.test(element)) {
                        skipping = element;
                    }
                }
            }
        }

        /** Only blocks holding no other block are judged, so a container is never dropped for its link lists. */
        private static boolean isLeafBlock(Element element) {
            for (Element child : element.children()) {
                if (BLOCKS.contains(child.normalName())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipping != null) {
                if (node == skipping) {
                    skipping = null;
                }
                return;
            }
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush();
            }
        }

        /** White space collapses to one space, never at the start of a line. */
        private void append(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (current.length() > 0 && current.charAt(current.length() - 1) != ' '
                            && current.charAt(current.length() - 1) != '\n') {
                        current.append(' ');
                    }
                } else {
                    current.append(c);
                }
            }
        }

        private void trimTrailingSpace() {
            while (current.length() > 0 && current.charAt(current.length() - 1) == ' ') {
                current.setLength(current.length() - 1);
            }
        }

        void flush() {
            trimTrailingSpace();
            String paragraph = current.toString().strip();
            current.setLength(0);
            if (paragraph.isEmpty()) {
                return;
            }
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            paragraphs.add(String.join("\n", lines));
        }
    }
}
