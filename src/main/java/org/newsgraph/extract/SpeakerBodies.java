package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Bodies that speak: through a spokesperson ("a spokesperson for X said", "an X spokesman said") or a statement
 * ("a statement from X said"), and through a
 * reference to an earlier sentence: "it said" after a paragraph of quotes that follows "The German Foreign Ministry
 * applauded the decision", "the embassy said" after "staff left the US embassy", "a spokesperson added" or "they
 * said" right after a sentence in which a body spoke. A body that no sentence names gives no speaker.
 */
final class SpeakerBodies {

    private static final int SENTENCES_BACK = 4;
    private static final int QUOTE_SENTENCES_BACK = 12;

    private static final Lexicon SPEECH_VERBS = Lexicon.named("speech-verbs");
    private static final java.util.regex.Pattern SPOKESPERSON =
            java.util.regex.Pattern.compile("spokes(person|man|woman|people|persons|men|women)");

    private SpeakerBodies() {
    }

    /** "A spokesperson for X said", "an X spokesman said": X, read by the spokesperson rules of quote-speech.semgrex. */
    static Optional<String> spokespersonOf(ExtractionContext context, Sentence s, Token subject) {
        return QuoteSources.SPEECH_RULES.matches(s).stream()
                .filter(m -> m.rule().startsWith("spokesperson") && m.node("spokesperson") == subject.index())
                .map(m -> Speakers.actorIn(context, s, m.node("body")))
                .flatMap(Optional::stream)
                .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION || context.kindOf(k) == EntityKind.COUNTRY)
                .findFirst();
    }

    /**
     * "A statement from X said", "a statement issued by X said", "an X statement said": X, person or body, read by the
     * statement rules of quote-speech.semgrex.
     */
    static Optional<String> statementSource(ExtractionContext context, Sentence s, Token statement) {
        return QuoteSources.SPEECH_RULES.matches(s).stream()
                .filter(m -> m.rule().startsWith("statement") && m.node("statement") == statement.index())
                .map(m -> Speakers.actorIn(context, s, m.node("source")))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * '"...," a spokesperson added' or 'They said: "..."' with no body of its own: the body that spoke in the main
     * clause of the narration right before ("X said they were called at dawn."). Only that one sentence is read, and
     * only a body: a person there is someone else than an unnamed spokesperson, and "they" after people names no one.
     */
    static Optional<String> bodySpeakingBefore(ExtractionContext context, Sentence s, Token subject,
                                               List<QuoteSpan> quotes) {
        String word = subject.word().toLowerCase(Locale.ROOT);
        boolean bareSpokesperson = SPOKESPERSON.matcher(subject.lemma().toLowerCase(Locale.ROOT)).matches()
                && s.dependentsOf(subject.index()).stream().allMatch(d -> d.relation().equals("det"));
        if (!bareSpokesperson && !word.equals("they")) {
            return Optional.empty();
        }
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - QUOTE_SENTENCES_BACK); i--) {
            Sentence sentence = context.document().sentence(i);
            if (narration(sentence, quotes)) {
                return mainSpeaker(context, sentence, quotes);
            }
        }
        return Optional.empty();
    }

    /** The body that is the subject of a sentence's main verb when that verb is a verb of speech. */
    private static Optional<String> mainSpeaker(ExtractionContext context, Sentence sentence, List<QuoteSpan> quotes) {
        return sentence.dependentsOf(0).stream().findFirst()
                .map(root -> sentence.token(root.dependent()))
                .filter(root -> root.pos().startsWith("VB") && SPEECH_VERBS.contains(root.lemma()))
                .filter(root -> quotes.stream().noneMatch(q -> root.begin() >= q.begin() && root.end() <= q.end()))
                .flatMap(root -> ExtractionContext.dependent(sentence, root.index(), "nsubj"))
                // "A and B said": two bodies, and "they" may be either or both
                .filter(subject -> sentence.dependentsOf(subject.index()).stream()
                        .noneMatch(d -> d.relation().startsWith("conj")))
                .flatMap(subject -> Speakers.actorIn(context, sentence, subject.index())
                        .or(() -> spokespersonOf(context, sentence, subject)))
                .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION || context.kindOf(k) == EntityKind.COUNTRY);
    }

    /**
     * '"A. B," it said.': the body that is the subject of the narration the quote follows, passing over the sentences
     * inside quotes; a person there is never "it".
     */
    static Optional<String> itReference(ExtractionContext context, Sentence s, List<QuoteSpan> quotes) {
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - QUOTE_SENTENCES_BACK); i--) {
            Sentence sentence = context.document().sentence(i);
            if (!narration(sentence, quotes)) {
                continue;
            }
            return sentence.dependentsOf(0).stream().findFirst()
                    .flatMap(root -> ExtractionContext.dependent(sentence, root.dependent(), "nsubj"))
                    .filter(subject -> subject.pos().startsWith("NN"))
                    .flatMap(subject -> Speakers.actorIn(context, sentence, subject.index()))
                    .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION || context.kindOf(k) == EntityKind.COUNTRY);
        }
        return Optional.empty();
    }

    /**
     * "the embassy said": the latest earlier mention of the same noun, as the head of an organisation's name or with
     * a country of its own ("the US embassy", "the French embassy").
     */
    static Optional<String> definiteBody(ExtractionContext context, Sentence s, Token subject) {
        boolean definite = s.dependentsOf(subject.index()).stream()
                .anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).word().equalsIgnoreCase("the"));
        boolean bare = s.dependentsOf(subject.index()).stream()
                .noneMatch(d -> d.relation().equals("compound") || d.relation().equals("amod")
                        || d.relation().startsWith("nmod"));
        // "the minister said": a person's title takes up a person (DescribedSpeakers), never the country of an
        // earlier "Estonia's foreign minister"
        if (!definite || !bare || !subject.pos().equals("NN") || "TITLE".equals(subject.ner())) {
            return Optional.empty();
        }
        String noun = subject.lemma().toLowerCase(Locale.ROOT);
        for (int i = s.index(); i >= Math.max(0, s.index() - SENTENCES_BACK); i--) {
            Sentence sentence = context.document().sentence(i);
            int last = i == s.index() ? subject.index() - 1 : sentence.tokens().size();
            for (int t = last; t >= 1; t--) {
                Token mention = sentence.token(t);
                if (!mention.lemma().toLowerCase(Locale.ROOT).equals(noun)) {
                    continue;
                }
                int at = t;
                Optional<String> body = context.actorAt(i, t)
                        .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION)
                        .or(() -> Speakers.countryOfStateBody(context, sentence, at));
                if (body.isPresent()) {
                    return body;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean narration(Sentence sentence, List<QuoteSpan> quotes) {
        return sentence.tokens().stream().anyMatch(t -> Character.isLetterOrDigit(t.word().charAt(0))
                && quotes.stream().noneMatch(q -> t.begin() >= q.begin() && t.end() <= q.end()));
    }
}
