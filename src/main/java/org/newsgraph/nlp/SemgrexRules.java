package org.newsgraph.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.trees.GrammaticalRelation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dependency patterns in CoreNLP's Semgrex language, kept in rule files under {@code src/main/resources} so the
 * language patterns can be read and extended without touching Java. A rule file holds {@code name = pattern} lines
 * (a line starting with white space continues the pattern above; {@code #} starts a comment). Patterns name the
 * nodes that matter ({@code =drafter}); a match reports them as token indices of the sentence, so callers never see
 * CoreNLP's types. The sentence's graph is rebuilt from newsgraph's own records, which is what lets the rules run on
 * cached annotations.
 */
public final class SemgrexRules {

    /** One match: the rule that matched and its named nodes as 1-based token indices. */
    public record Match(String rule, Map<String, Integer> nodes) {

        public int node(String name) {
            Integer index = nodes.get(name);
            if (index == null) {
                throw new IllegalArgumentException("rule " + rule + " names no node '" + name + "'");
            }
            return index;
        }
    }

    private static final Map<String, SemgrexRules> LOADED = new ConcurrentHashMap<>();

    private final Map<String, SemgrexPattern> rules;

    private SemgrexRules(Map<String, SemgrexPattern> rules) {
        this.rules = rules;
    }

    /** Loads (once) the rule file at a class-path resource such as {@code /extract/rules/resolutions.semgrex}. */
    public static SemgrexRules named(String resource) {
        return LOADED.computeIfAbsent(resource, SemgrexRules::load);
    }

    public List<String> ruleNames() {
        return List.copyOf(rules.keySet());
    }

    /** Every match of every rule in the sentence, in rule-file order. */
    public List<Match> matches(Sentence sentence) {
        SemanticGraph graph = graphOf(sentence);
        List<Match> found = new ArrayList<>();
        rules.forEach((name, pattern) -> {
            SemgrexMatcher matcher = pattern.matcher(graph);
            while (matcher.find()) {
                Map<String, Integer> nodes = new LinkedHashMap<>();
                for (String node : matcher.getNodeNames()) {
                    nodes.put(node, matcher.getNode(node).index());
                }
                found.add(new Match(name, java.util.Collections.unmodifiableMap(nodes)));
            }
        });
        return found;
    }

    private static SemanticGraph graphOf(Sentence sentence) {
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
        try (InputStream in = SemgrexRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing Semgrex rule file " + resource);
            }
            Map<String, String> sources = new LinkedHashMap<>();
            String current = null;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (Character.isWhitespace(line.charAt(0)) && current != null) {
                    sources.merge(current, " " + line.strip(), String::concat);
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": expected 'name = pattern'");
                }
                current = line.substring(0, eq).strip();
                sources.put(current, line.substring(eq + 1).strip());
            }
            Map<String, SemgrexPattern> compiled = new LinkedHashMap<>();
            for (Map.Entry<String, String> rule : sources.entrySet()) {
                try {
                    compiled.put(rule.getKey(), SemgrexPattern.compile(rule.getValue()));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + ": rule " + rule.getKey() + " does not compile: "
                            + e.getMessage(), e);
                }
            }
            return new SemgrexRules(java.util.Collections.unmodifiableMap(compiled));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
