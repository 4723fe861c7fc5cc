package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.Gazetteer;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The actor a word of a rule's match stands for, the same whichever construction found the word: the entity there,
 * a person's country or organisation, "we" in a quote for the speaker's side, "his country" for the possessor's
 * country, a nationality adjective or a country's initials for the country.
 */
final class Actors {

    private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "i", "my", "me");
    /** Nouns standing for the actor of their possessor: "whose country co-drafted the text". */
    private static final Set<String> REPRESENTED_BY_POSSESSOR = Set.of("country", "government", "delegation",
            "nation");

    private Actors() {
    }

    /**
     * A stance holder: the actor at the word, "we" for the quote's speaker, "his country" for the possessor; a
     * person stands for the actor the person represents.
     */
    static Optional<String> holder(ExtractionContext context, Sentence s, Token subject) {
        if (FIRST_PERSON.contains(subject.word().toLowerCase(Locale.ROOT))) {
            return speakerSide(context, subject);
        }
        Optional<String> actor = QuoteExtractor.actorIn(context, s, subject.index());
        if (actor.isEmpty()) {
            // "his country": the possessor's country, through coreference of the noun phrase
            actor = s.dependentsOf(subject.index()).stream()
                    .filter(d -> d.relation().equals("nmod:poss"))
                    .map(d -> context.actorAt(s.index(), d.dependent()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(person -> representedBy(context, person));
        }
        if (actor.isEmpty() && "NATIONALITY".equals(subject.ner()) && subject.pos().startsWith("NNP")) {
            // "Sweden, Myanmar and Belgium voted": a country's own name the tagger read as a nationality
            actor = context.countryNamed(subject.word());
        }
        return actor.map(a -> representedBy(context, a));
    }

    /**
     * A drafter: a country, organisation or nationality word; a person stands for the actor the person represents,
     * and so does "whose country" / "her government" for the person it belongs to. A word that alone names a country
     * wins over an organisation the recogniser fused it into ("U.S.-drafted United Nations Security Council").
     */
    static Optional<String> drafter(ExtractionContext context, Sentence s, int token) {
        if (REPRESENTED_BY_POSSESSOR.contains(s.token(token).lemma().toLowerCase(Locale.ROOT))) {
            return s.dependentsOf(token).stream().filter(d -> d.relation().equals("nmod:poss"))
                    .map(d -> drafter(context, s, d.dependent())).flatMap(Optional::stream).findFirst();
        }
        Optional<String> actor = QuoteExtractor.actorIn(context, s, token);
        if (actor.isEmpty() || context.kindOf(actor.get()) == EntityKind.ORGANIZATION) {
            Optional<String> country = countryNamed(context, s.token(token).word());
            if (country.isPresent()) {
                return country;
            }
        }
        if (actor.isPresent() && context.kindOf(actor.get()) == EntityKind.PERSON) {
            String person = actor.get();
            actor = context.factsWith("represents").stream().filter(f -> f.subject().equals(person))
                    .map(f -> ((FactValue.EntityRef) f.object()).key()).findFirst();
        }
        return actor.or(() -> context.countryByDemonym(s.token(token).word()));
    }

    /**
     * The country a single word names, by its name, an alias or its demonym, or by its capital when the tagger left the
     * city untagged ("a draft put forward by Kyiv"): a capital that drafts stands for its government.
     */
    private static Optional<String> countryNamed(ExtractionContext context, String word) {
        return context.countryByDemonym(word).or(() -> context.gazetteer().lookup(word)
                .filter(e -> e.kind() == Gazetteer.Kind.COUNTRY)
                .map(e -> context.entity(EntityKind.COUNTRY, e.canonical(), word, e.wikidata())))
                // the city is no other name of the country, so it is not kept as one
                .or(() -> context.gazetteer().byCapital(word)
                        .map(e -> context.entity(EntityKind.COUNTRY, e.canonical(), null, e.wikidata())));
    }

    static String representedBy(ExtractionContext context, String actor) {
        if (context.kindOf(actor) != EntityKind.PERSON) {
            return actor;
        }
        return context.factsWith("represents").stream()
                .filter(f -> f.subject().equals(actor))
                .map(f -> ((FactValue.EntityRef) f.object()).key())
                .findFirst()
                .orElse(actor);
    }

    /** "We" inside a quote is the side of the quote's speaker. */
    private static Optional<String> speakerSide(ExtractionContext context, Token pronoun) {
        for (Fact quote : context.factsWith("quote")) {
            int start = intValue(context, quote.subject(), "charStart");
            int end = intValue(context, quote.subject(), "charEnd");
            if (pronoun.begin() >= start && pronoun.end() <= end) {
                return context.factsWith("speaker").stream()
                        .filter(f -> f.subject().equals(quote.subject()))
                        .map(f -> ((FactValue.EntityRef) f.object()).key())
                        .findFirst()
                        .map(speaker -> representedBy(context, speaker));
            }
        }
        return Optional.empty();
    }

    private static int intValue(ExtractionContext context, String subject, String predicate) {
        return context.facts().stream()
                .filter(f -> f.subject().equals(subject) && f.predicate().equals(predicate))
                .map(f -> Integer.parseInt(((FactValue.Literal) f.object()).lexical()))
                .findFirst().orElse(-1);
    }
}
