package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The actor the subject of a verb of speech names: a name, a title or apposition around a name ("China's U.N.
 * Ambassador X", "the minister, X"), "he"/"she" for the person named last, "the envoy" for the person an earlier
 * sentence gave that title, an organ of a state for the state. Shared by quotes and reported speech; the stance rules
 * read actors through it too.
 */
final class Speakers {

    private Speakers() {
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
        if (actor.isEmpty() && subjectWord.equals("it") && verb.index() > subject.index()) {
            actor = SpeakerBodies.itReference(context, s, spans);
        }
        if (actor.isEmpty()) {
            actor = DescribedSpeakers.describedPerson(context, s, subject);
        }
        if (actor.isEmpty()) {
            actor = SpeakerBodies.definiteBody(context, s, subject);
        }
        if (actor.isEmpty()) {
            actor = SpeakerBodies.spokespersonOf(context, s, subject)
                    .or(() -> SpeakerBodies.statementSource(context, s, subject))
                    .or(() -> SpeakerBodies.bodySpeakingBefore(context, s, subject, spans));
        }
        if (actor.isEmpty()) {
            actor = surnameOfOne(context, subject);
        }
        if ((actor.isEmpty() || context.kindOf(actor.get()) != EntityKind.PERSON) && verb.index() > subject.index()) {
            // "Organisation of Islamic Cooperation Secretary-General X said", parsed with the organisation as head,
            // "Deputy Canadian Ambassador to the UN X said", parsed with the title as head: the person named right
            // before the verb, in the same run of names and titles, speaks
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
            // "the council's Office of Civil Defense deputy administrator, X, told reporters", parsed with the office
            // as head: the one person in apposition to a title inside the subject speaks
            Optional<String> titled = personApposedToTitle(context, s, subject);
            if (titled.isPresent()) {
                return titled;
            }
        }
        return actor;
    }

    private static Optional<String> personApposedToTitle(ExtractionContext context, Sentence s, Token subject) {
        Set<String> people = new java.util.HashSet<>();
        for (int t : ExtractionContext.subtree(s, subject.index())) {
            if (t == subject.index() || !"TITLE".equals(s.token(t).ner())) {
                continue;
            }
            for (Dependency d : s.dependentsOf(t)) {
                if (d.relation().equals("appos")) {
                    personAt(context, s, d.dependent()).ifPresent(people::add);
                }
            }
        }
        return people.size() == 1 ? Optional.of(people.iterator().next()) : Optional.empty();
    }

    /**
     * '"...," Pence said' when the tagger left the bare surname without a name of its own (a word that is also a common
     * noun or a currency): the one person of the article whose full name ends with it.
     */
    static Optional<String> surnameOfOne(ExtractionContext context, Token subject) {
        if (!subject.pos().equals("NNP") || subject.word().length() < 3) {
            return Optional.empty();
        }
        List<String> people = context.entitiesOfKind(EntityKind.PERSON).stream()
                .filter(p -> {
                    String[] words = context.labelOf(p).split("\\s+");
                    return words.length > 1 && words[words.length - 1].equals(subject.word());
                })
                .toList();
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }

    private static final Set<String> COLLECTIVE_PRONOUNS = Set.of("it", "they");
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "the", "on", "to", "at");

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

    /**
     * "said Russia's UN Ambassador X", "said the Deputy Foreign Minister of Y, X": the person named last in the run of
     * names, titles and their small words right after the verb.
     */
    static Optional<String> titledPersonAfter(ExtractionContext context, Sentence s, int verb) {
        Optional<String> found = Optional.empty();
        for (int t = verb + 1; t <= s.tokens().size(); t++) {
            Token token = s.token(t);
            boolean inRun = token.properNoun() || "TITLE".equals(token.ner()) || token.pos().equals("POS")
                    || token.pos().equals("DT") || token.pos().equals("JJ") || token.word().equals("-")
                    || NAME_JOINERS.contains(token.word());
            if (!inRun) {
                break;
            }
            Optional<String> person = personAt(context, s, t);
            if (person.isPresent()) {
                found = person;
            } else if (found.isPresent() && token.properNoun()) {
                // a name after the person ("X of Y") ends the speaker's own name
                break;
            }
        }
        return found;
    }

    static Optional<String> personAt(ExtractionContext context, Sentence s, int token) {
        if (token < 1 || token > s.tokens().size() || !s.token(token).properNoun()) {
            return Optional.empty();
        }
        return context.entityAt(s.index(), token).filter(k -> context.kindOf(k) == EntityKind.PERSON);
    }

    /** The first person a dependent of the token names by one of the relations. */
    private static Optional<String> personBy(ExtractionContext context, Sentence s, int token, Set<String> relations) {
        return s.dependentsOf(token).stream()
                .filter(d -> relations.contains(d.relation()))
                .map(d -> context.actorAt(s.index(), d.dependent()))
                .flatMap(Optional::stream)
                .filter(k -> context.kindOf(k) == EntityKind.PERSON)
                .findFirst();
    }

    /** The actor a subject names, looking through titles and appositions to the name ("the minister, X"). */
    static Optional<String> actorIn(ExtractionContext context, Sentence s, int token) {
        // "US Ambassador to the United Nations A B had written ...", parsed with the name as the object of "to": the
        // person the title runs into speaks, not the body or state the title names
        if ("TITLE".equals(s.token(token).ner())) {
            Optional<String> named = personBy(context, s, token, Set.of("nmod:to", "nmod:at"));
            if (named.isPresent()) {
                return named;
            }
        }
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
        Optional<String> person = personBy(context, s, token, NAME_RELATIONS);
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

    /**
     * "Israel's military", "Russian troops", "the U.S. military", "the foreign ministry of X": an organ of a state acts
     * for the state.
     */
    static Optional<String> countryOfStateBody(ExtractionContext context, Sentence s, int token) {
        for (Dependency d : s.dependentsOf(token)) {
            if (!d.relation().equals("nmod:poss") && !d.relation().equals("amod") && !d.relation().equals("compound")
                    && !d.relation().equals("nmod:of")) {
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
        int earliest = earliestSearched(context, s, s.token(token).word(), quotes);
        boolean narrated = false;
        for (int i = s.index(); i >= earliest; i--) {
            Sentence sentence = context.document().sentence(i);
            // '"...," he said. "...," he added.': a sentence whose subject is the same pronoun goes on with the same
            // speaker, so the search passes it as it passes a quote
            narrated |= i < s.index() && narration(sentence, quotes)
                    && !samePronounSubject(sentence, s.token(token).word(), quotes);
            int last = i == s.index() ? token - 1 : sentence.tokens().size();
            for (int t = last; t >= 1; t--) {
                Token candidate = sentence.token(t);
                Optional<String> person = context.entityAt(i, t).filter(k -> context.kindOf(k) == EntityKind.PERSON);
                if (person.isPresent() && candidate.properNoun() && !quoted(candidate, quotes) && !locative(sentence, t)
                        && !possessorAfterSubject(context, sentence, t)) {
                    return person;
                }
            }
        }
        if (narrated) {
            return Optional.empty();
        }
        // '"A. B. C. D," she said': when the sentences before are all inside the quote, the pronoun continues the
        // subject of the narration the quote follows, never merely the last name in it
        for (int i = earliest - 1; i >= Math.max(0, s.index() - MAX_SENTENCES_BACK); i--) {
            Sentence sentence = context.document().sentence(i);
            if (narration(sentence, quotes)) {
                return mainSubject(context, sentence)
                        .filter(k -> context.kindOf(k) == EntityKind.PERSON);
            }
        }
        return Optional.empty();
    }

    /**
     * Three sentences back, and one more for each quote before given to the same pronoun: a run of quotes
     * given to "he" ('"...," he said. "...," he added. "...," he said further.') keeps its antecedent however long it
     * runs.
     */
    private static int earliestSearched(ExtractionContext context, Sentence s, String pronoun, List<QuoteSpan> quotes) {
        int earliest = s.index() - SENTENCES_BACK;
        for (int i = s.index() - 1; i >= Math.max(0, earliest) && i >= s.index() - MAX_SENTENCES_BACK; i--) {
            Sentence before = context.document().sentence(i);
            if (samePronounSubject(before, pronoun, quotes) && before.tokens().stream().anyMatch(t -> quoted(t, quotes))) {
                earliest--;
            }
        }
        return Math.max(0, Math.max(earliest, s.index() - MAX_SENTENCES_BACK));
    }

    private static boolean samePronounSubject(Sentence sentence, String pronoun, List<QuoteSpan> quotes) {
        return sentence.tokens().stream().anyMatch(t -> t.word().equalsIgnoreCase(pronoun) && !quoted(t, quotes)
                && sentence.governorOf(t.index()).filter(d -> d.relation().startsWith("nsubj")).isPresent());
    }

    private static final int SENTENCES_BACK = 3;
    private static final int MAX_SENTENCES_BACK = 12;

    /** The actor the subject of a sentence's main verb names. */
    private static Optional<String> mainSubject(ExtractionContext context, Sentence s) {
        return s.dependentsOf(0).stream().findFirst()
                .flatMap(root -> ExtractionContext.dependent(s, root.dependent(), "nsubj"))
                // a pronoun there would only pass the question on to a sentence further back
                .filter(subject -> !subject.pos().startsWith("PRP"))
                .flatMap(subject -> actorIn(context, s, subject.index()));
    }

    private static boolean quoted(Token token, List<QuoteSpan> quotes) {
        return quotes.stream().anyMatch(q -> token.begin() >= q.begin() && token.end() <= q.end());
    }

    /** A sentence with a word outside quotation marks: the reporter's narration rather than a quote's inside. */
    private static boolean narration(Sentence sentence, List<QuoteSpan> quotes) {
        return sentence.tokens().stream()
                .anyMatch(t -> Character.isLetterOrDigit(t.word().charAt(0)) && !quoted(t, quotes));
    }

    /**
     * "A said she would serve until B's term ends. '...,' she said": a person named only as the owner of something,
     * after a person who is the subject of the sentence, is talked about; the subject is whom the pronoun continues.
     */
    private static boolean possessorAfterSubject(ExtractionContext context, Sentence s, int token) {
        int head = token;
        Optional<Dependency> up = s.governorOf(head);
        while (up.isPresent() && (up.get().relation().equals("compound") || up.get().relation().equals("flat"))) {
            head = up.get().governor();
            up = s.governorOf(head);
        }
        if (up.isEmpty() || !up.get().relation().equals("nmod:poss")) {
            return false;
        }
        return s.dependencies().stream().anyMatch(d -> d.relation().startsWith("nsubj") && d.dependent() < token
                && context.entityAt(s.index(), d.dependent()).filter(k -> context.kindOf(k) == EntityKind.PERSON)
                        .isPresent());
    }

    /**
     * "the atrocities in Bucha": a name after "in", "at" or "near" is a place the tagger took for a person, never
     * whom a later "she" continues.
     */
    private static boolean locative(Sentence s, int token) {
        int head = token;
        for (int level = 0; level < 4; level++) {
            Optional<Dependency> up = s.governorOf(head);
            if (up.isEmpty()) {
                return false;
            }
            String relation = up.get().relation();
            if (relation.equals("compound") || relation.equals("flat")) {
                head = up.get().governor();
                continue;
            }
            return relation.matches("(obl|nmod):(in|at|near)");
        }
        return false;
    }
}
