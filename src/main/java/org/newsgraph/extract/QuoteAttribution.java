package org.newsgraph.extract;

/**
 * Whom a quote is given to: a speaker, nobody on purpose (a verb of speech whose subject names no one, speech that
 * did not happen) or nothing found; with the sentence that says so and the rule that read it.
 */
record QuoteAttribution(Kind kind, String speaker, int sentence, String rule) {

    enum Kind { SPEAKER, UNNAMED, UNATTRIBUTED }

    static final QuoteAttribution NONE = new QuoteAttribution(Kind.UNATTRIBUTED, null, 0, "quote/none");

    static QuoteAttribution speaker(String speaker, int sentence, String rule) {
        return new QuoteAttribution(Kind.SPEAKER, speaker, sentence, rule);
    }

    static QuoteAttribution unnamed(int sentence, String rule) {
        return new QuoteAttribution(Kind.UNNAMED, null, sentence, rule);
    }

    QuoteAttribution withRule(String newRule) {
        return new QuoteAttribution(kind, speaker, sentence, newRule);
    }

    boolean named() {
        return kind == Kind.SPEAKER;
    }
}
