package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Bodies that speak through a reference to an earlier sentence: "it said" after a paragraph of quotes that follows
 * "The German Foreign Ministry applauded the decision", and "the embassy said" after "staff left the US embassy".
 * A body that no earlier sentence names gives no speaker.
 */
final class SpeakerBodies {

    private static final int SENTENCES_BACK = 4;
    private static final int QUOTE_SENTENCES_BACK = 12;

    private SpeakerBodies() {
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
        if (!definite || !bare || !subject.pos().equals("NN")) {
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
