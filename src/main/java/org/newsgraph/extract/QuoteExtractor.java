package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Direct and mixed quotes as statements, and reported speech through {@link ReportedSpeech}. Where each quote's
 * attribution is written is read by {@link QuoteSources}, whom its subject names by {@link Speakers}. A quote
 * paragraph with no attribution of its own continues the quote before it. When a verb of speech has a subject that
 * names nobody ("a man is heard saying"), the quote gets no speaker: a wrong speaker is worse than none. Quotes under
 * three words are scare quotes, not statements, unless they sit inside reported speech.
 */
public final class QuoteExtractor implements Extractor {

    static final int MINIMUM_WORDS = 3;
    private static final int LABEL_WORDS = 8;

    private final Lexicon speechVerbs = Lexicon.named("speech-verbs");
    private final QuoteSources sources = new QuoteSources(speechVerbs);
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
        QuoteAttribution previous = QuoteAttribution.NONE;
        int previousEnd = -1;
        List<QuoteSpan> spans = QuoteFinder.find(context.text());
        for (QuoteSpan span : spans) {
            boolean partial = span.wordCount() < MINIMUM_WORDS;
            QuoteAttribution attribution = sources.attribute(context, span, spans);
            if (partial && (!attribution.named() || !reported(context, span) || titleCase(span.text()))) {
                // one or two words in quotation marks are a statement only inside reported speech ("called it
                // "a farce""); elsewhere they are scare quotes or titles
                continue;
            }
            if (singleMarked(context.text(), span) && span.wordCount() < SINGLE_MARK_WORDS && reported(context, span)) {
                // British copy puts its scare quotes in single marks too ("to discuss the ‘meltdown of humanity’"):
                // inside a clause, a short phrase in them is a term, not someone's words
                continue;
            }
            if (named(context.text(), span)) {
                // 'a report titled "..."', 'a plan dubbed "..."': the quoted words are a name given to something
                continue;
            }
            if (!partial && titleOfWork(span.text())) {
                // 'said on "Face the Nation"', 'a broadcast of "Fox News Sunday"': a show or a book, no one's words
                continue;
            }
            // '"...," said X. "..."': the verb that gave the quote before its speaker, with the subject lost after
            // the first quote, gives the next quote of the paragraph to the same speaker
            boolean sameVerb = attribution.rule().equals("quote/no-subject") && previous.named()
                    && attribution.sentence() == previous.sentence();
            if ((attribution.kind() == QuoteAttribution.Kind.UNATTRIBUTED || sameVerb)
                    && continuesPrevious(context.text(), span, previousEnd)) {
                attribution = previous.named() ? previous.withRule("quote/continued") : previous;
            }
            addStatement(context, span, attribution);
            previous = attribution;
            previousEnd = span.end();
        }
        ReportedSpeech.extract(context, speechVerbs, spans);
    }

    private void addStatement(ExtractionContext context, QuoteSpan span, QuoteAttribution attribution) {
        String statement = context.event(EntityKind.STATEMENT, label(span.text()));
        context.addFact(statement, "quote", FactValue.Literal.string(span.text()), null);
        addSpan(context, statement, span.begin(), span.end(),
                reported(context, span) ? ReportedSpeech.MIXED : ReportedSpeech.DIRECT);
        if (!attribution.named()) {
            return;
        }
        Evidence evidence = quoteEvidence(context, span, attribution);
        context.addFact(statement, "speaker", attribution.speaker(), evidence);
        onBehalfOf(context, statement, attribution.speaker(), evidence);
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
                .replaceAll("[\\s\"“”„«»‘’']+$", "");
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


    private static final int SINGLE_MARK_WORDS = 4;

    private static boolean singleMarked(String text, QuoteSpan span) {
        int mark = span.begin() - 1;
        while (mark > 0 && Character.isWhitespace(text.charAt(mark))) {
            mark--;
        }
        return mark >= 0 && "‘'’".indexOf(text.charAt(mark)) >= 0;
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
        String before = text.substring(lineStart, span.begin()).replaceAll("[\"“”„«»‘’\\s]", "");
        String after = text.substring(span.end(), lineEnd < 0 ? text.length() : lineEnd).replaceAll("[\"“”„«»‘’\\s.,]", "");
        String between = text.substring(previousEnd, lineStart);
        boolean adjacentParagraph = between.chars().filter(c -> c == '\n').count() <= 3;
        return before.isEmpty() && after.isEmpty() && adjacentParagraph;
    }

    /** The word right before the opening mark names what follows: "titled", "entitled", "dubbed", ... */
    static boolean named(String text, QuoteSpan span) {
        String before = text.substring(Math.max(0, span.begin() - 30), span.begin())
                .replaceAll("[\\s,:" + QuoteFinder.MARKS + "]+$", "");
        String[] words = before.split("[^\\p{L}-]+");
        return words.length > 0 && NAMING_WORDS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> NAMING_WORDS = Set.of("titled", "entitled", "dubbed", "nicknamed", "headlined",
            "codenamed", "code-named", "named");

    /** "Morning Joe", "American Skin": quoted words that are all capitalised name a work, they quote nobody. */
    private static boolean titleCase(String text) {
        return java.util.Arrays.stream(text.strip().split("\\s+"))
                .allMatch(w -> !w.isEmpty() && !Character.isLowerCase(w.charAt(0)));
    }

    /**
     * Three to six words capitalised as a title is, short function words aside ("State of the Union", "Face the
     * Nation"): the name of a work, a show or an event.
     */
    static boolean titleOfWork(String text) {
        String[] words = text.strip().replaceAll("[\\p{Punct}“”‘’]+$", "").split("\\s+");
        if (words.length < MINIMUM_WORDS || words.length > TITLE_WORDS || words[0].isEmpty()
                || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        return java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty()
                && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || TITLE_SMALL_WORDS.contains(w)));
    }

    private static final int TITLE_WORDS = 6;
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("of", "the", "and", "a", "an", "on", "in", "to", "for",
            "at", "by", "with", "or", "from");

    /** The actor a subject names, looking through titles and appositions; the stance and vote rules read actors so too. */
    static Optional<String> actorIn(ExtractionContext context, Sentence s, int token) {
        return Speakers.actorIn(context, s, token);
    }

    private static Evidence quoteEvidence(ExtractionContext context, QuoteSpan span, QuoteAttribution attribution) {
        int first = Math.min(attribution.sentence(), sentenceAt(context, span.begin()));
        int last = Math.max(attribution.sentence(), sentenceAt(context, span.end() - 1));
        Sentence a = context.document().sentence(first);
        Sentence b = context.document().sentence(last);
        String text = context.text().substring(a.begin(), b.end()).strip().replaceAll("\\s*\\n\\s*", " ");
        return new Evidence(first, text, a.begin(), b.end(), attribution.rule().equals("quote/continued") ? 0.8 : 0.9,
                attribution.rule());
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

}
