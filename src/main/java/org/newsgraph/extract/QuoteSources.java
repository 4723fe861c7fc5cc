package org.newsgraph.extract;

import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a quote's attribution is written: the verb of speech whose clause holds the quote, else the nearest one in
 * the quote's sentences ("...," X said / said X, ... / X told reporters: "..."); "according to X"; a sentence ending
 * in a colon before it ("She added:"); a signature under a paragraph of quotes. The subject of that verb is looked up
 * by {@link Speakers}.
 */
final class QuoteSources {

    private final Lexicon speechVerbs;
    private final Lexicon characterisingVerbs = Lexicon.named("characterising-verbs");
    private final Lexicon reportingVerbs = Lexicon.named("reporting-verbs");

    private final SpeechVerbSpeakers verbSpeakers;

    QuoteSources(Lexicon speechVerbs) {
        this.speechVerbs = speechVerbs;
        this.verbSpeakers = new SpeechVerbSpeakers(this::isSpeechVerb);
    }

    QuoteAttribution attribute(ExtractionContext context, QuoteSpan span, List<QuoteSpan> spans) {
        Optional<QuoteAttribution> signed = QuoteLayouts.signature(context, span).or(() -> QuoteLayouts.nameColon(context, span));
        if (signed.isPresent()) {
            return signed.get();
        }
        // a question or exclamation ends the sentence inside the quote, so "said X" may start a sentence of its own
        List<Sentence> around = context.sentences().stream()
                .filter(s -> s.end() > span.begin() - 3 && s.begin() < span.end() + 3)
                .toList();
        // a sentence that ends right before the quote attributes it only when the quote has no attribution of its own:
        // 'UNHCR warned that ... crisis. "...," X, the High Commissioner, said' is X's
        List<Sentence> own = around.stream().filter(s -> s.end() > span.begin()).toList();
        // "according to X" in the quote's own sentence comes before a verb of speech in the sentence next to it
        List<Sentence> holding = own.stream().filter(s -> s.begin() < span.end()).toList();
        if (chanted(holding, span)) {
            // the crowd is a speaker the text does not name: no other speaker, nor the one before, takes the slogan
            return QuoteAttribution.unnamed(holding.get(0).index(), "quote/chanted");
        }
        Optional<QuoteAttribution> inSentence = nearestSpeechVerb(context, holding, span, spans)
                .or(() -> holding.stream().map(sentence -> accordingTo(context, sentence, span))
                        .flatMap(Optional::stream).findFirst())
                .or(() -> nearestSpeechVerb(context, own, span, spans))
                .or(() -> nearestSpeechVerb(context, around, span, spans));
        if (inSentence.isPresent()) {
            return inSentence.get();
        }
        Optional<QuoteAttribution> claimed = holding.stream().map(sentence -> claimOf(context, sentence, span, spans))
                .flatMap(Optional::stream).findFirst();
        if (claimed.isPresent()) {
            return claimed.get();
        }
        if (colonBefore(context.text(), span)) {
            // 'X is rolling out a new message: "..."': the colon introduces the quote inside the sentence of its
            // introducer
            Optional<QuoteAttribution> introduced = holding.stream().filter(sentence -> sentence.begin() < span.begin())
                    .map(sentence -> introducer(context, sentence)).flatMap(Optional::stream).findFirst();
            if (introduced.isPresent()) {
                return introduced.get();
            }
        }
        if (!around.isEmpty() && around.get(0).index() > 0) {
            Sentence before = context.document().sentence(around.get(0).index() - 1);
            if (before.text().strip().endsWith(":")) {
                return nearestSpeechVerb(context, List.of(before), span, spans)
                        .or(() -> introducer(context, before))
                        .map(a -> a.withRule("quote/colon-introduction"))
                        .orElse(QuoteAttribution.NONE);
            }
        }
        return afterReportedSpeech(context, span, spans).orElse(QuoteAttribution.NONE);
    }

