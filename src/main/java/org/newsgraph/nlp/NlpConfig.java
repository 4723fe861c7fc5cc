package org.newsgraph.nlp;

import java.util.ArrayList;
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
     * A value of {@code ner.fine.regexner.mapping}: CoreNLP's own fine-grained gazetteers without their regular
     * expressions ({@link LiteralGazetteers}).
     */
    public static final String LITERAL_FINE_GRAINED_GAZETTEERS = LiteralGazetteers.SETTING;

    /**
     * The default pipeline, the leanest that keeps the seed eval (overall F1 0.944, said precision 1.000, 34 of 34
     * entity pairs, as with the full pipeline): named entities and dependency parses are all the extractors need.
     * CoreNLP time per article in {@code newsgraph bench --variants} (50 BBC politics articles, one thread):
     * about 3,300 ms with the full pipeline, about 450 ms with this one. Quotes are found and attributed by
     * newsgraph's own rules, so CoreNLP's quote annotator is not part of the pipeline.
     */
    public static NlpConfig standard() {
        TreeMap<String, String> settings = new TreeMap<>();
        // News text puts one paragraph, caption or dateline per line; a line break always ends a sentence.
        settings.put("ssplit.newlineIsSentenceBreak", "always");
        // Fine-grained types (COUNTRY, CITY, NATIONALITY, TITLE) feed roles and places: without them the seed F1
        // drops from 0.944 to 0.932. Their gazetteers' regular-expression entries cost about 300 ms an article and
        // changed one tag of 18,445, so the literal entries alone are used: NER falls from about 480 to 80 ms.
        settings.put("ner.applyFineGrained", "true");
        settings.put("ner.fine.regexner.mapping", LITERAL_FINE_GRAINED_GAZETTEERS);
        settings.put("ner.buildEntityMentions", "true");
        // Dates, times, money and numbers are never read by the extractors (the article date comes from metadata
        // or the dateline): SUTime and the numeric classifiers cost about 450 ms an article for nothing.
        settings.put("ner.useSUTime", "false");
        settings.put("ner.applyNumericClassifiers", "false");
        // No coref: statistical coreference took about 1,800 ms an article, more than half of CoreNLP's time, and
        // changed no seed eval figure; the extractors resolve "he said" to the person named last before it.
        return new NlpConfig(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"), settings);
    }

    /**
     * This pipeline with CoreNLP's statistical coreference, limited to antecedents at most 10 mentions back (100 for
     * a string match). The seed eval is the same with or without it, but on BBC politics articles it ties "he said"
     * to the right speaker more often than the extractors' own rule (the person named last), e.g. a minister's
     * words after an aide was named; 50 articles gave 350 facts instead of 346. It costs about 420 ms an article
     * on top of about 400 (the unlimited search, about 1,260 ms, finds 359 facts).
     */
    public NlpConfig withCoreference() {
        List<String> withCoref = new ArrayList<>(annotators);
        if (!withCoref.contains("coref")) {
            withCoref.add("coref");
        }
        return withAnnotators(withCoref).withSetting("coref.algorithm", "statistical")
                .withSetting("coref.maxMentionDistance", "10")
                .withSetting("coref.maxMentionDistanceWithStringMatch", "100");
    }

    /** The same settings with other annotators, e.g. without coreference. */
    public NlpConfig withAnnotators(List<String> otherAnnotators) {
        return new NlpConfig(List.copyOf(otherAnnotators), new TreeMap<>(settings));
    }

    /** The same pipeline with one setting changed, or removed when {@code value} is null (CoreNLP's default then). */
    public NlpConfig withSetting(String key, String value) {
        TreeMap<String, String> changed = new TreeMap<>(settings);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return new NlpConfig(annotators, changed);
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
        settings.forEach((key, value) -> props.setProperty(key,
                value.equals(LiteralGazetteers.SETTING) ? LiteralGazetteers.mapping() : value));
        return props;
    }

    public String fingerprint() {
        return "converter=" + CONVERTER_VERSION + ";annotators=" + String.join(",", annotators) + ";" + settings;
    }
}
