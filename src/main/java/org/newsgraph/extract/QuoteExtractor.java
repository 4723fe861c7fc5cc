package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Direct quotes and who said them. The speaker is the subject of the nearest verb of speech outside the quote in the
 * same sentence ("...," X said / said X, ... / X told reporters: "..."), or of a verb of speech in a sentence that
 * introduces the quote with a colon ("She added:"). A quote paragraph with no attribution of its own continues the
 * quote before it. When a verb of speech has a subject that names nobody ("a man is heard saying"), the quote gets no
 * speaker: a wrong speaker is worse than none. Quotes under three words are scare quotes, not statements.
 */
public final class QuoteExtractor implements Extractor {

    static final int MINIMUM_WORDS = 3;
    private static final int LABEL_WORDS = 8;

    private final Lexicon speechVerbs = Lexicon.named("speech-verbs");
    private final Lexicon characterisingVerbs = Lexicon.named("characterising-verbs");
    private final Lexicon reportingVerbs = Lexicon.named("reporting-verbs");
    private final Set<String> speechVerbForms = Set.of("said", "says", "say", "saying", "told", "tells", "added",
            "adds", "stated", "declared", "wrote", "writes", "tweeted", "asked", "replied", "responded", "insisted",
            "warned", "explained", "noted", "continued", "recalled", "remarked");

    @Override
    public String name() {
        return "quote";
    }

    @Override
    public Set<String> requiredAnnotators() {
        // coreference chains are followed when the pipeline has them; the default pipeline does without
        return Set.of("ner", "depparse");
    }

    @Override
    public Set<String> requiresFacts() {
        return Set.of("represents");
    }

    @Override
    public void extract(ExtractionContext context) {
        Attribution previous = Attribution.NONE;
        int previousEnd = -1;
        List<QuoteSpan> spans = QuoteFinder.find(context.text());
        for (QuoteSpan span : spans) {
            boolean partial = span.wordCount() < MINIMUM_WORDS;
            Attribution attribution = attribute(context, span, spans);
            if (partial && (attribution.kind != Kind.SPEAKER || !reported(context, span) || titleCase(span.text()))) {
                // one or two words in quotation marks are a statement only inside reported speech ("called it
                // "a farce""); elsewhere they are scare quotes or titles
                continue;
            }
            if (attribution.kind == Kind.UNATTRIBUTED && continuesPrevious(context.text(), span, previousEnd)) {
                attribution = previous.kind == Kind.SPEAKER
                        ? new Attribution(Kind.SPEAKER, previous.speaker, previous.sentence, "quote/continued")
                        : previous;
            }
            addStatement(context, span, attribution);
            previous = attribution;
            previousEnd = span.end();
        }
        ReportedSpeech.extract(context, speechVerbs, spans);
    }

    private void addStatement(ExtractionContext context, QuoteSpan span, Attribution attribution) {
        String statement = context.event(EntityKind.STATEMENT, label(span.text()));
        context.addFact(statement, "quote", FactValue.Literal.string(span.text()), null);
        addSpan(context, statement, span.begin(), span.end(),
                reported(context, span) ? ReportedSpeech.MIXED : ReportedSpeech.DIRECT);
        if (attribution.kind != Kind.SPEAKER) {
            return;
        }
        Evidence evidence = quoteEvidence(context, span, attribution);
        context.addFact(statement, "speaker", attribution.speaker, evidence);
        onBehalfOf(context, statement, attribution.speaker, evidence);
    }

    static void addSpan(ExtractionContext context, String statement, int begin, int end, String kind) {
        context.addFact(statement, "charStart", integer(begin), null);
        context.addFact(statement, "charEnd", integer(end), null);
        context.addFact(statement, "statementKind", new FactValue.Individual(kind), null);
        if (context.date() != null) {
            context.addFact(statement, "date", new FactValue.Literal(context.date().toString(), XSD_DATE), null);
        }
    }

    static void onBehalfOf(ExtractionContext context, String statement, String speaker, Evidence evidence) {
        context.factsWith("represents").stream()
                .filter(f -> f.subject().equals(speaker))
                .findFirst()
                .ifPresent(f -> context.addFact(statement, "onBehalfOf", f.object(), evidence));
    }