    /**
     * 'X said the council had failed to act.' then a paragraph that is nothing but a quote: X's. Only after a paragraph
     * without quotes (a quote paragraph after quotes continues them) whose last sentence has a verb of speech for its
     * main verb and a subject that names someone.
     */
    private Optional<QuoteAttribution> afterReportedSpeech(ExtractionContext context, QuoteSpan span,
                                                           List<QuoteSpan> spans) {
        String text = context.text();
        int lineStart = text.lastIndexOf('\n', Math.max(0, span.begin() - 1)) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        String around = text.substring(lineStart, span.begin())
                + text.substring(span.end(), lineEnd < 0 ? text.length() : lineEnd);
        int previousEnd = lineStart - 1;
        while (previousEnd > 0 && Character.isWhitespace(text.charAt(previousEnd - 1))) {
            previousEnd--;
        }
        if (!around.replaceAll("[\\s.,!?" + QuoteFinder.MARKS + "]", "").isEmpty() || previousEnd <= 0) {
            return Optional.empty();
        }
        int paragraphStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
        int paragraphEnd = previousEnd;
        if (spans.stream().anyMatch(q -> q.begin() < paragraphEnd && q.end() > paragraphStart)) {
            return Optional.empty();
        }
        return context.sentences().stream()
                .filter(s -> s.begin() >= paragraphStart && s.begin() < paragraphEnd)
                .reduce((first, second) -> second)
                .flatMap(s -> s.dependentsOf(0).stream().findFirst().map(d -> s.token(d.dependent()))
                        .filter(root -> root.pos().startsWith("VB") && speechVerbs.contains(root.lemma()))
                        .filter(root -> ExtractionContext.dependent(s, root.index(), "nsubj").isPresent())
                        .map(root -> verbSpeakers.speakerOf(context, s, root, span, spans)))
                .filter(QuoteAttribution::named)
                .map(a -> a.withRule("quote/after-reported-speech"));
    }

    /** "X's claim that there had been "..."": the owner of a noun of speech whose content clause holds the quote. */
    private static Optional<QuoteAttribution> claimOf(ExtractionContext context, Sentence s, QuoteSpan span,
                                                      List<QuoteSpan> spans) {
        Optional<Token> first = s.tokens().stream().filter(t -> t.begin() >= span.begin() && t.end() <= span.end())
                .findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        return SPEECH_RULES.matches(s).stream()
                .filter(m -> m.rule().startsWith("claim"))
                .filter(m -> spans.stream().noneMatch(q -> s.token(m.node("noun")).begin() >= q.begin()
                        && s.token(m.node("noun")).end() <= q.end()))
                .filter(m -> ExtractionContext.subtree(s, m.node("content")).contains(first.get().index()))
                .map(m -> Speakers.speakerFor(context, s, s.token(m.node("speaker")), s.token(m.node("noun")), spans))
                .flatMap(Optional::stream)
                .findFirst()
                .map(speaker -> QuoteAttribution.speaker(speaker, s.index(), "quote/claim-of"));
    }

    private static boolean colonBefore(String text, QuoteSpan span) {
        String before = text.substring(Math.max(0, span.begin() - 4), span.begin()).replaceAll("[\\s\"“”„«»‘’']+$", "");
        return before.endsWith(":");
    }

    private Optional<QuoteAttribution> nearestSpeechVerb(ExtractionContext context, List<Sentence> sentences,
                                                    QuoteSpan span, List<QuoteSpan> spans) {
        return sentences.stream()
                .flatMap(s -> s.tokens().stream()
                        .filter(t -> t.pos().startsWith("VB") && (isSpeechVerb(t) || characterisesAs(s, t, span)
                                // "X reports that ... "..."", never '"...," Y said, reported X': the report holds the quote
                                || reportingVerbs.contains(t.lemma()) && (governedQuoteSize(s, t, span) < Integer.MAX_VALUE
                                        || reporterAfter(context, s, t, span))))
                        // a verb inside any quote is the quoted speaker's own word, never another quote's attribution
                        .filter(t -> spans.stream().noneMatch(q -> t.begin() < q.end() && t.end() > q.begin()))
                        .filter(t -> t.end() <= span.begin() || t.begin() >= span.end())
                        .filter(t -> !(t.begin() >= span.end() && finished(context.text(), span)
                                && context.text().substring(span.end(), t.begin()).indexOf('\n') < 0
                                && (governsAnotherQuote(s, t, span, spans) || !opensAfter(s, t, span))))
                        .map(t -> new VerbAt(s, t, governedQuoteSize(s, t, span))))
                // a verb whose clause holds the quote wins over a nearer one ("X said Y was "right" when he said"),
                // the innermost such verb first
                .min(Comparator.comparingInt(VerbAt::governedSize).thenComparingInt(v -> distance(v.verb, span)))
                .map(v -> verbSpeakers.speakerOf(context, v.sentence, v.verb, span, spans));
    }

