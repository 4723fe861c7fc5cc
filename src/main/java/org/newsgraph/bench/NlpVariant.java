package org.newsgraph.bench;

import org.newsgraph.nlp.NlpConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CoreNLP configuration the benchmark weighs: what it costs on the slice and what it scores on the seed eval.
 * The variants start from the pipeline newsgraph used before it was measured ({@link #ORIGINAL}) and take one
 * thing away or swap one thing at a time, so each row says what that one thing buys; the last ones put coreference
 * back on the lean pipeline, to say what it would cost there.
 */
public record NlpVariant(String name, String change, NlpConfig config) {

    static final List<String> FULL_ANNOTATORS =
            List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref");

    /** newsgraph's pipeline before this benchmark: statistical coreference and CoreNLP's full NER. */
    static final NlpConfig ORIGINAL = new NlpConfig(FULL_ANNOTATORS, new TreeMap<>(Map.of(
            "ssplit.newlineIsSentenceBreak", "always",
            "ner.applyFineGrained", "true",
            "ner.buildEntityMentions", "true",
            "coref.algorithm", "statistical")));

    private static final List<String> WITHOUT_COREF = FULL_ANNOTATORS.subList(0, FULL_ANNOTATORS.size() - 1);
    private static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** The variants in the order the table shows them: one change at a time, the default among them. */
    static List<NlpVariant> all() {
        NlpConfig noCoref = ORIGINAL.withAnnotators(WITHOUT_COREF).withSetting("coref.algorithm", null);
        NlpConfig lean = noCoref.withSetting("ner.useSUTime", "false")
                .withSetting("ner.applyNumericClassifiers", "false");
        NlpConfig literal = lean.withSetting("ner.fine.regexner.mapping", NlpConfig.LITERAL_FINE_GRAINED_GAZETTEERS);
        NlpConfig literalCoref = literal.withAnnotators(FULL_ANNOTATORS).withSetting("coref.algorithm", "statistical");
        List<NlpVariant> variants = new ArrayList<>();
        variants.add(new NlpVariant("original", "statistical coref, CoreNLP's full NER", ORIGINAL));
        variants.add(new NlpVariant("coref-fastneural", "coref.algorithm=fastneural",
                ORIGINAL.withSetting("coref.algorithm", "fastneural")));
        variants.add(new NlpVariant("no-coref", "no coref annotator (the extractors' own pronoun rule)", noCoref));
        variants.add(new NlpVariant("no-coref-no-sutime", "no coref, ner.useSUTime=false",
                noCoref.withSetting("ner.useSUTime", "false")));
        variants.add(new NlpVariant("no-coref-no-numeric", "no coref, ner.applyNumericClassifiers=false",
                noCoref.withSetting("ner.applyNumericClassifiers", "false")));
        variants.add(new NlpVariant("lean", "no coref, no SUTime, no numeric classifiers", lean));
        variants.add(new NlpVariant("lean-no-fine", "lean, ner.applyFineGrained=false",
                lean.withSetting("ner.applyFineGrained", "false")));
        variants.add(new NlpVariant("lean-3class", "lean, ner.model=3class only",
                lean.withSetting("ner.model", THREE_CLASS)));
        variants.add(new NlpVariant("lean-literal", "lean, fine-grained gazetteers without regular expressions",
                literal));
        variants.add(new NlpVariant("literal-coref", "lean-literal with statistical coref", literalCoref));
        variants.add(new NlpVariant("literal-coref-near", "literal-coref, antecedents at most 10 mentions back "
                + "(NlpConfig.withCoreference())", literal.withCoreference()));
        variants.add(new NlpVariant("literal-fastneural", "lean-literal with fastneural coref",
                literalCoref.withSetting("coref.algorithm", "fastneural")));
        return variants;
    }

    boolean isDefault() {
        return config.equals(NlpConfig.standard());
    }

    /** The worker's arguments that rebuild this configuration from the default one. */
    List<String> workerArguments() {
        List<String> args = new ArrayList<>(List.of("--annotators", String.join(",", config.annotators())));
        TreeMap<String, String> standard = NlpConfig.standard().settings();
        for (String key : standard.keySet()) {
            if (!config.settings().containsKey(key)) {
                args.addAll(List.of("--setting", key + "="));
            }
        }
        config.settings().forEach((key, value) -> args.addAll(List.of("--setting", key + "=" + value)));
        return args;
    }
}
