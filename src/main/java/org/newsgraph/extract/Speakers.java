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
        if (actor.isEmpty()) {
            actor = describedPerson(context, s, subject);
        }
        if (actor.isEmpty()) {
            actor = surnameOfOne(context, subject);
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

    /**
     * '"...," Pence said' when the tagger left the bare surname without a name of its own (a word that is also a common
     * noun or a currency): the one person of the article whose full name ends with it.
     */
    private static Optional<String> surnameOfOne(ExtractionContext context, Token subject) {
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

    static Optional<String> personAt(ExtractionContext context, Sentence s, int token) {
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
    }}
