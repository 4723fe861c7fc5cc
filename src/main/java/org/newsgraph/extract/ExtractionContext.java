package org.newsgraph.extract;

import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.Gazetteer;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working state of extraction for one document: the annotations, the entities found so far (with the tokens that
 * mention them) and the facts. Extractors read and add to it in order.
 */
public final class ExtractionContext {

    private final AnnotatedDocument document;
    private final String text;
    private final LocalDate date;
    private final Gazetteer gazetteer;
    private final Map<String, EntityDraft> entities = new LinkedHashMap<>();
    private final Map<String, String> keyByIdentity = new HashMap<>();
    private final Map<Long, String> entityByToken = new HashMap<>();
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();

    /** {@code text} is what CoreNLP annotated: the article with boilerplate blanked out, offsets unchanged. */
    public ExtractionContext(AnnotatedDocument document, String text, LocalDate date, Gazetteer gazetteer) {
        this.document = document;
        this.text = text;
        this.date = date;
        this.gazetteer = gazetteer;
    }

    public AnnotatedDocument document() {
        return document;
    }

    public String text() {
        return text;
    }

    public LocalDate date() {
        return date;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public List<Sentence> sentences() {
        return document.sentences();
    }

    /** Adds an entity, or returns the key of the one with the same kind and label already known. */
    public String entity(EntityKind kind, String label, String surfaceForm, String wikidata) {
        String identity = kind + "|" + label.toLowerCase(Locale.ROOT);
        String key = keyByIdentity.get(identity);
        if (key == null) {
            key = kind.name().toLowerCase(Locale.ROOT) + "-" + next(kind.name());
            keyByIdentity.put(identity, key);
            entities.put(key, new EntityDraft(key, kind, label, wikidata));
        }
        EntityDraft draft = entities.get(key);
        draft.names.add(label);
        if (surfaceForm != null && !surfaceForm.isBlank()) {
            draft.names.add(surfaceForm);
        }
        if (draft.wikidata == null) {
            draft.wikidata = wikidata;
        }
        return key;
    }

    /** An entity that is never merged by label: events and statements, numbered within the document. */
    public String event(EntityKind kind, String label) {
        String key = kind.name().toLowerCase(Locale.ROOT) + "-" + next(kind.name());
        entities.put(key, new EntityDraft(key, kind, label, null));
        return key;
    }

    /**
     * Folds one entity into another ("formerly known as"): its names and the tokens that mention it now belong to
     * the other, and it disappears from the document.
     */
    public void mergeInto(String from, String into) {
        EntityDraft source = entities.remove(from);
        entities.get(into).names.addAll(source.names);
        entityByToken.replaceAll((token, key) -> key.equals(from) ? into : key);
        keyByIdentity.replaceAll((identity, key) -> key.equals(from) ? into : key);
    }

    public void addName(String key, String name) {
        entities.get(key).names.add(name);
    }

    public void setLabel(String key, String label) {
        entities.get(key).label = label;
    }

    public void setAttribute(String key, String attribute, String value) {
        entities.get(key).attributes.put(attribute, value);
    }

    public Optional<String> attribute(String key, String attribute) {
        return Optional.ofNullable(entities.get(key).attributes.get(attribute));
    }

    public EntityKind kindOf(String key) {
        return entities.get(key).kind;
    }

    public String labelOf(String key) {
        return entities.get(key).label;
    }

    public Set<String> namesOf(String key) {
        return entities.get(key).names;
    }

    public List<String> entitiesOfKind(EntityKind kind) {
        return entities.values().stream().filter(e -> e.kind == kind).map(e -> e.key).toList();
    }

    /** Records that tokens [from, to) of a sentence mention the entity; earlier marks win. */
    public void markTokens(int sentence, int fromToken, int toTokenExclusive, String key) {
        for (int t = fromToken; t < toTokenExclusive; t++) {
            entityByToken.putIfAbsent(tokenId(sentence, t), key);
        }
    }

    /**
     * The token names this entity even where an earlier extractor marked it as another: "the Ashcombe Pact" tagged as
     * an organisation is, where a vote on it is told, the text voted on.
     */
    public void claimToken(int sentence, int token, String key) {
        entityByToken.put(tokenId(sentence, token), key);
    }

    /** The entity a token mentions, by name or through coreference. */
    public Optional<String> entityAt(int sentence, int token) {
        return Optional.ofNullable(entityByToken.get(tokenId(sentence, token)));
    }

    /** Whether the entity is mentioned in the sentence at one of the tokens the filter accepts. */
    public boolean mentions(int sentence, String entity, java.util.function.IntPredicate tokens) {
        int size = document.sentence(sentence).tokens().size();
        for (int t = 1; t <= size; t++) {
            if (tokens.test(t) && entity.equals(entityByToken.get(tokenId(sentence, t)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor a token stands for where the sentence makes it act: a person, organisation or country, or a capital
     * city standing for its state ("Moscow said").
     */
    public Optional<String> actorAt(int sentence, int token) {
        Optional<String> key = entityAt(sentence, token);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        EntityDraft draft = entities.get(key.get());
        if (draft.kind.isActor()) {
            return key;
        }
        if (draft.kind == EntityKind.PLACE) {
            return gazetteer.byCapital(draft.label)
                    .map(country -> entity(EntityKind.COUNTRY, country.canonical(), null, country.wikidata()));
        }
        return Optional.empty();
    }

    /** The country a word names outright ("Myanmar" when the tagger took it for a nationality), if it is one. */
    public Optional<String> countryNamed(String word) {
        return gazetteer.lookup(word).filter(gazetteer.countries()::contains)
                .map(country -> entity(EntityKind.COUNTRY, country.canonical(), null, country.wikidata()));
    }

    /**
     * The country or organisation a name in the gazetteer stands for ("ICRC" when the tagger took it for a common
     * noun, "UN" inside "UN-organised"), creating the entity if new.
     */
    public Optional<String> actorNamed(String name) {
        return gazetteer.lookup(name).map(entry -> entity(entry.kind() == Gazetteer.Kind.COUNTRY
                ? EntityKind.COUNTRY : EntityKind.ORGANIZATION, entry.canonical(), null, entry.wikidata()));
    }

    /** The actor named by a demonym or nationality adjective ("French", "Russian"), creating the country if new. */
    public Optional<String> countryByDemonym(String word) {
        return gazetteer.byDemonym(word)
                .map(country -> entity(EntityKind.COUNTRY, country.canonical(), null, country.wikidata()));
    }

    public void addFact(String subject, String predicate, FactValue object, Evidence evidence) {
        Fact fact = new Fact(subject, predicate, object, evidence);
        // the same fact read from another sentence is kept: each sentence becomes its own evidence
        boolean known = facts.stream().anyMatch(f -> f.subject().equals(subject) && f.predicate().equals(predicate)
                && f.object().equals(object) && sameSentence(f.evidence(), evidence));
        if (!known) {
            facts.add(fact);
        }
    }

    private static boolean sameSentence(Evidence a, Evidence b) {
        return a == null || b == null || a.sentenceIndex() == b.sentenceIndex();
    }

    public void addFact(String subject, String predicate, String objectKey, Evidence evidence) {
        addFact(subject, predicate, new FactValue.EntityRef(objectKey), evidence);
    }

    public List<Fact> facts() {
        return facts;
    }

    public List<Fact> factsWith(String predicate) {
        return facts.stream().filter(f -> f.predicate().equals(predicate)).toList();
    }

    /** Evidence spanning a whole sentence. */
    public Evidence evidence(int sentenceIndex, double confidence, String rule) {
        Sentence s = document.sentence(sentenceIndex);
        return new Evidence(sentenceIndex, s.text().strip(), s.begin(), s.end(), confidence, rule);
    }

    /** Token indices (1-based) reachable from {@code head} through dependency edges, the head included. */
    public static Set<Integer> subtree(Sentence sentence, int head) {
        Set<Integer> seen = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(head);
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (seen.add(t)) {
                for (Dependency d : sentence.dependentsOf(t)) {
                    // enhanced++ "ref" edges point back to a relative pronoun's antecedent and would climb out
                    if (!d.relation().equals("ref") && !seen.contains(d.dependent())) {
                        todo.push(d.dependent());
                    }
                }
            }
        }
        return seen;
    }

    public static Optional<Token> dependent(Sentence sentence, int governor, String relationPrefix) {
        return sentence.dependentsOf(governor).stream().filter(d -> d.relation().startsWith(relationPrefix))
                .map(d -> sentence.token(d.dependent())).findFirst();
    }

    public static boolean isNegated(Sentence sentence, int token) {
        return sentence.dependentsOf(token).stream().anyMatch(d -> (d.relation().equals("advmod")
                || d.relation().equals("neg")) && isNegation(sentence.token(d.dependent()).word()));
    }

    /** "would veto", "could leave": a modal auxiliary on the verb, so what it says has not happened. */
    public static boolean hasModal(Sentence sentence, Token verb) {
        return sentence.dependentsOf(verb.index()).stream()
                .anyMatch(d -> d.relation().startsWith("aux") && sentence.token(d.dependent()).pos().equals("MD"));
    }

    public static boolean isNegation(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no");
    }

    public DocumentFacts result() {
        List<LocalEntity> list = entities.values().stream()
                .map(e -> new LocalEntity(e.key, e.kind, e.label, Set.copyOf(new TreeSet<>(e.names)), e.wikidata,
                        Map.copyOf(e.attributes)))
                .toList();
        return new DocumentFacts(document.docId(), date, list, List.copyOf(facts));
    }

    private int next(String counter) {
        return counters.merge(counter, 1, Integer::sum);
    }

    private static long tokenId(int sentence, int token) {
        return ((long) sentence << 20) | token;
    }

    private static final class EntityDraft {
        final String key;
        final EntityKind kind;
        String label;
        String wikidata;
        final Set<String> names = new LinkedHashSet<>();
        final Map<String, String> attributes = new TreeMap<>();

        EntityDraft(String key, EntityKind kind, String label, String wikidata) {
            this.key = key;
            this.kind = kind;
            this.label = label;
            this.wikidata = wikidata;
        }
    }
}
