package org.newsgraph.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.trees.GrammaticalRelation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A grammar of constructions in CoreNLP's Semgrex language, kept in rule files under {@code src/main/resources} so
 * the patterns of language newsgraph reads can be seen, tested and extended without touching Java. The file format
 * (shared path variables, rules, their examples) is told at {@link SemgrexRuleFile}. Patterns name the nodes that
 * fill a role ({@code =drafter}); a match reports them as token indices of the sentence, so callers never see
 * CoreNLP's types. The sentence's graph is rebuilt from newsgraph's own records, which is what lets the rules run on
 * cached annotations.
 */
public final class SemgrexRules {

    /** One match: the rule that matched, its label and its named nodes as 1-based token indices. */
    public record Match(String rule, String label, Map<String, Integer> nodes) {

        public int node(String name) {
            Integer index = nodes.get(name);
            if (index == null) {
                throw new IllegalArgumentException("rule " + rule + " names no node '" + name + "'");
            }
            return index;
        }

        public boolean has(String name) {
            return nodes.containsKey(name);
        }
    }

    /** A rule as written: its name, what it finds (its label), its pattern with the variables filled in, the roles it fills, its examples. */
    public record Rule(String name, String label, String pattern, List<String> roles, List<SemgrexRuleFile.Example> examples) {}

    private static final Map<String, SemgrexRules> LOADED = new ConcurrentHashMap<>();
    /** Every rule of a file runs on the same sentence in turn: its graph is built once per thread. */
    private static final ThreadLocal<Object[]> LAST_GRAPH = ThreadLocal.withInitial(() -> new Object[2]);

    private final String resource;
    private final List<Rule> rules;
    private final Map<String, SemgrexPattern> patterns;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, RootAnchor> anchors = new LinkedHashMap<>();
    /** Extractors ask about one sentence many times (once per mention or cue): its matches are kept per thread. */
    private final ThreadLocal<Object[]> lastMatches = ThreadLocal.withInitial(() -> new Object[2]);

    private SemgrexRules(String resource, List<Rule> rules, Map<String, SemgrexPattern> patterns) {
        this.resource = resource;
        this.rules = rules;
        this.patterns = patterns;
        rules.forEach(r -> labels.put(r.name(), r.label()));
        rules.forEach(r -> anchors.put(r.name(), RootAnchor.of(r.pattern())));
    }

    /** Loads (once) the rule file at a class-path resource such as {@code /extract/rules/resolutions.semgrex}. */
    public static SemgrexRules named(String resource) {
        return LOADED.computeIfAbsent(resource, SemgrexRules::load);
    }

    public String resource() {
        return resource;
    }

    public List<String> ruleNames() {
        return List.copyOf(patterns.keySet());
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every match of every rule in the sentence, in rule-file order. */
    @SuppressWarnings("unchecked")
    public List<Match> matches(Sentence sentence) {
        Object[] last = lastMatches.get();
        if (last[0] == sentence) {
            return (List<Match>) last[1];
        }
        List<Match> found = new ArrayList<>();
        patterns.forEach((name, pattern) -> {
            if (anchors.get(name).mayMatch(sentence)) {
                collect(name, labels.get(name), pattern, graphOf(sentence), found);
            }
        });
        List<Match> matches = Collections.unmodifiableList(found);
        last[0] = sentence;
        last[1] = matches;
        return matches;
    }

    /** Every match of one rule in the sentence. */
    public List<Match> matches(Sentence sentence, String rule) {
        if (!patterns.containsKey(rule)) {
            throw new IllegalArgumentException(resource + " has no rule " + rule);
        }
        return matches(sentence).stream().filter(m -> m.rule().equals(rule)).toList();
    }

    private static void collect(String name, String label, SemgrexPattern pattern, SemanticGraph graph, List<Match> found) {
        SemgrexMatcher matcher = pattern.matcher(graph);
        while (matcher.find()) {
            Map<String, Integer> nodes = new LinkedHashMap<>();
            for (String node : matcher.getNodeNames()) {
                nodes.put(node, matcher.getNode(node).index());
            }
            found.add(new Match(name, label, Collections.unmodifiableMap(nodes)));
        }
    }

    static SemanticGraph graphOf(Sentence sentence) {
        Object[] last = LAST_GRAPH.get();
        if (last[0] == sentence) {
            return (SemanticGraph) last[1];
        }
        SemanticGraph graph = buildGraph(sentence);
        last[0] = sentence;
        last[1] = graph;
        return graph;
    }

    private static SemanticGraph buildGraph(Sentence sentence) {
        SemanticGraph graph = new SemanticGraph();
        IndexedWord[] words = new IndexedWord[sentence.tokens().size() + 1];
        for (Token token : sentence.tokens()) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.word());
            label.setValue(token.word());
            label.setOriginalText(token.word());
            label.setLemma(token.lemma());
            label.setTag(token.pos());
            label.setNER(token.ner());
            label.setIndex(token.index());
            label.setSentIndex(sentence.index());
            label.setBeginPosition(token.begin());
            label.setEndPosition(token.end());
            words[token.index()] = new IndexedWord(label);
            graph.addVertex(words[token.index()]);
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() == 0) {
                graph.addRoot(words[d.dependent()]);
            } else {
                graph.addEdge(words[d.governor()], words[d.dependent()],
                        GrammaticalRelation.valueOf(Language.UniversalEnglish, d.relation()), 1.0, false);
            }
        }
        return graph;
    }

    private static SemgrexRules load(String resource) {
        String text;
        try (InputStream in = SemgrexRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing Semgrex rule file " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        List<Rule> rules = SemgrexRuleFile.parse(resource, text);
        Map<String, SemgrexPattern> compiled = new LinkedHashMap<>();
        for (Rule rule : rules) {
            try {
                compiled.put(rule.name(), SemgrexPattern.compile(rule.pattern()));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": rule " + rule.name() + " does not compile: "
                        + e.getMessage(), e);
            }
        }
        return new SemgrexRules(resource, List.copyOf(rules), Collections.unmodifiableMap(compiled));
    }
}
