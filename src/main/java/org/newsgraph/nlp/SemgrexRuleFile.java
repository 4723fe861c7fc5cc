package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text format of a grammar rule file. {@code #} starts a comment line. Three kinds of entries:
 * <pre>
 * define TEXT = {lemma:/(?i)resolution|draft|text|measure/}
 *
 * drafted-by = ${TEXT}=resolution
 *     &gt;/acl.*&#47; ({lemma:/draft|propose/} &gt;/obl:agent|obl:by/ {}=drafter)
 *     label: drafted
 *     example: A draft put forward by Japan failed. =&gt; resolution=draft, drafter=Japan
 *     counterexample: The draft was discussed by the council. =&gt; drafter=council
 * </pre>
 * {@code define NAME = text} names a piece of pattern that later lines use as {@code ${NAME}} (Odin's path
 * variables: one place lists every way to say a thing). {@code name = pattern} starts a rule; a line starting with
 * white space continues it. {@code label:} names what the rule finds, where rules of a file find different things
 * (the rule's name otherwise). {@code example:} gives a sentence the rule must match, and after {@code =>} the word each
 * named node must be; {@code counterexample:} a sentence no match of the rule may give those words (or, without
 * {@code =>}, may match at all). Examples are tests: each runs on its sentence as the real pipeline parses it.
 */
public final class SemgrexRuleFile {

    /** A sentence and the word every listed role must be; {@code positive} false for a counterexample. */
    public record Example(String sentence, Map<String, String> roles, boolean positive) {}

    private static final Pattern DEFINE = Pattern.compile("define\\s+([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*(.*)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final Pattern NAMED_NODE = Pattern.compile("=([A-Za-z][A-Za-z0-9_]*)");
    private static final Pattern REGEX_LITERAL = Pattern.compile("/(?:[^/\\\\]|\\\\.)*/");
    private static final String EXAMPLE = "example:";
    private static final String COUNTEREXAMPLE = "counterexample:";
    private static final String LABEL = "label:";

    private SemgrexRuleFile() {
    }

    /** The rules of a file in their order, variables filled in; a malformed line is named with its line number. */
    public static List<SemgrexRules.Rule> parse(String resource, String text) {
        Map<String, String> variables = new LinkedHashMap<>();
        Map<String, StringBuilder> patterns = new LinkedHashMap<>();
        Map<String, List<Example>> examples = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        String current = null;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String where = resource + ":" + (n + 1) + ": ";
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (stripped.startsWith(EXAMPLE) || stripped.startsWith(COUNTEREXAMPLE)) {
                if (current == null) {
                    throw new IllegalStateException(where + "an example before any rule");
                }
                examples.get(current).add(example(where, stripped));
                continue;
            }
            if (stripped.startsWith(LABEL) && current != null) {
                labels.put(current, stripped.substring(LABEL.length()).strip());
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (current == null) {
                    throw new IllegalStateException(where + "a continuation line before any rule");
                }
                patterns.get(current).append(' ').append(substitute(where, stripped, variables));
                continue;
            }
            Matcher define = DEFINE.matcher(stripped);
            if (define.matches()) {
                variables.put(define.group(1), substitute(where, define.group(2).strip(), variables));
                current = null;
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(where + "expected 'name = pattern', 'define NAME = text' or an example");
            }
            current = line.substring(0, eq).strip();
            if (patterns.containsKey(current)) {
                throw new IllegalStateException(where + "a second rule named " + current);
            }
            patterns.put(current, new StringBuilder(substitute(where, line.substring(eq + 1).strip(), variables)));
            examples.put(current, new ArrayList<>());
        }
        List<SemgrexRules.Rule> rules = new ArrayList<>();
        patterns.forEach((name, pattern) -> rules.add(new SemgrexRules.Rule(name, labels.getOrDefault(name, name),
                pattern.toString(),
                roles(pattern.toString()), List.copyOf(examples.get(name)))));
        return rules;
    }

    /** The named nodes of a pattern, outside its regular expressions. */
    static List<String> roles(String pattern) {
        Matcher named = NAMED_NODE.matcher(REGEX_LITERAL.matcher(pattern).replaceAll("//"));
        LinkedHashSet<String> roles = new LinkedHashSet<>();
        while (named.find()) {
            roles.add(named.group(1));
        }
        return List.copyOf(roles);
    }

    private static String substitute(String where, String text, Map<String, String> variables) {
        Matcher use = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (use.find()) {
            String value = variables.get(use.group(1));
            if (value == null) {
                throw new IllegalStateException(where + "no variable " + use.group(1) + " is defined above");
            }
            use.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        use.appendTail(out);
        return out.toString();
    }

    private static Example example(String where, String line) {
        boolean positive = line.startsWith(EXAMPLE);
        String body = line.substring(positive ? EXAMPLE.length() : COUNTEREXAMPLE.length()).strip();
        int arrow = body.lastIndexOf("=>");
        String sentence = (arrow < 0 ? body : body.substring(0, arrow)).strip();
        Map<String, String> roles = new LinkedHashMap<>();
        if (arrow >= 0) {
            for (String binding : body.substring(arrow + 2).split(",")) {
                int eq = binding.indexOf('=');
                if (eq <= 0 || binding.substring(eq + 1).isBlank()) {
                    throw new IllegalStateException(where + "expected 'role=word' after '=>', got '" + binding.strip() + "'");
                }
                roles.put(binding.substring(0, eq).strip(), binding.substring(eq + 1).strip());
            }
        }
        if (sentence.isEmpty()) {
            throw new IllegalStateException(where + "an example without a sentence");
        }
        return new Example(sentence, Map.copyOf(roles), positive);
    }
}
