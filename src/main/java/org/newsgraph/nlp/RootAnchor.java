package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.IntStream;

/**
 * What the root node of a Semgrex pattern asks of a token, read from the pattern's text, so that a sentence with no
 * token that could be the root skips the pattern without a Semgrex matcher. Most rules start at a verb or noun of a
 * few lemmas, and most sentences have none of them: running every rule of every file on every sentence cost more
 * than half of extraction.
 *
 * <p>The test is looser than Semgrex's own, never stricter: a regular expression is searched for, not matched whole, a
 * plain value is compared without case, and attributes the test does not know, negated ones and node specs it cannot
 * read leave the anchor open. So a skipped pattern is one Semgrex could not have matched.
 */
final class RootAnchor {

    /** The anchor of a pattern whose root asks nothing the test can check: every sentence may match. */
    static final RootAnchor OPEN = new RootAnchor(List.of());

    /**
     * After the root's spec and name: a relation (not negated, not optional, not a bracket of alternatives), then the
     * node it leads to, bare or opening a group.
     */
    private static final Pattern FIRST_RELATION =
            Pattern.compile("\\s*(=\\w+)?\\s*[<>.$-][^\\s{}()\\[\\]!?]*\\s+\\(?\\s*\\{");

    /** For each node sure to be in a match, the tests one token must pass. */
    private final List<List<Predicate<Token>>> nodes;

    private RootAnchor(List<List<Predicate<Token>>> nodes) {
        this.nodes = nodes;
    }

    /**
     * The anchor of a compiled rule's pattern (variables already filled in): its root, and the node of its first
     * relation when that one is sure to be there (not negated, not optional, and no alternative anywhere).
     */
    static RootAnchor of(String pattern) {
        String text = pattern.strip();
        if (!text.startsWith("{")) {
            return OPEN;
        }
        int close = closingBrace(text, 0);
        if (close < 0) {
            return OPEN;
        }
        List<List<Predicate<Token>>> nodes = new ArrayList<>();
        addNode(nodes, text.substring(1, close));
        if (!hasAlternative(text)) {
            Matcher relation = FIRST_RELATION.matcher(text).region(close + 1, text.length());
            if (relation.lookingAt()) {
                int open = relation.end() - 1;
                int end = closingBrace(text, open);
                if (end > 0) {
                    addNode(nodes, text.substring(open + 1, end));
                }
            }
        }
        return nodes.isEmpty() ? OPEN : new RootAnchor(List.copyOf(nodes));
    }

    private static void addNode(List<List<Predicate<Token>>> nodes, String spec) {
        List<Predicate<Token>> constraints = new ArrayList<>();
        for (String attribute : splitAttributes(spec)) {
            Predicate<Token> constraint = constraint(attribute);
            if (constraint != null) {
                constraints.add(constraint);
            }
        }
        if (!constraints.isEmpty()) {
            nodes.add(List.copyOf(constraints));
        }
    }

    /** A "|" outside node specs and regular expressions: some relations are alternatives, so none is sure. */
    private static boolean hasAlternative(String text) {
        int depth = 0;
        for (int i : structural(text, 0)) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** False only when no token of the sentence could be the pattern's root. */
    boolean mayMatch(Sentence sentence) {
        for (List<Predicate<Token>> node : nodes) {
            if (sentence.tokens().stream().noneMatch(token -> fits(node, token))) {
                return false;
            }
        }
        return true;
    }

    boolean isOpen() {
        return nodes.isEmpty();
    }

    /** How many nodes the anchor tests. */
    int nodeCount() {
        return nodes.size();
    }

    private static boolean fits(List<Predicate<Token>> node, Token token) {
        for (Predicate<Token> constraint : node) {
            if (!constraint.test(token)) {
                return false;
            }
        }
        return true;
    }

    /** The brace that closes the spec opened at {@code open}, skipping braces inside a /regular expression/; -1 when unclear. */
    private static int closingBrace(String text, int open) {
        for (int i : structural(text, open + 1)) {
            if (text.charAt(i) == '}') {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitAttributes(String spec) {
        List<String> attributes = new ArrayList<>();
        int start = 0;
        for (int i : structural(spec, 0)) {
            if (spec.charAt(i) == ';') {
                attributes.add(spec.substring(start, i));
                start = i + 1;
            }
        }
        attributes.add(spec.substring(start));
        return attributes;
    }

    /** The positions from {@code from} on that hold structure: outside a /regular expression/ and not escaped. */
    private static int[] structural(String text, int from) {
        IntStream.Builder positions = IntStream.builder();
        boolean inRegex = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '/') {
                inRegex = !inRegex;
            } else if (!inRegex) {
                positions.add(i);
            }
        }
        return positions.build().toArray();
    }

    /** A looser form of one attribute test, or null when the test cannot be read safely. */
    private static Predicate<Token> constraint(String attribute) {
        int colon = attribute.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String name = attribute.substring(0, colon).strip();
        String value = attribute.substring(colon + 1).strip();
        Function<Token, String> field = switch (name) {
            case "word", "value", "originalText" -> Token::word;
            case "lemma" -> Token::lemma;
            case "tag" -> Token::pos;
            case "ner" -> Token::ner;
            default -> null;
        };
        if (field == null || value.isEmpty()) {
            return null;
        }
        if (value.length() >= 2 && value.startsWith("/") && value.endsWith("/")) {
            Pattern regex;
            try {
                regex = Pattern.compile(value.substring(1, value.length() - 1));
            } catch (PatternSyntaxException e) {
                return null;
            }
            return token -> {
                String text = field.apply(token);
                return text != null && regex.matcher(text).find();
            };
        }
        if (value.contains("/") || value.startsWith("!") || value.contains("__")) {
            return null;
        }
        return token -> value.equalsIgnoreCase(field.apply(token));
    }
}
