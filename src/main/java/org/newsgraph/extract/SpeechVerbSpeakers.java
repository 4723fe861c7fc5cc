package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whom a verb of speech gives a quote to: its subject, looked up by {@link Speakers}; the subject of the verb it is
 * joined to or hangs from when it has none of its own; a person or body written right next to it when the parser lost
 * the subject. A negated verb ("did not say") gives the quote to nobody.
 */
final class SpeechVerbSpeakers {

    /** Nouns of a text voted on, whose content a participle on them tells. */
    private static final Set<String> TEXT_WORDS = Set.of("resolution", "draft", "text", "motion", "measure", "bill",
            "proposal");

    private final Predicate<Token> speechVerb;

    SpeechVerbSpeakers(Predicate<Token> speechVerb) {
        this.speechVerb = speechVerb;
    }

    QuoteAttribution speakerOf(ExtractionContext context, Sentence s, Token verb, QuoteSpan span,
                                       List<QuoteSpan> spans) {
        if (ReportedSpeech.unsaid(s, verb, spans)) {
            // "X did not say "..."", "X denied saying "..."": nobody is quoted saying it
            return QuoteAttribution.unnamed(s.index(), "quote/unsaid");
        }
        for (Dependency d : s.dependentsOf(verb.index())) {
            if (!d.relation().startsWith("nsubj")) {
                continue;
            }
            Token subject = s.token(d.dependent());
            // a word inside any quote is the quoted speaker's, never the subject of the reporter's verb of speech
            if (spans.stream().anyMatch(q -> subject.begin() >= q.begin() && subject.end() <= q.end())) {
                continue;
            }
            Optional<String> actor = Speakers.speakerFor(context, s, subject, verb, spans);
            if (actor.isEmpty()) {
                // "X argued that the attack went against ..., and said ...": the parser may give the joined verb the
                // subject of the clause before it; the subject of the verb it is joined to speaks
                actor = coordinatedSubjects(s, verb).stream().filter(other -> other.index() != subject.index())
                        .map(other -> Speakers.speakerFor(context, s, other, verb, spans))
                        .flatMap(Optional::stream).findFirst();
            }
            String rule = subject.index() > verb.index() ? "quote/said-speaker" : "quote/speaker-said";
            return actor.map(a -> QuoteAttribution.speaker(a, s.index(), rule))
                    .orElse(QuoteAttribution.unnamed(s.index(), "quote/unnamed-speaker"));
        }
        if (tellsTheText(s, verb)) {
            // 'A introduced a draft condemning "..."': a participle set on the text without a comma tells what the text
            // says, which no one is quoted saying
            return QuoteAttribution.unnamed(s.index(), "quote/text-content");
        }
        // "X said, going on to say that ..." / "..., arguing that ...": a verb of speech without a subject of its own
        // speaks for the subject of the clause it hangs from
        Optional<String> inherited = inheritedSubject(s, verb)
                .flatMap(subject -> Speakers.speakerFor(context, s, subject, verb, spans));
        if (inherited.isEmpty() && verb.pos().equals("VBG")) {
            // 'X told the assembly that the text was "...", adding that it "..."': wherever the parser hangs the
            // participle, it goes on with the sentence's main verb of speech when that comes before it; a participle
            // that introduces the quote with a colon ('X weighed in, tweeting: "..."') goes on with any main verb
            boolean introduces = verb.index() < s.tokens().size() && s.token(verb.index() + 1).word().equals(":");
            inherited = s.dependentsOf(0).stream().findFirst().map(root -> s.token(root.dependent()))
                    .filter(root -> root.index() < verb.index() && root.pos().startsWith("VB")
                            && (introduces || speechVerb.test(root)))
                    .flatMap(root -> ExtractionContext.dependent(s, root.index(), "nsubj"))
                    .filter(subject -> spans.stream().noneMatch(q -> subject.begin() >= q.begin() && subject.end() <= q.end()))
                    .flatMap(subject -> Speakers.speakerFor(context, s, subject, verb, spans));
        }
        if (inherited.isPresent()) {
            return QuoteAttribution.speaker(inherited.get(), s.index(), "quote/participle-speaker");
        }
        // the parser sometimes misses the subject: '..." said the spokeswoman X' read as an object, or a long
        // fronted phrase before 'X said'; a person named right after or right before the verb is the speaker
        boolean inverted = verb.begin() > span.begin();
        Optional<String> adjacent = (inverted ? Speakers.personAt(context, s, verb.index() + 1) : Optional.<String>empty())
                // '"...," said Russia's UN Ambassador X': the person at the end of the titles after the verb
                .or(() -> inverted ? Speakers.titledPersonAfter(context, s, verb.index()) : Optional.empty())
                .or(() -> s.dependentsOf(verb.index()).stream()
                        .filter(d -> d.relation().equals("obj") && inverted)
                        .map(d -> Speakers.personAt(context, s, d.dependent()))
                        .flatMap(Optional::stream).findFirst())
                // '"...," said a statement issued by X', the statement read as the verb's object
                .or(() -> s.dependentsOf(verb.index()).stream()
                        .filter(d -> d.relation().equals("obj") && inverted)
                        .map(d -> SpeakerBodies.statementSource(context, s, s.token(d.dependent())))
                        .flatMap(Optional::stream).findFirst())
                .or(() -> Speakers.personAt(context, s, verb.index() - 1))
                // '"...," Name, the director of ..., told X': the name right after the quote, before its apposition
                .or(() -> inverted ? nameAfter(context, s, span) : Optional.empty())
                // '"...," reported Agency': a body speaks in its own reports
                .or(() -> inverted ? bodyAt(context, s, verb.index() + 1) : Optional.empty());
        return adjacent.map(a -> QuoteAttribution.speaker(a, s.index(), "quote/adjacent-speaker"))
                .orElse(QuoteAttribution.unnamed(s.index(), "quote/no-subject"));
    }