    /**
     * '"... its own people." Y described the abstention as a "positive step"': a quote closed after a full stop and
     * followed by a capital ends its sentence, whatever the sentence splitter made of it.
     */
    private static boolean finished(String text, QuoteSpan span) {
        if (!span.text().endsWith(".") || span.text().endsWith("..")) {
            return false;
        }
        int next = span.end();
        while (next < text.length() && (Character.isWhitespace(text.charAt(next)) || QuoteFinder.MARKS.indexOf(text.charAt(next)) >= 0)) {
            next++;
        }
        return next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    /**
     * '"..." Smith said.', '"..." said Smith': after a quote that ends its sentence, a verb attributes it only when the
     * words right after the quote are the verb or its subject; '"...." In May, X and Y announced ...' is the next
     * sentence, which the splitter may have joined to the quote.
     */
    private static boolean opensAfter(Sentence s, Token verb, QuoteSpan span) {
        Optional<Token> first = s.tokens().stream()
                .filter(t -> t.begin() >= span.end() && !t.pos().matches("[.,:]|``|''|-[LR]RB-"))
                .findFirst();
        if (first.isEmpty() || first.get().index() == verb.index()) {
            return true;
        }
        return ExtractionContext.dependent(s, verb.index(), "nsubj")
                .map(subject -> ExtractionContext.subtree(s, subject.index()).contains(first.get().index()))
                .orElse(false);
    }

    /**
     * '"... pulls up. The lobby is full," ABC's X reported at the scene': a quote of several sentences, the splitter
     * ending a sentence inside it, so the reporting verb after it governs only its last part. A person who reports
     * right after the quote, subject first, is its speaker; '"...," Y said, reported X' and "the Times reported" are not.
     */
    private static boolean reporterAfter(ExtractionContext context, Sentence s, Token verb, QuoteSpan span) {
        if (verb.begin() < span.end() || !opensAfter(s, verb, span)) {
            return false;
        }
        return ExtractionContext.dependent(s, verb.index(), "nsubj")
                .filter(subject -> subject.begin() >= span.end() && subject.index() < verb.index())
                .flatMap(subject -> Speakers.actorIn(context, s, subject.index()))
                .filter(actor -> context.kindOf(actor) == EntityKind.PERSON)
                .isPresent();
    }

    /** A verb whose clause holds another quote attributes that quote. */
    private static boolean governsAnotherQuote(Sentence s, Token verb, QuoteSpan span, List<QuoteSpan> spans) {
        Set<Integer> subtree = ExtractionContext.subtree(s, verb.index());
        return spans.stream().filter(q -> q != span).anyMatch(q -> s.tokens().stream()
                .anyMatch(t -> t.begin() >= q.begin() && t.end() <= q.end() && subtree.contains(t.index())));
    }

    private boolean isSpeechVerb(Token t) {
        return speechVerbs.contains(t.lemma()) || characterisingVerbs.contains(t.lemma());
    }

    /**
     * Any verb that describes someone or something "as" the quoted words characterises them in its subject's words
     * ("X pounded the senator as a "con artist""), whether or not a lexicon lists it: the characterises rules of
     * {@code extract/rules/quote-speech.semgrex}.
     */
    private static boolean characterisesAs(Sentence s, Token verb, QuoteSpan span) {
        Optional<Token> first = s.tokens().stream().filter(t -> t.begin() >= span.begin() && t.end() <= span.end())
                .findFirst();
        return first.isPresent() && SPEECH_RULES.matches(s).stream()
                .filter(m -> m.rule().startsWith("characterises") && m.node("verb") == verb.index())
                .anyMatch(m -> ExtractionContext.subtree(s, m.node("description")).contains(first.get().index()));
    }

    static final SemgrexRules SPEECH_RULES = SemgrexRules.named("/extract/rules/quote-speech.semgrex");

    /** The size of the verb's subtree when it holds the quote's first word, else a size larger than any. */
    /** Lemmas of the voice of a crowd: what is chanted is a slogan, no one's statement (a singer's lyrics are hers). */
    private static final Set<String> CROWD_VERBS = Set.of("chant", "cheer");

    /**
     * 'X said the march would go on, and the crowd chanted: "..."': the innermost verb whose clause holds the quote
     * is a crowd's, so the verb of speech beside it does not own the quote.
     */
    private static boolean chanted(List<Sentence> holding, QuoteSpan span) {
        return holding.stream().flatMap(s -> s.tokens().stream()
                        .filter(t -> t.pos().startsWith("VB") && (t.end() <= span.begin() || t.begin() >= span.end()))
                        .map(t -> Map.entry(t, governedQuoteSize(s, t, span))))
                .filter(e -> e.getValue() < Integer.MAX_VALUE)
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .filter(e -> CROWD_VERBS.contains(e.getKey().lemma().toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    private static int governedQuoteSize(Sentence s, Token verb, QuoteSpan span) {
        Optional<Token> first = s.tokens().stream().filter(t -> t.begin() >= span.begin() && t.end() <= span.end())
                .findFirst();
        if (first.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        Set<Integer> subtree = ExtractionContext.subtree(s, verb.index());
        return subtree.contains(first.get().index()) ? subtree.size() : Integer.MAX_VALUE;
    }

    /** "X spoke to the council on Monday:" then a quote: the person who is the subject of the introducing sentence. */
    private static Optional<QuoteAttribution> introducer(ExtractionContext context, Sentence s) {
        return s.dependentsOf(0).stream().findFirst()
                .flatMap(root -> ExtractionContext.dependent(s, root.dependent(), "nsubj"))
                .flatMap(subject -> context.actorAt(s.index(), subject.index()))
                .filter(k -> context.kindOf(k) == EntityKind.PERSON)
                .map(person -> QuoteAttribution.speaker(person, s.index(), "quote/colon-introduction"));
    }

    /** '"...," according to X' / 'According to X, "..."': X speaks, when no verb of speech says otherwise. */
    private static Optional<QuoteAttribution> accordingTo(ExtractionContext context, Sentence s, QuoteSpan span) {
        for (int t = 1; t + 2 <= s.tokens().size(); t++) {
            Token according = s.token(t);
            if (!according.word().equalsIgnoreCase("according") || !s.token(t + 1).word().equalsIgnoreCase("to")
                    || (according.begin() >= span.begin() && according.end() <= span.end())) {
                continue;
            }
            // "according to a statement from X", "according to the X envoy, Y": a person named there speaks, else
            // the body named there
            Optional<String> body = Optional.empty();
            for (int n = t + 2; n <= Math.min(s.tokens().size(), t + 8); n++) {
                Token token = s.token(n);
                if (token.word().equals(",") || token.begin() >= span.begin() && token.end() <= span.end()) {
                    break;
                }
                Optional<String> actor = context.entityAt(s.index(), n).filter(k -> token.properNoun());
                if (actor.isPresent() && context.kindOf(actor.get()) == EntityKind.PERSON) {
                    return Optional.of(QuoteAttribution.speaker(actor.get(), s.index(), "quote/according-to"));
                }
                if (body.isEmpty()) {
                    body = actor.filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION
                            || context.kindOf(k) == EntityKind.COUNTRY);
                }
            }
            if (body.isPresent()) {
                return Optional.of(QuoteAttribution.speaker(body.get(), s.index(), "quote/according-to"));
            }
        }
        return Optional.empty();
    }

    private record VerbAt(Sentence sentence, Token verb, int governedSize) {}

    private static int distance(Token verb, QuoteSpan span) {
        return verb.end() <= span.begin() ? span.begin() - verb.end() : verb.begin() - span.end();
    }
}
