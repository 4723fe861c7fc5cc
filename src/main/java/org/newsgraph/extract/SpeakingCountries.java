package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Optional;
import java.util.Set;

/**
 * Countries that speak through a person the text names without saying whose office it is. News first lets the country
 * or its unnamed office speak ("Redvale said it would halt the talks.", "Redvale's envoy had warned before the vote
 * that ...") and then gives the words to a person named for the first time, with no office, in the next sentence
 * ('"...," X said'): the person is the one who spoke for that country. An office written without its country is
 * left alone: after "A said B's troops ..." a "Deputy Prime Minister X" may be either's. A country that governs
 * under a named leader ("Redvale under President X", "Redvale under the dictator X") is one the person heads.
 */
final class SpeakingCountries {

    private static final Lexicon SPEECH_VERBS = Lexicon.named("speech-verbs");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    private static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "amod", "compound");
    /** Nouns between "under" and the leader's name: "under the military ruler X", "under the dictator X". */
    private static final int LONGEST_TITLE = 3;
    /** Sentences of a quote passed over back to the one that lets the country speak. */
    private static final int QUOTED_SENTENCES = 2;

    private SpeakingCountries() {
    }

    /**
     * The country that spoke in the sentence before {@code s}, itself or by an office left unnamed, when the person
     * {@code person} is the one who speaks in {@code s}; none where the sentence before lets two countries speak.
     */
    static Optional<String> spokeBefore(ExtractionContext context, Sentence s, String person,
                                        RoleDescriptions descriptions) {
        if (s.index() == 0 || !speaksIn(context, s, person)) {
            return Optional.empty();
        }
        // '"Today A is targeted. Tomorrow ...," X said': the quote's first sentence speaks for no one of its own
        int i = s.index() - 1;
        while (i > 0 && i >= s.index() - QUOTED_SENTENCES && opensWithQuote(context.document().sentence(i))) {
            i--;
        }
        Sentence before = context.document().sentence(i);
        Optional<String> country = Optional.empty();
        for (Dependency d : before.dependencies()) {
            if (!SUBJECTS.contains(d.relation()) || !SPEECH_VERBS.contains(before.token(d.governor()).lemma())) {
                continue;
            }
            Optional<String> found = countrySpeaking(context, before, d.dependent(), descriptions);
            if (found.isPresent()) {
                if (country.isPresent() && !country.equals(found)) {
                    return Optional.empty();
                }
                country = found;
            }
        }
        return country;
    }

    private static boolean opensWithQuote(Sentence s) {
        return !s.tokens().isEmpty() && RoleDescriptions.isQuoteMark(s.token(1).word());
    }

    /** Whether a token of {@code person} in {@code s} is the subject of a verb of speech. */
    private static boolean speaksIn(ExtractionContext context, Sentence s, String person) {
        for (Dependency d : s.dependencies()) {
            if (SUBJECTS.contains(d.relation()) && SPEECH_VERBS.contains(s.token(d.governor()).lemma())
                    && context.entityAt(s.index(), d.dependent()).filter(person::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Redvale said": the country itself; "Redvale's envoy warned", "the Redvale envoy said": an office of the country
     * that no name follows (a named office is its holder's own description).
     */
    private static Optional<String> countrySpeaking(ExtractionContext context, Sentence s, int subject,
                                                    RoleDescriptions descriptions) {
        Optional<String> actor = context.actorAt(s.index(), subject);
        if (actor.isPresent()) {
            return actor.filter(k -> context.kindOf(k) == EntityKind.COUNTRY);
        }
        if (!descriptions.isTitleWord(s.token(subject))) {
            return Optional.empty();
        }
        Optional<String> country = Optional.empty();
        for (Dependency d : s.dependentsOf(subject)) {
            int at = d.dependent();
            if (context.entityAt(s.index(), at).filter(k -> context.kindOf(k) == EntityKind.PERSON).isPresent()) {
                return Optional.empty();
            }
            if (OWNER_RELATIONS.contains(d.relation()) && country.isEmpty()) {
                country = context.actorAt(s.index(), at).filter(k -> context.kindOf(k) == EntityKind.COUNTRY)
                        .or(() -> context.countryByDemonym(s.token(at).word()));
            }
        }
        return country;
    }

    /**
     * "Redvale under President X", "Redvale under the dictator X": the country right before "under" and the title
     * words, if any, between it and the name of the person starting at {@code nameStart}.
     */
    static Optional<String> governedUnder(ExtractionContext context, Sentence s, int nameStart) {
        int t = nameStart - 1;
        int nouns = 0;
        while (t >= 1 && nouns < LONGEST_TITLE && s.token(t).pos().startsWith("NN") && !s.token(t).word().equals("under")) {
            t--;
            nouns++;
        }
        if (t >= 1 && s.token(t).word().equalsIgnoreCase("the")) {
            t--;
        }
        if (t < 2 || !s.token(t).word().equals("under")) {
            return Optional.empty();
        }
        Token before = s.token(t - 1);
        return context.actorAt(s.index(), before.index()).filter(k -> context.kindOf(k) == EntityKind.COUNTRY);
    }
}
