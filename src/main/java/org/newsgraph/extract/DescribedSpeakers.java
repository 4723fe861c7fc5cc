package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "the envoy said", "the governor told reporters": a definite description that takes up a person introduced earlier
 * with it, as a role the role rules read ("X, China's envoy to the UN") or, where the description names no country or
 * body, as the noun of an apposition or title next to the name ("X, the governor of the province,", "Governor X",
 * "X is the mayor"). The latest such sentence, within a few, decides; two people described so in it give nobody.
 */
final class DescribedSpeakers {

    private static final int SENTENCES_BACK = 5;
    private static final Set<String> DESCRIBING_LINKS = Set.of("appos", "compound", "flat");

    private DescribedSpeakers() {
    }

    static Optional<String> describedPerson(ExtractionContext context, Sentence s, Token subject) {
        boolean definite = s.dependentsOf(subject.index()).stream()
                .anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).word().equalsIgnoreCase("the"));
        // "Redvale's ambassador said": a possessive makes the description definite too, and says whom the person
        // serves, so it takes up only a person the text made speak for that country or body
        Optional<String> owner = definite ? Optional.empty() : s.dependentsOf(subject.index()).stream()
                .filter(d -> d.relation().equals("nmod:poss"))
                .map(d -> context.actorAt(s.index(), d.dependent()))
                .flatMap(Optional::stream)
                .findFirst();
        // "the Union Minister said", "the Ambassador said": a title capitalised as in a name is still a description
        boolean name = subject.properNoun() && !"TITLE".equals(subject.ner());
        if (!(definite || owner.isPresent()) || !subject.pos().startsWith("NN") || name) {
            return Optional.empty();
        }
        Optional<String> person = titledBefore(context, s, subject).or(() -> describedBefore(context, s, subject));
        return owner.isEmpty() ? person : person.filter(p -> serves(context, p, owner.get()));
    }

    private static boolean serves(ExtractionContext context, String person, String body) {
        return context.factsWith("represents").stream()
                .anyMatch(f -> f.subject().equals(person) && f.object().equals(new FactValue.EntityRef(body)));
    }

    /**
     * The person an earlier sentence gave that title (a role read by the role rules), the latest one; when two people
     * hold a matching title in the same sentence, nobody.
     */
    private static Optional<String> titledBefore(ExtractionContext context, Sentence s, Token subject) {
        String noun = subject.lemma().toLowerCase(Locale.ROOT);
        int latest = -1;
        Set<String> people = new HashSet<>();
        for (Fact role : context.factsWith("role")) {
            if (role.evidence() == null || role.evidence().sentenceIndex() > s.index()
                    || !(role.object() instanceof FactValue.Literal text)
                    || !List.of(text.lexical().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                            .contains(noun)) {
                continue;
            }
            int at = role.evidence().sentenceIndex();
            // "The president warned that ..., a sign that Redvale's President X ...": a description looks back, so a
            // title given later in its own sentence is someone else's
            if (at == s.index() && !namedBefore(context, s, role.subject(), subject)) {
                continue;
            }
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

    /** Named before the description, or in its own phrase ("The foreign minister of Redvale, X, said"). */
    private static boolean namedBefore(ExtractionContext context, Sentence s, String person, Token description) {
        Set<Integer> phrase = ExtractionContext.subtree(s, description.index());
        return context.mentions(s.index(), person, t -> t < description.index() || phrase.contains(t));
    }

    /** The person an earlier sentence describes with the same noun, in an apposition, a title or a copula. */
    private static Optional<String> describedBefore(ExtractionContext context, Sentence s, Token subject) {
        String noun = subject.lemma().toLowerCase(Locale.ROOT);
        for (int i = s.index(); i >= Math.max(0, s.index() - SENTENCES_BACK); i--) {
            Sentence sentence = context.document().sentence(i);
            int last = i == s.index() ? subject.index() - 1 : sentence.tokens().size();
            Set<String> people = new HashSet<>();
            for (int t = 1; t <= last; t++) {
                Token mention = sentence.token(t);
                if (t == subject.index() && i == s.index() || !describes(mention, noun)) {
                    continue;
                }
                people.addAll(describedBy(context, sentence, t));
            }
            if (!people.isEmpty()) {
                return people.size() == 1 ? Optional.of(people.iterator().next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "governor", "Gov.", "Governor": the same noun, written out, abbreviated or capitalised as a title. */
    private static boolean describes(Token mention, String noun) {
        String lemma = mention.lemma().toLowerCase(Locale.ROOT);
        String word = mention.word().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        return lemma.equals(noun) || word.equals(noun)
                || word.length() >= 3 && noun.startsWith(word) && mention.word().endsWith(".");
    }

    /** People the noun at {@code token} describes: the name it is in apposition or a title to, or its subject. */
    private static Set<String> describedBy(ExtractionContext context, Sentence sentence, int token) {
        Set<String> people = new HashSet<>();
        sentence.governorOf(token).filter(d -> DESCRIBING_LINKS.contains(d.relation()))
                .flatMap(d -> person(context, sentence, d.governor())).ifPresent(people::add);
        for (Dependency d : sentence.dependentsOf(token)) {
            if (d.relation().equals("appos") || d.relation().startsWith("nsubj")) {
                person(context, sentence, d.dependent()).ifPresent(people::add);
            }
        }
        return people;
    }

    private static Optional<String> person(ExtractionContext context, Sentence sentence, int token) {
        if (token < 1 || !sentence.token(token).properNoun()) {
            return Optional.empty();
        }
        return context.entityAt(sentence.index(), token).filter(k -> context.kindOf(k) == EntityKind.PERSON);
    }
}
