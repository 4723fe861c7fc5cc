package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Owners of an office that the text names by a definite noun of their kind instead of their name: "the country's
 * foreign minister", "a spokeswoman for the agency", "X, who heads the organisation". News takes such a noun up from
 * the last country or organisation named before it, in the same sentence or in the three before.
 */
final class RoleOwners {

    /** Nouns that take up a country: "the country's", "a spokesman for the government". */
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "government", "kingdom", "republic");

    /** Nouns that take up an organisation: "the agency's", "the group's", "head of the organisation". */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of("agency", "organisation", "organization", "charity",
            "group", "body", "council", "committee", "alliance", "league", "bloc", "union", "society", "movement",
            "ministry", "department", "office", "commission", "authority", "institution", "programme", "program",
            "fund", "federation", "association", "coalition", "network", "foundation", "militia", "faction");

    private static final int SENTENCES_BACK = 3;

    private RoleOwners() {
    }

    /** Whether {@code t} is a noun that takes up a country or an organisation named before. */
    static boolean isOwnerNoun(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return t.pos().startsWith("NN") && !t.properNoun()
                && (COUNTRY_NOUNS.contains(lemma) || ORGANIZATION_NOUNS.contains(lemma));
    }

    /**
     * The actor that the owner noun at {@code nounAt} of sentence {@code s} takes up: the nearest country (for
     * "country", "nation", ...) or organisation (for "agency", "group", ...) named before it. Only a noun that is
     * definite ("the agency", "the agency's") or a bare possessor ("agency's") takes something up.
     */
    static Optional<String> antecedent(ExtractionContext context, Sentence s, int nounAt) {
        Token noun = s.token(nounAt);
        if (!isOwnerNoun(noun) || !definite(s, nounAt) && !bareBeforeOffice(s, nounAt)) {
            return Optional.empty();
        }
        // a bare noun takes up only a name ending in the same noun ("the State Department" ... "department spokesman")
        boolean bare = !definite(s, nounAt);
        EntityKind wanted = COUNTRY_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))
                ? EntityKind.COUNTRY : EntityKind.ORGANIZATION;
        // "the U.N. agency's": a name inside the noun's own phrase classifies it, it is not what it takes up
        int phraseStart = nounAt;
        while (phraseStart > 1 && (s.token(phraseStart - 1).pos().startsWith("NN") || s.token(phraseStart - 1).pos().startsWith("JJ"))) {
            phraseStart--;
        }
        for (int t = phraseStart - 1; t >= 1; t--) {
            Optional<String> actor = (bare ? Optional.<String>empty() : ofKind(context, s.index(), t, wanted))
                    .or(named(context, s, t, noun));
            if (actor.isPresent()) {
                return actor;
            }
        }
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - SENTENCES_BACK); i--) {
            Sentence before = context.document().sentence(i);
            for (int t = before.tokens().size(); t >= 1; t--) {
                Optional<String> actor = (bare ? Optional.<String>empty() : ofKind(context, i, t, wanted))
                        .or(named(context, before, t, noun));
                if (actor.isPresent()) {
                    return actor;
                }
            }
        }
        return Optional.empty();
    }

    /** "the agency", "the U.N. health agency's", "agency's": a noun taken up, not "an agency" or "agencies". */
    private static boolean definite(Sentence s, int nounAt) {
        if (s.token(nounAt).pos().equals("NNS")) {
            return false;
        }
        boolean possessor = nounAt + 1 <= s.tokens().size() && RoleDescriptions.isPossessive(s.token(nounAt + 1));
        for (int t = nounAt - 1; t >= 1; t--) {
            Token before = s.token(t);
            if (before.pos().equals("DT")) {
                return before.word().equalsIgnoreCase("the");
            }
            // "the regional government" is not the country: only nouns may stand between "the" and the noun
            if (!before.pos().startsWith("NN")) {
                break;
            }
        }
        return possessor;
    }

    /**
     * "department spokesperson X", "agency spokesman X": a bare singular noun before an office, as agency copy drops
     * the article.
     */
    private static boolean bareBeforeOffice(Sentence s, int nounAt) {
        if (s.token(nounAt).pos().equals("NNS") || nounAt + 1 > s.tokens().size()
                || !TITLES.contains(s.token(nounAt + 1).lemma())) {
            return false;
        }
        if (nounAt == 1) {
            return true;
        }
        String before = s.token(nounAt - 1).pos();
        return !before.equals("DT") && !before.startsWith("JJ") && !before.startsWith("NN") && !before.equals("PRP$")
                && !before.equals("POS");
    }

    private static final Lexicon TITLES = Lexicon.named("titles");

    /**
     * "..., according to a spokesperson from the country's defence department." then "..., said X.": an office left
     * unnamed in one sentence, held at a country or organisation, and a person named bare in the next one who speaks.
     * The owner of that unnamed office, if the sentence before has exactly one.
     */
    static Optional<String> unnamedOfficeBefore(ExtractionContext context, Sentence s, RoleDescriptions descriptions) {
        if (s.index() == 0 || s.tokens().stream().noneMatch(t -> SPEECH_LEMMAS.contains(t.lemma()))) {
            return Optional.empty();
        }
        Sentence before = context.document().sentence(s.index() - 1);
        Optional<String> owner = Optional.empty();
        for (int t = 2; t + 1 <= before.tokens().size(); t++) {
            Token title = before.token(t);
            String article = before.token(t - 1).word().toLowerCase(Locale.ROOT);
            if (!descriptions.isTitleWord(title) || !(article.equals("a") || article.equals("an"))
                    || !OWNER_PREPOSITIONS.contains(before.token(t + 1).word())) {
                continue;
            }
            Optional<String> found = Optional.empty();
            for (int o = t + 2; o <= Math.min(before.tokens().size(), t + 7) && found.isEmpty(); o++) {
                Token word = before.token(o);
                if (word.word().equals(",") || word.pos().startsWith("VB")) {
                    break;
                }
                int at = o;
                found = context.actorAt(before.index(), o).filter(k -> context.kindOf(k) != EntityKind.PERSON)
                        .or(() -> antecedent(context, before, at));
            }
            if (found.isPresent()) {
                if (owner.isPresent() && !owner.equals(found)) {
                    return Optional.empty();
                }
                owner = found;
            }
        }
        return owner;
    }

    private static final Set<String> SPEECH_LEMMAS = Set.of("say", "tell", "add");
    private static final Set<String> OWNER_PREPOSITIONS = Set.of("from", "of", "for", "at", "with");

    /**
     * "the State Department" then "department spokesperson X": a name ending in the very noun is what the noun takes
     * up, even where that name stands for its country.
     */
    private static java.util.function.Supplier<Optional<String>> named(ExtractionContext context, Sentence s, int t,
                                                                      Token noun) {
        return () -> s.token(t).word().equalsIgnoreCase(noun.word())
                ? context.actorAt(s.index(), t).filter(k -> context.kindOf(k) != EntityKind.PERSON)
                : Optional.empty();
    }

    private static Optional<String> ofKind(ExtractionContext context, int sentence, int token, EntityKind wanted) {
        return context.entityAt(sentence, token).filter(k -> context.kindOf(k) == wanted);
    }

    /**
     * "Its ambassador, X," / "The group's spokesman, X,": the owner is the country or organisation the sentence named
     * first before the description, else the one the sentences before named last ("its": any actor but a person; "the
     * group's": an organisation).
     */
    static Optional<String> antecedentOwner(ExtractionContext context, Sentence s, List<Token> description,
                                            Lexicon organizationHeads) {
        Token first = description.get(0);
        boolean its = first.word().equalsIgnoreCase("its");
        boolean ownerNoun = description.size() >= 3 && first.pos().equals("DT") && RoleDescriptions.isPossessive(description.get(2))
                && organizationHeads.contains(description.get(1).word());
        if (!its && !ownerNoun) {
            return Optional.empty();
        }
        java.util.function.Predicate<String> ownerKind = k -> ownerNoun
                ? context.kindOf(k) == EntityKind.ORGANIZATION
                : context.kindOf(k) != EntityKind.PERSON;
        // "The X Movement abstained, its leader Y said": the clause the description closes names the owner first
        for (int t = 1; t < first.index(); t++) {
            Optional<String> actor = context.actorAt(s.index(), t).filter(ownerKind);
            if (actor.isPresent()) {
                return actor;
            }
        }
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - 3); i--) {
            Sentence before = context.document().sentence(i);
            for (int t = before.tokens().size(); t >= 1; t--) {
                Optional<String> actor = context.actorAt(i, t).filter(ownerKind);
                if (actor.isPresent()) {
                    return actor;
                }
            }
        }
        return Optional.empty();
    }

    /** "In Moscow, Foreign Ministry spokesman X": an office named right after a fronted capital serves that state. */
    static Optional<String> frontedCapital(ExtractionContext context, Sentence s, int descriptionStart) {
        if (s.tokens().size() < 3 || !s.token(1).word().equals("In")) {
            return Optional.empty();
        }
        int comma = 2;
        while (comma <= s.tokens().size() && s.token(comma).properNoun()) {
            comma++;
        }
        if (comma == 2 || comma + 1 != descriptionStart || !s.token(comma).word().equals(",")) {
            return Optional.empty();
        }
        return context.gazetteer().byCapital(s.span(2, comma).strip())
                .map(country -> context.entity(EntityKind.COUNTRY, country.canonical(), null, country.wikidata()));
    }
}