    /**
     * A participle right after the text it describes ("a draft resolution late on Wednesday condemning", "a resolution
     * calling for"), with no comma to set it apart as the subject's act ("vetoed the text, calling it ...") and no
     * object of its own standing for the text; one opening a quote with a colon ('on the text saying: "..."') speaks.
     */
    private static boolean tellsTheText(Sentence s, Token participle) {
        Optional<Dependency> up = s.governorOf(participle.index());
        boolean colon = participle.index() < s.tokens().size() && s.token(participle.index() + 1).word().equals(":");
        if (!participle.pos().equals("VBG") || colon || up.isEmpty() || up.get().governor() == 0) {
            return false;
        }
        Token governor = s.token(up.get().governor());
        Optional<Token> text = governor.pos().startsWith("NN") ? Optional.of(governor)
                : ExtractionContext.dependent(s, governor.index(), "obj");
        return text.filter(t -> t.index() < participle.index() && TEXT_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT)))
                .filter(t -> s.tokens().subList(t.index(), participle.index() - 1).stream()
                        .noneMatch(w -> w.word().matches("[,;:\u2013\u2014-]")))
                .isPresent()
                && s.dependentsOf(participle.index()).stream().noneMatch(d -> d.relation().equals("obj")
                        && s.token(d.dependent()).pos().startsWith("PRP"));
    }

    private static Optional<String> nameAfter(ExtractionContext context, Sentence s, QuoteSpan span) {
        return s.tokens().stream()
                .filter(t -> t.begin() >= span.end() && !t.pos().matches("[.,:]|``|''|-[LR]RB-"))
                .findFirst()
                .flatMap(t -> Speakers.personAt(context, s, t.index()));
    }

    private static Optional<String> bodyAt(ExtractionContext context, Sentence s, int token) {
        if (token < 1 || token > s.tokens().size() || !s.token(token).properNoun()) {
            return Optional.empty();
        }
        return context.actorAt(s.index(), token).filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION);
    }

    /**
     * The subjects of the verbs a verb joined by "and" hangs from (conj, or ccomp where the first verb already has a
     * clause), nearest governor first in the parse's order.
     */
    private static List<Token> coordinatedSubjects(Sentence s, Token verb) {
        if (s.dependentsOf(verb.index()).stream().noneMatch(d -> d.relation().equals("cc"))) {
            return List.of();
        }
        return s.dependencies().stream()
                .filter(d -> d.dependent() == verb.index() && d.governor() > 0 && d.governor() < verb.index()
                        && (d.relation().startsWith("conj") || d.relation().equals("ccomp")))
                .map(d -> ExtractionContext.dependent(s, d.governor(), "nsubj"))
                .flatMap(Optional::stream)
                .toList();
    }

    private static final Set<String> SUBJECTLESS_LINKS = Set.of("advcl", "xcomp", "conj", "parataxis", "dep");

    /** The subject of the clause a subjectless participle or infinitive hangs from, up to three clauses up. */
    private static Optional<Token> inheritedSubject(Sentence s, Token verb) {
        // "X argued that ..., and said ...": a finite verb joined by "and" shares the subject of the verb before it,
        // however the parser hangs it (conj, or ccomp when the first verb already has a clause)
        List<Token> coordinated = coordinatedSubjects(s, verb);
        if (!coordinated.isEmpty()) {
            return Optional.of(coordinated.get(0));
        }
        // "A statement released by X on Friday said: ...", parsed with the participle as the main verb and the verb of
        // speech hung under it: the participle's subject is the speaking one
        Optional<Dependency> governor = s.governorOf(verb.index());
        if (governor.isPresent() && governor.get().relation().equals("dep") && governor.get().governor() > 0
                && s.token(governor.get().governor()).pos().equals("VBN") && governor.get().governor() < verb.index()) {
            Optional<Token> subject = ExtractionContext.dependent(s, governor.get().governor(), "nsubj");
            if (subject.isPresent()) {
                return subject;
            }
        }
        if (!(verb.pos().equals("VBG") || verb.pos().equals("VB"))) {
            return Optional.empty();
        }
        int clause = verb.index();
        for (int level = 0; level < 3; level++) {
            Optional<Dependency> up = s.governorOf(clause);
            if (up.isPresent() && up.get().relation().startsWith("acl") && s.token(up.get().governor()).properNoun()) {
                // "footage of X saying "..."": the participle describes its speaker
                return Optional.of(s.token(up.get().governor()));
            }
            if (up.isEmpty() || SUBJECTLESS_LINKS.stream().noneMatch(up.get().relation()::startsWith)) {
                return Optional.empty();
            }
            clause = up.get().governor();
            Optional<Token> subject = ExtractionContext.dependent(s, clause, "nsubj");
            if (subject.isPresent()) {
                return subject;
            }
        }
        return Optional.empty();
    }
}
