package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Indirect speech: a verb of speech with a clause for its object ("X said the text was unacceptable", "X told
 * reporters that ..."), read as a statement of the verb's subject in the article's words (ng:paraphrase). A clause
 * that holds a quotation is left to the quote rules, which read it as mixed speech. Speech that did not happen
 * ("X did not say", "X denied saying") and a subject that names nobody give no statement: a wrong speaker is worse
 * than none.
 */
final class ReportedSpeech {

    static final String DIRECT = "DirectSpeech";
    static final String MIXED = "MixedSpeech";
    static final String INDIRECT = "IndirectSpeech";

    private static final Set<String> REPORTED_CLAUSES = Set.of("ccomp");
    private static final int MINIMUM_WORDS = 3;

    private ReportedSpeech() {
    }

    /**
     * True when the verb of speech is negated, is a denial itself, is what someone denied or refused to do, or is what
     * a body voted to do (the denied and voted rules of {@code extract/rules/quote-speech.semgrex}).
     */
    static boolean unsaid(Sentence s, Token verb, List<QuoteSpan> quotes) {
        // '"Are we there? Probably not," X said': a "not" inside a quote is the speaker's word, not the reporter's
        boolean negated = s.dependentsOf(verb.index()).stream()
                .filter(d -> d.relation().equals("advmod") || d.relation().equals("neg"))
                .map(d -> s.token(d.dependent()))
                .filter(t -> quotes.stream().noneMatch(q -> t.begin() >= q.begin() && t.end() <= q.end()))
                .anyMatch(t -> ExtractionContext.isNegation(t.word()));
        if (negated || verb.lemma().equals("deny")) {
            return true;
        }
        return QuoteSources.SPEECH_RULES.matches(s).stream()
                .filter(m -> !(m.has("denial") && quoted(s.token(m.node("denial")), quotes)))
                .anyMatch(m -> (m.rule().startsWith("denied") || m.rule().startsWith("voted"))
                        && m.node("verb") == verb.index());
    }

    private static boolean quoted(Token token, List<QuoteSpan> quotes) {
        return quotes.stream().anyMatch(q -> token.begin() >= q.begin() && token.end() <= q.end());
    }

    static void extract(ExtractionContext context, Lexicon speechVerbs, List<QuoteSpan> quotes) {
        for (Sentence s : context.sentences()) {
            for (Token verb : s.tokens()) {
                if (!verb.pos().startsWith("VB") || !speechVerbs.contains(verb.lemma()) || unsaid(s, verb, quotes)) {
                    continue;
                }
                for (Dependency d : s.dependentsOf(verb.index())) {
                    if (REPORTED_CLAUSES.contains(d.relation())) {
                        clause(context, s, verb, d.dependent(), quotes);
                    }
                }
            }
        }
    }

    private static void clause(ExtractionContext context, Sentence s, Token verb, int head, List<QuoteSpan> quotes) {
        Set<Integer> tokens = ExtractionContext.subtree(s, head);
        tokens.remove(verb.index());
        int first = tokens.stream().mapToInt(Integer::intValue).min().orElse(head);
        int last = tokens.stream().mapToInt(Integer::intValue).max().orElse(head);
        // "said that ...": the complementiser is no part of what was said
        while (first < last && s.token(first).pos().equals("IN") && s.token(first).word().equalsIgnoreCase("that")) {
            first++;
        }
        while (last > first && s.token(last).pos().matches("[.,:]|``|''")) {
            last--;
        }
        boolean oneSide = first > verb.index() || last < verb.index();
        if (!oneSide || last - first + 1 < MINIMUM_WORDS) {
            // a clause around the verb is no complement of it ("..., he said, ...")
            return;
        }
        int begin = s.token(first).begin();
        int end = s.token(last).end();
        boolean quoted = quotes.stream().anyMatch(q -> q.begin() < end && q.end() > begin)
                || containsQuotationMark(context.text().substring(begin, end));
        if (quoted) {
            return;
        }
        Optional<Token> subject = ExtractionContext.dependent(s, verb.index(), "nsubj");
        if (subject.isEmpty() || (subject.get().begin() >= begin && subject.get().end() <= end)) {
            return;
        }
        Optional<String> speaker = Speakers.speakerFor(context, s, subject.get(), verb, quotes);
        if (speaker.isEmpty()) {
            return;
        }
        String paraphrase = context.text().substring(begin, end);
        String statement = context.event(EntityKind.STATEMENT, QuoteExtractor.label(paraphrase));
        context.addFact(statement, "paraphrase", FactValue.Literal.string(paraphrase), null);
        QuoteExtractor.addSpan(context, statement, begin, end, INDIRECT);
        Evidence evidence = context.evidence(s.index(), 0.8, "statement/indirect");
        context.addFact(statement, "speaker", speaker.get(), evidence);
        QuoteExtractor.onBehalfOf(context, statement, speaker.get(), evidence);
    }

    private static boolean containsQuotationMark(String text) {
        return text.chars().anyMatch(c -> "\"“”„«»".indexOf(c) >= 0);
    }
}
