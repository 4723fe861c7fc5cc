package org.newsgraph.nlp;

import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which CoreNLP annotators run and with which settings. Its {@link #fingerprint()} is part of the annotation cache
 * key, so changing the configuration never serves annotations made under another one.
 */
public record NlpConfig(List<String> annotators, TreeMap<String, String> settings) {

    /** Bumped whenever {@link CoreNlpConverter} changes what it keeps, invalidating older cache entries. */
    static final int CONVERTER_VERSION = 1;

    /**
     * The default pipeline: named entities (fine-grained, so COUNTRY, CITY and TITLE are told apart) and dependency
     * parses feed the extractors; coreference links pronouns and surnames to names. Quotes are found and attributed by
     * newsgraph's own rules, so CoreNLP's quote annotator is not part of the default pipeline.
     */
    public static NlpConfig standard() {
        TreeMap<String, String> settings = new TreeMap<>();
        // News text puts one paragraph, caption or dateline per line; a line break always ends a sentence.
        settings.put("ssplit.newlineIsSentenceBreak", "always");
        settings.put("ner.applyFineGrained", "true");
        settings.put("ner.buildEntityMentions", "true");
        settings.put("coref.algorithm", "statistical");
        return new NlpConfig(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref"), settings);
    }

    /**
     * CoreNLP as people usually run it for this job: its own relation extraction (KBP) and quote attribution on top of
     * the standard annotators. Only the baseline uses it, to show what CoreNLP alone gets right.
     */
    public static NlpConfig coreNlpAlone() {
        TreeMap<String, String> settings = new TreeMap<>();
        settings.put("ssplit.newlineIsSentenceBreak", "always");
        settings.put("coref.algorithm", "statistical");
        settings.put("quote.attributeQuotes", "true");
        return new NlpConfig(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref", "kbp", "quote"),
                settings);
    }

    public Properties toProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", String.join(",", annotators));
        settings.forEach(props::setProperty);
        return props;
    }

    public String fingerprint() {
        return "converter=" + CONVERTER_VERSION + ";annotators=" + String.join(",", annotators) + ";" + settings;
    }
}