    /**
     * Quoted words inside reported speech: the text before the opening mark is a word of the clause ("called the
     * draft "...", "said the plan was "..."), not the end of an attribution ("X said: "...") or a sentence start.
     */
    private boolean reported(ExtractionContext context, QuoteSpan span) {
        String before = context.text().substring(Math.max(0, span.begin() - 40), span.begin())
                .replaceAll("[\\s\"“”„«»]+$", "");
        if (before.isEmpty() || ":,.;!?(".indexOf(before.charAt(before.length() - 1)) >= 0) {
            return false;
        }
        String[] words = before.split("[^\\p{L}]+");
        String last = words.length == 0 ? "" : words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        // 'X said "..."': the quote is the whole object of the verb of speech
        return !speechVerbForms.contains(last);
    }

    static final String XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";
    static final String XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer";

    private static FactValue integer(int value) {
        return new FactValue.Literal(Integer.toString(value), XSD_INTEGER);
    }

    private Attribution attribute(ExtractionContext context, QuoteSpan span, List<QuoteSpan> spans) {
        Optional<Attribution> signed = signature(context, span);
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
        Optional<Attribution> inSentence = nearestSpeechVerb(context, holding, span, spans)
                .or(() -> holding.stream().map(sentence -> accordingTo(context, sentence, span))
                        .flatMap(Optional::stream).findFirst())
                .or(() -> nearestSpeechVerb(context, own, span, spans))
                .or(() -> nearestSpeechVerb(context, around, span, spans));
        if (inSentence.isPresent()) {
            return inSentence.get();
        }
        if (!around.isEmpty() && around.get(0).index() > 0) {
            Sentence before = context.document().sentence(around.get(0).index() - 1);
            if (before.text().strip().endsWith(":")) {
                return nearestSpeechVerb(context, List.of(before), span, spans)
                        .or(() -> introducer(context, before))
                        .map(a -> new Attribution(a.kind, a.speaker, a.sentence, "quote/colon-introduction"))
                        .orElse(Attribution.NONE);
            }
        }
        return Attribution.NONE;
    }

    private Optional<Attribution> nearestSpeechVerb(ExtractionContext context, List<Sentence> sentences,
                                                    QuoteSpan span, List<QuoteSpan> spans) {
        return sentences.stream()
                .flatMap(s -> s.tokens().stream()
                        .filter(t -> t.pos().startsWith("VB") && (isSpeechVerb(t) || characterisesAs(s, t, span)
                                // "X reports that ... "..."", never '"...," Y said, reported X': the report holds the quote
                                || reportingVerbs.contains(t.lemma()) && governedQuoteSize(s, t, span) < Integer.MAX_VALUE))
                        .filter(t -> t.end() <= span.begin() || t.begin() >= span.end())
                        .map(t -> new VerbAt(s, t, governedQuoteSize(s, t, span))))
                // a verb whose clause holds the quote wins over a nearer one ("X said Y was "right" when he said"),
                // the innermost such verb first
                .min(Comparator.comparingInt(VerbAt::governedSize).thenComparingInt(v -> distance(v.verb, span)))
                .map(v -> speakerOf(context, v.sentence, v.verb, span, spans));
    }

    private boolean isSpeechVerb(Token t) {
        return speechVerbs.contains(t.lemma()) || characterisingVerbs.contains(t.lemma());
    }

    /**
     * Any verb that describes someone or something "as" the quoted words characterises them in its subject's words
     * ("X pounded the senator as a "con artist"", "X cast the plan as "reckless""), whether or not a lexicon lists it.
     */
    private static boolean characterisesAs(Sentence s, Token verb, QuoteSpan span) {
        Optional<Token> first = s.tokens().stream().filter(t -> t.begin() >= span.begin() && t.end() <= span.end())
                .findFirst();
        // the object is what is characterised: "served as "acting chair"" or "known as "the Beast"" name no one's words
        return first.isPresent() && ExtractionContext.dependent(s, verb.index(), "obj").isPresent()
                && s.dependentsOf(verb.index()).stream()
                .filter(d -> AS_RELATIONS.contains(d.relation()))
                .anyMatch(d -> ExtractionContext.subtree(s, d.dependent()).contains(first.get().index()));
    }

    private static final java.util.Set<String> AS_RELATIONS = java.util.Set.of("obl:as", "nmod:as", "advcl:as");

    /** The size of the verb's subtree when it holds the quote's first word, else a size larger than any. */
    private static int governedQuoteSize(Sentence s, Token verb, QuoteSpan span) {
        Optional<Token> first = s.tokens().stream().filter(t -> t.begin() >= span.begin() && t.end() <= span.end())
                .findFirst();
        if (first.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        java.util.Set<Integer> subtree = ExtractionContext.subtree(s, verb.index());
        return subtree.contains(first.get().index()) ? subtree.size() : Integer.MAX_VALUE;
    }

    /** "X spoke to the council on Monday:" then a quote: the person who is the subject of the introducing sentence. */
    private static Optional<Attribution> introducer(ExtractionContext context, Sentence s) {
        return s.dependentsOf(0).stream().findFirst()
                .flatMap(root -> ExtractionContext.dependent(s, root.dependent(), "nsubj"))
                .flatMap(subject -> context.actorAt(s.index(), subject.index()))
                .filter(k -> context.kindOf(k) == EntityKind.PERSON)
                .map(person -> new Attribution(Kind.SPEAKER, person, s.index(), "quote/colon-introduction"));
    }

    /** '"...," according to X' / 'According to X, "..."': X speaks, when no verb of speech says otherwise. */
    private static Optional<Attribution> accordingTo(ExtractionContext context, Sentence s, QuoteSpan span) {
        for (int t = 1; t + 2 <= s.tokens().size(); t++) {
            Token according = s.token(t);
            if (!according.word().equalsIgnoreCase("according") || !s.token(t + 1).word().equalsIgnoreCase("to")
                    || (according.begin() >= span.begin() && according.end() <= span.end())) {
                continue;
            }
            for (int n = t + 2; n <= Math.min(s.tokens().size(), t + 8); n++) {
                Token token = s.token(n);
                if (token.word().equals(",") || token.begin() >= span.begin() && token.end() <= span.end()) {
                    break;
                }
                Optional<String> person = context.entityAt(s.index(), n)
                        .filter(k -> context.kindOf(k) == EntityKind.PERSON && token.properNoun());
                if (person.isPresent()) {
                    return Optional.of(new Attribution(Kind.SPEAKER, person.get(), s.index(), "quote/according-to"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * '"..." ― Name' ending a paragraph that opens with a quotation mark: the name under the quote signs every quote
     * of the paragraph, as in letters and vox pops.
     */
    private static Optional<Attribution> signature(ExtractionContext context, QuoteSpan span) {
        String text = context.text();
        int lineStart = text.lastIndexOf('\n', Math.max(0, span.begin() - 1)) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        String opening = line.strip();
        int dash = Math.max(line.lastIndexOf('―'), Math.max(line.lastIndexOf('—'), line.lastIndexOf('–')));
        if (opening.isEmpty() || "\"“”„«»".indexOf(opening.charAt(0)) < 0 || dash < 0
                || lineStart + dash < span.end()) {
            return Optional.empty();
        }
        String signed = line.substring(dash + 1).replace('\u00a0', ' ').strip();
        boolean nameOnly = !signed.isEmpty() && signed.split("\\s+").length <= 5
                && signed.chars().noneMatch(c -> "\"“”„«»".indexOf(c) >= 0);
        if (!nameOnly) {
            return Optional.empty();
        }
        int nameStart = lineStart + line.indexOf(signed.charAt(0), dash + 1);
        for (Sentence s : context.sentences()) {
            for (Token t : s.tokens()) {
                if (t.begin() == nameStart) {
                    return context.entityAt(s.index(), t.index())
                            .filter(k -> context.kindOf(k) == EntityKind.PERSON && t.properNoun())
                            .map(person -> new Attribution(Kind.SPEAKER, person, s.index(), "quote/signature"));
                }
            }
        }
        return Optional.empty();
    }

    private record VerbAt(Sentence sentence, Token verb, int governedSize) {}

    /** "Morning Joe", "American Skin": quoted words that are all capitalised name a work, they quote nobody. */
    private static boolean titleCase(String text) {
        return java.util.Arrays.stream(text.strip().split("\\s+"))
                .allMatch(w -> !w.isEmpty() && !Character.isLowerCase(w.charAt(0)));
    }

    private static Attribution speakerOf(ExtractionContext context, Sentence s, Token verb, QuoteSpan span,
                                         List<QuoteSpan> spans) {
        if (ReportedSpeech.unsaid(s, verb)) {
            // "X did not say "..."", "X denied saying "..."": nobody is quoted saying it
            return new Attribution(Kind.UNNAMED, null, s.index(), "quote/unsaid");
        }
        for (Dependency d : s.dependentsOf(verb.index())) {
            if (!d.relation().startsWith("nsubj")) {
                continue;
            }
            Token subject = s.token(d.dependent());
            if (subject.begin() >= span.begin() && subject.end() <= span.end()) {
                continue;
            }
            Optional<String> actor = speakerFor(context, s, subject, verb, spans);
            String rule = subject.index() > verb.index() ? "quote/said-speaker" : "quote/speaker-said";
            return actor.map(a -> new Attribution(Kind.SPEAKER, a, s.index(), rule))
                    .orElse(new Attribution(Kind.UNNAMED, null, s.index(), "quote/unnamed-speaker"));
        }
        // "X said, going on to say that ..." / "..., arguing that ...": a verb of speech without a subject of its own
        // speaks for the subject of the clause it hangs from
        Optional<String> inherited = inheritedSubject(s, verb)
                .flatMap(subject -> speakerFor(context, s, subject, verb, spans));
        if (inherited.isPresent()) {
            return new Attribution(Kind.SPEAKER, inherited.get(), s.index(), "quote/participle-speaker");
        }
        // the parser sometimes misses the subject: '..." said the spokeswoman X' read as an object, or a long
        // fronted phrase before 'X said'; a person named right after or right before the verb is the speaker
        boolean inverted = verb.begin() > span.begin();
        Optional<String> adjacent = (inverted ? personAt(context, s, verb.index() + 1) : Optional.<String>empty())
                .or(() -> s.dependentsOf(verb.index()).stream()
                        .filter(d -> d.relation().equals("obj") && inverted)
                        .map(d -> personAt(context, s, d.dependent()))
                        .flatMap(Optional::stream).findFirst())
                .or(() -> personAt(context, s, verb.index() - 1));
        return adjacent.map(a -> new Attribution(Kind.SPEAKER, a, s.index(), "quote/adjacent-speaker"))
                .orElse(new Attribution(Kind.UNNAMED, null, s.index(), "quote/no-subject"));
    }

    private static final Set<String> SUBJECTLESS_LINKS = Set.of("advcl", "xcomp", "conj", "parataxis", "dep");

    /** The subject of the clause a subjectless participle or infinitive hangs from, up to three clauses up. */
    private static Optional<Token> inheritedSubject(Sentence s, Token verb) {
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

    /** The actor the subject of a verb of speech names, through pronouns, titles and appositions. */
    static Optional<String> speakerFor(ExtractionContext context, Sentence s, Token subject, Token verb,
                                       List<QuoteSpan> spans) {
        // '"...," he said': the person named last outside quotes, which in news prose is the one speaking;
        // coreference is the fallback, as it often ties such a pronoun to someone named in between
        String subjectWord = subject.word().toLowerCase(java.util.Locale.ROOT);
        Optional<String> actor = THIRD_PERSON_SUBJECTS.contains(subjectWord)
                ? lastPersonBefore(context, s, subject.index(), spans).or(() -> actorIn(context, s, subject.index()))
                : actorIn(context, s, subject.index());
        if (actor.isEmpty() && COLLECTIVE_PRONOUNS.contains(subjectWord)) {
            actor = governingSubject(context, s, verb.index());
        }
        if (actor.isEmpty()) {
            actor = describedPerson(context, s, subject);
        }
        if (actor.isPresent() && context.kindOf(actor.get()) != EntityKind.PERSON && verb.index() > subject.index()) {
            // "Organisation of Islamic Cooperation Secretary-General X said", parsed with the organisation as head:
            // the person named right before the verb, in the same run of names and titles, speaks
            Optional<String> person = personAt(context, s, verb.index() - 1);
            boolean oneRun = true;
            for (int t = subject.index() + 1; t < verb.index() && oneRun; t++) {
                Token between = s.token(t);
                oneRun = between.properNoun() || "TITLE".equals(between.ner()) || between.word().equals("-")
                        || NAME_JOINERS.contains(between.word());
            }
            if (person.isPresent() && oneRun) {
                return person;
            }
        }
        return actor;
    }

    private static final Set<String> COLLECTIVE_PRONOUNS = Set.of("it", "they");
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "the", "on");

    /**
     * "the envoy said": the person an earlier sentence gave that title (a role read by the role rules), the latest
     * one; when two people hold a matching title in the same sentence, nobody.
     */
    static Optional<String> describedPerson(ExtractionContext context, Sentence s, Token subject) {
        boolean definite = s.dependentsOf(subject.index()).stream()
                .anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).word().equalsIgnoreCase("the"));
        if (!definite || !subject.pos().startsWith("NN") || subject.properNoun()) {
            return Optional.empty();
        }
        String noun = subject.lemma().toLowerCase(java.util.Locale.ROOT);
        int latest = -1;
        java.util.Set<String> people = new java.util.HashSet<>();
        for (Fact role : context.factsWith("role")) {
            if (role.evidence() == null || role.evidence().sentenceIndex() > s.index()
                    || !(role.object() instanceof FactValue.Literal text)
                    || !java.util.List.of(text.lexical().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                            .contains(noun)) {
                continue;
            }
            int at = role.evidence().sentenceIndex();
            if (at > latest) {
                latest = at;
                people.clear();
            }
            if (at == latest) {
                people.add(role.subject());
            }
        }
        return people.size() == 1 ? Optional.of(people.iterator().next()) : Optional.empty();
    }

    /**
     * "Israel's military said it had acted ... and described the evacuation as "..."": "it" in a clause reported by
     * another verb is that verb's subject.
     */
    private static Optional<String> governingSubject(ExtractionContext context, Sentence s, int verb) {
        int clause = verb;
        for (int level = 0; level < 3; level++) {
            Optional<Dependency> up = s.governorOf(clause);
            if (up.isEmpty() || up.get().governor() == 0 || !(up.get().relation().startsWith("ccomp")
                    || up.get().relation().startsWith("conj"))) {
                return Optional.empty();
            }
            clause = up.get().governor();
            Optional<Token> subject = ExtractionContext.dependent(s, clause, "nsubj");
            if (subject.isPresent() && !COLLECTIVE_PRONOUNS.contains(subject.get().word().toLowerCase(java.util.Locale.ROOT))) {
                return actorIn(context, s, subject.get().index());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> personAt(ExtractionContext context, Sentence s, int token) {
        if (token < 1 || token > s.tokens().size() || !s.token(token).properNoun()) {
            return Optional.empty();
        }
        return context.entityAt(s.index(), token).filter(k -> context.kindOf(k) == EntityKind.PERSON);
    }

    /** The actor a subject names, looking through titles and appositions to the name ("the minister, X"). */
    static Optional<String> actorIn(ExtractionContext context, Sentence s, int token) {
        Optional<String> direct = context.actorAt(s.index(), token);
        if (direct.isPresent()) {
            return direct;
        }
        if (THIRD_PERSON_SUBJECTS.contains(s.token(token).word().toLowerCase(java.util.Locale.ROOT))) {
            return lastPersonBefore(context, s, token, List.of());
        }
        if (STATE_BODIES.contains(s.token(token).word())) {
            Optional<String> country = countryOfStateBody(context, s, token);
            if (country.isPresent()) {
                return country;
            }
        }
        // "China's U.N. Ambassador Zhang Jun": the person the title describes speaks, never an organisation word
        // inside the title ("U.N.", "Foreign Ministry"); the parser hangs the name on the title in several ways
        Optional<String> person = s.dependentsOf(token).stream()
                .filter(d -> NAME_RELATIONS.contains(d.relation()))
                .map(d -> context.actorAt(s.index(), d.dependent()))
                .flatMap(Optional::stream)
                .filter(k -> context.kindOf(k) == EntityKind.PERSON)
                .findFirst();
        if (person.isPresent()) {
            return person;
        }
        // "the former first lady and U.S. senator": a country in a title is whom the person serves, not the speaker
        boolean commonNoun = s.token(token).pos().startsWith("NN") && !s.token(token).properNoun();
        return s.dependentsOf(token).stream()
                .filter(d -> d.relation().equals("appos") || d.relation().equals("compound")
                        || d.relation().equals("flat"))
                .map(d -> context.actorAt(s.index(), d.dependent()))
                .flatMap(Optional::stream)
                .filter(k -> !commonNoun || context.kindOf(k) == EntityKind.PERSON)
                .findFirst();
    }

    private static final Lexicon STATE_BODIES = Lexicon.named("state-bodies");

    /** "Israel's military", "Russian troops", "the U.S. military": an organ of a state acts for the state. */
    private static Optional<String> countryOfStateBody(ExtractionContext context, Sentence s, int token) {
        for (Dependency d : s.dependentsOf(token)) {
            if (!d.relation().equals("nmod:poss") && !d.relation().equals("amod") && !d.relation().equals("compound")) {
                continue;
            }
            Optional<String> country = context.actorAt(s.index(), d.dependent())
                    .filter(k -> context.kindOf(k) == EntityKind.COUNTRY)
                    .or(() -> context.countryByDemonym(s.token(d.dependent()).word()));
            if (country.isPresent()) {
                return country;
            }
        }
        return Optional.empty();
    }

    private static final Set<String> NAME_RELATIONS = Set.of("appos", "compound", "flat", "dep");

    private static final Set<String> THIRD_PERSON_SUBJECTS = Set.of("he", "she");

    /**
     * "She added:" when coreference left the pronoun unresolved: the person named last, within the three sentences
     * before — in news prose that is almost always the one the pronoun continues.
     */
    private static Optional<String> lastPersonBefore(ExtractionContext context, Sentence s, int token,
                                                     List<QuoteSpan> quotes) {
        for (int i = s.index(); i >= Math.max(0, s.index() - 3); i--) {
            Sentence sentence = context.document().sentence(i);
            int last = i == s.index() ? token - 1 : sentence.tokens().size();
            for (int t = last; t >= 1; t--) {
                Token candidate = sentence.token(t);
                boolean quoted = quotes.stream().anyMatch(q -> candidate.begin() >= q.begin() && candidate.end() <= q.end());
                Optional<String> person = context.entityAt(i, t).filter(k -> context.kindOf(k) == EntityKind.PERSON);
                if (person.isPresent() && candidate.properNoun() && !quoted) {
                    return person;
                }
            }
        }
        return Optional.empty();
    }

    /** A quote paragraph with nothing else in it, right after a quote that went before. */
    private static boolean continuesPrevious(String text, QuoteSpan span, int previousEnd) {
        if (previousEnd < 0) {
            return false;
        }
        if (span.continuation()) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', span.begin()) + 1;
        if (previousEnd >= lineStart) {
            // the same paragraph: the quote goes on after the attribution ("...," X said. "...")
            return true;
        }
        int lineEnd = text.indexOf('\n', span.end());
        String before = text.substring(lineStart, span.begin()).replaceAll("[\"“”„«»\\s]", "");
        String after = text.substring(span.end(), lineEnd < 0 ? text.length() : lineEnd).replaceAll("[\"“”„«»\\s.,]", "");
        String between = text.substring(previousEnd, lineStart);
        boolean adjacentParagraph = between.chars().filter(c -> c == '\n').count() <= 3;
        return before.isEmpty() && after.isEmpty() && adjacentParagraph;
    }

    private static int distance(Token verb, QuoteSpan span) {
        return verb.end() <= span.begin() ? span.begin() - verb.end() : verb.begin() - span.end();
    }

    private static Evidence quoteEvidence(ExtractionContext context, QuoteSpan span, Attribution attribution) {
        int first = Math.min(attribution.sentence, sentenceAt(context, span.begin()));
        int last = Math.max(attribution.sentence, sentenceAt(context, span.end() - 1));
        Sentence a = context.document().sentence(first);
        Sentence b = context.document().sentence(last);
        String text = context.text().substring(a.begin(), b.end()).strip().replaceAll("\\s*\\n\\s*", " ");
        return new Evidence(first, text, a.begin(), b.end(), attribution.rule.equals("quote/continued") ? 0.8 : 0.9,
                attribution.rule);
    }

    private static int sentenceAt(ExtractionContext context, int offset) {
        return context.sentences().stream().filter(s -> s.begin() <= offset && offset < s.end() + 1)
                .mapToInt(Sentence::index).findFirst().orElse(0);
    }

    static String label(String quote) {
        String[] words = quote.strip().split("\\s+");
        if (words.length <= LABEL_WORDS) {
            return quote.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, LABEL_WORDS)) + " …";
    }

    private enum Kind { SPEAKER, UNNAMED, UNATTRIBUTED }

    private record Attribution(Kind kind, String speaker, int sentence, String rule) {
        static final Attribution NONE = new Attribution(Kind.UNATTRIBUTED, null, 0, "quote/none");
    }
}
