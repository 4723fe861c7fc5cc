package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.Gazetteer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a resolution is about: the places and evacuations in the words of its phrase that state its content, and the
 * targets that a purpose verb predicates of it ("it was aimed at X").
 */
final class ResolutionTopics {

    /** Where the vote happens ("voted on in New York"), not what the text is about. */
    private static final Set<String> PLACE_RELATIONS_EXCLUDED = Set.of("obl:in", "obl:at", "obl:on", "obl:tmod");
    /** Verbs of measures a text takes against someone ("impose sanctions on X"). */
    private static final Set<String> MEASURE_VERBS = Set.of("impose", "lift", "ease", "tighten", "extend", "renew", "expand");
    /**
     * Branches of a resolution's phrase that are not its content: who votes or speaks (subjects, agents, "while China
     * abstained"), when and amid what ("after days of haggling with X"), asides about a place ("X, the enclave
     * near Y"), and who voted on it beside the subject ("voted against it together with X").
     */
    private static final Pattern NOT_CONTENT = Pattern.compile(
            "nsubj.*|csubj.*|obl:agent|obl:by|nmod:by|obl:with|advcl.*|acl:as|parataxis|appos|discourse|ref|obl:tmod|"
                    + "obl:(after|before|since|until|during|amid|despite)|nmod:poss|(nmod|obl):(together_with|along_with|alongside)");
    /** Nouns of a stance taken on the text, whose holder is no topic of it. */
    private static final Pattern STANCE_NOUNS = Pattern.compile(
            "(?i)objection|opposition|resistance|support|backing|protest|reservation|veto");
    /** Verbs of a resolution's own clause whose object may name its target through a possessor. */
    private static final String PLACED_ACT = "nmod:(of|on|in|against|to|into)";
    private static final Pattern PLACE_NER = Pattern.compile("COUNTRY|CITY|LOCATION|STATE_OR_PROVINCE");
    private static final Pattern CLAUSE_VERB_TAGS = Pattern.compile("VBG|VBN|VB|VBZ|VBP|VBD");
    /** Verbs predicating a resolution's target of it: "it was aimed at X", "the text targets X". */
    private static final Set<String> PURPOSE_VERBS = Set.of("aim", "target", "focus");
    /** How many sentences back "it" may still stand for the resolution mentioned last. */
    private static final int PRONOUN_WINDOW = 2;

    private final Lexicon outcomes;

    ResolutionTopics(Lexicon outcomes) {
        this.outcomes = outcomes;
    }

    private static boolean votedBeside(Sentence s, int name) {
        return s.dependentsOf(name).stream().anyMatch(c -> c.relation().equals("case") && c.dependent() > 1
                && s.token(c.dependent() - 1).word().matches("(?i)together|along"));
    }

    /** The places and evacuations among these tokens: what the resolution is about. */
    static void concerns(ExtractionContext context, Sentence s, int head, Set<Integer> content, String resolution) {
        for (int t : content) {
            Token token = s.token(t);
            Optional<String> entity = context.entityAt(s.index(), t);
            if (entity.isEmpty() && t != head && isNationalityModifier(s, t, head)) {
                entity = countryNamed(context, token.word());
            }
            if (entity.isEmpty() && t != head && isRelatedModifier(s, t)) {
                entity = countryNamed(context, withCompounds(s, t));
            }
            if (isAgentModifier(s, t, head)) {
                continue;
            }
            if (t != head && entity.isPresent() && context.kindOf(entity.get()).isPlace()
                    && !isDrafterOrBody(context, resolution, entity.get()) && aboutRelation(s, t)) {
                context.addFact(resolution, "concerns", entity.get(), context.evidence(s.index(), 0.75, "resolution/concerns-place"));
            }
            if (entity.isPresent() && context.kindOf(entity.get()) == EntityKind.EVACUATION) {
                context.addFact(resolution, "concerns", entity.get(), context.evidence(s.index(), 0.75, "resolution/concerns-evacuation"));
            }
            if (token.lemma().equalsIgnoreCase("evacuation") || token.lemma().equalsIgnoreCase("evacuate")) {
                context.entitiesOfKind(EntityKind.EVACUATION).stream()
                        .filter(e -> context.attribute(e, "main").isPresent())
                        .findFirst()
                        .ifPresent(e -> context.addFact(resolution, "concerns", e,
                                context.evidence(s.index(), 0.75, "resolution/concerns-evacuation")));
            }
        }
    }

    /**
     * The words of a resolution's phrase that say what it is about: its modifiers and the clauses stating its content
     * ("demanding a ceasefire in X", "on X", "that would have renewed an inquiry into attacks in X"), without the
     * branches naming voters, speakers, circumstances (also "as X joined Y in ...", which the parser may hang on a
     * noun), asides, the way and the parties ({@link #notTopic}), and
     * without what it is said not to do. A headline's outcome verb misparsed as a noun compounded onto the resolution
     * ("X vetoes UN resolution", "A, B block UN resolution") is no content, nor is what stands before it, while other
     * compounds are ("a Syria resolution", "a Gaza ceasefire resolution").
     */
    Set<Integer> contentOf(Sentence s, int head) {
        Set<Integer> seen = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(head);
        int misparsedVerbAt = misparsedVerbInCompounds(s, head);
        TopicClauses.detachedClause(s, head).ifPresent(todo::push);
        TopicClauses.infinitiveOfTheNoun(s, head).ifPresent(todo::push);
        TopicClauses.contentClauseOfTheSubject(s, head).ifPresent(todo::push);
        TopicClauses.actOfTheVote(s, head).forEach(todo::push);
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            for (Dependency d : s.dependentsOf(t)) {
                boolean misparsedVerb = d.relation().equals("compound") && d.dependent() <= misparsedVerbAt;
                // "a resolution which does not condemn attacks on X" is precisely not about X, while "a resolution
                // calling on states not to recognise X" is
                boolean denied = t == head && ExtractionContext.isNegated(s, d.dependent());
                // "voted against the resolution - A, B and C": a list after a dash names voters, not topics
                boolean listAfterDash = d.relation().equals("dep") && dashBetween(s, t, d.dependent());
                // "voted against the draft (A, B and C)": a list in brackets after the text names voters, not topics
                boolean listInBrackets = t == head && enclosedList(s, head, d.dependent());
                // "Voting with A were B, which co-sponsored the draft, C and D": a name the parser coordinates with
                // the text itself is another member of a list, not what the text is about
                boolean namedBesideTheText = t == head && d.relation().startsWith("conj")
                        && s.token(d.dependent()).pos().startsWith("NNP");
                // "voted against the resolution together with A": who voted beside the subject, however it is hung
                boolean companion = d.relation().equals("nmod:with") && (votedBeside(s, d.dependent()) || s.dependencies()
                        .stream().anyMatch(c -> c.dependent() == d.dependent() && c.relation().startsWith("conj")
                                && votedBeside(s, c.governor())));
                boolean excluded = NOT_CONTENT.matcher(d.relation()).matches() && !possessorOfObject(s, head, d)
                        || namedBesideTheText || companion;
                if (d.relation().equals("advcl:to") && addressedClause(s, d.dependent())) {
                    // "calling on X's government to stop ...": the parser makes the one called on the subject of the
                    // infinitive; who is called on, and whose, is what the text is about, unless the act asked for has
                    // a place of its own ("calls on X to end the embargo against Y": X acts, Y is the topic)
                    todo.push(d.dependent());
                    Set<Integer> act = new TreeSet<>(ExtractionContext.subtree(s, d.dependent()));
                    s.dependentsOf(d.dependent()).stream().filter(c -> c.relation().startsWith("nsubj"))
                            .forEach(c -> act.removeAll(ExtractionContext.subtree(s, c.dependent())));
                    boolean actPlaced = act.stream().anyMatch(x -> PLACE_NER.matcher(s.token(x).ner()).matches());
                    s.dependentsOf(d.dependent()).stream().filter(c -> c.relation().startsWith("nsubj") && !actPlaced).forEach(c -> {
                        todo.push(c.dependent());
                        s.dependentsOf(c.dependent()).stream().filter(x -> x.relation().equals("nmod:poss"))
                                .forEach(x -> todo.push(x.dependent()));
                    });
                }
                if (d.relation().equals("nmod:by")) {
                    // "attacks by X in Y": the parser may hang the place of the act on its agent
                    s.dependentsOf(d.dependent()).stream().filter(c -> c.relation().equals("nmod:in"))
                            .forEach(c -> todo.push(c.dependent()));
                }
                if (!excluded && !misparsedVerb && !denied && !listAfterDash && !listInBrackets
                        && !notTopic(s, d) && !seen.contains(d.dependent())) {
                    todo.push(d.dependent());
                }
            }
        }
        return seen;
    }

    /**
     * "a resolution chiding X's poor cooperation", "condemning X's invasion", "imposing sanctions on X's leader": the
     * possessor of what a clause on the resolution acts on is what the text is about; the possessor of the resolution itself is its drafter.
     */
    private static boolean possessorOfObject(Sentence s, int head, Dependency d) {
        if (!d.relation().equals("nmod:poss") || d.governor() == head) {
            return false;
        }
        int possessed = titledName(s, d.governor());
        // "that would have imposed sanctions on X's president": also the possessor of whom a measure falls on
        return s.governorOf(possessed)
                .filter(g -> g.relation().matches("obj|obl:(on|against)|nmod:(on|against)") && g.governor() != head)
                .map(g -> g.relation().startsWith("nmod") ? actedOn(s, g.governor(), head)
                        : CLAUSE_VERB_TAGS.matcher(s.token(g.governor()).pos()).matches())
                .orElse(false)
                // "condemning X's operation in Y" (the place on the noun or on the verb): who acts, when the act has
                // its own place after it, as for "the X embargo on Y" (isAgentModifier)
                && !hasPlace(s, possessed, PLACED_ACT)
                && !s.governorOf(possessed).map(g -> hasPlace(s, g.governor(), "obl:(on|in|against|into)")).orElse(false);
    }

    /** "X's President A B": the parser hangs the possessor on the title or a first name, compounds of the name. */
    private static int titledName(Sentence s, int token) {
        int at = token;
        for (Optional<Dependency> g = s.governorOf(at); g.isPresent() && g.get().relation().equals("compound")
                && "PERSON".equals(s.token(g.get().governor()).ner()); g = s.governorOf(at)) {
            at = g.get().governor();
        }
        return at;
    }

    /** "imposes an arms embargo on X's leader": the measure on which the possessed hangs is what a clause acts on. */
    private static boolean actedOn(Sentence s, int measure, int head) {
        return s.governorOf(measure).filter(g -> g.relation().equals("obj") && g.governor() != head)
                .map(g -> CLAUSE_VERB_TAGS.matcher(s.token(g.governor()).pos()).matches()).orElse(false);
    }

    /** "calls on X to release ...": an infinitive marked by the "on" of its governing verb. */
    private static boolean addressedClause(Sentence s, int infinitive) {
        return s.dependentsOf(infinitive).stream().anyMatch(m -> m.relation().equals("mark")
                && s.token(m.dependent()).word().equalsIgnoreCase("on"));
    }

    private static boolean hasPlace(Sentence s, int token, String relations) {
        return s.dependentsOf(token).stream().anyMatch(x -> x.relation().matches(relations)
                && PLACE_NER.matcher(s.token(x.dependent()).ner()).matches());
    }

    /**
     * Branches that name no topic: the way aid or people go ("through the X crossing", "from X" beside a destination
     * "to Y"), the neighbour of a border ("the border with X"), the parties of a conflict ("the war between X and
     * Y"), and a place listed before the subject of a verb ("on annexations, X, Y abstain": the list names voters).
     */
    private static boolean notTopic(Sentence s, Dependency d) {
        String relation = d.relation();
        Token governor = s.token(d.governor());
        if (relation.matches("(nmod|obl):(through|via|between)")) {
            return true;
        }
        if (relation.equals("nmod:with") && governor.lemma().equalsIgnoreCase("border")) {
            return true;
        }
        if (relation.matches("(nmod|obl):(from|of)") && STANCE_NOUNS.matcher(governor.lemma()).matches()
                && !(relation.endsWith("of") && governor.lemma().equalsIgnoreCase("support"))) {
            // "ignoring objections from X", "over the opposition of Y": whom a stance comes from holds it ("in
            // support of X" is about X)
            return true;
        }
        if (relation.matches("(nmod|obl):from")) {
            return s.dependentsOf(d.governor()).stream().anyMatch(x -> x.relation().matches("(nmod|obl):(to|into)"));
        }
        return relation.startsWith("conj") && beforeSubjectInList(s, d.dependent());
    }

    /** "X, Y abstain": a name followed by a comma and by the subject of a verb. */
    private static boolean beforeSubjectInList(Sentence s, int token) {
        int next = token + 1;
        if (next > s.tokens().size() || !s.token(next).word().equals(",") || next + 1 > s.tokens().size()) {
            return false;
        }
        int subject = next + 1;
        return s.dependencies().stream().anyMatch(x -> x.dependent() == subject && x.relation().startsWith("nsubj"));
    }

    /**
     * The last outcome word among the compounds before the resolution noun ("A, B block UN resolution" parsed as one
     * noun phrase), or 0: that word and the names before it tell who acted, not what the text is about.
     */
    private int misparsedVerbInCompounds(Sentence s, int head) {
        int at = 0;
        Deque<Integer> todo = new ArrayDeque<>(List.of(head));
        while (!todo.isEmpty()) {
            for (Dependency d : s.dependentsOf(todo.pop())) {
                if (d.relation().equals("compound") && d.dependent() < head) {
                    todo.push(d.dependent());
                    if (outcomes.contains(s.token(d.dependent()).lemma())) {
                        at = Math.max(at, d.dependent());
                    }
                }
            }
        }
        return at;
    }

    /**
     * A list of two or more names (coordinated, or in appositions as the parser often reads it) opened by a bracket right
     * after the text noun, reached through the bracket (the parser may hang the list on it) or straight.
     */
    private static boolean enclosedList(Sentence s, int head, int dependent) {
        int bracket = head + 1;
        if (bracket > dependent || !s.token(bracket).pos().equals("-LRB-")) {
            return false;
        }
        int list = dependent == bracket ? s.dependentsOf(bracket).stream().filter(d -> !d.relation().equals("punct"))
                .mapToInt(Dependency::dependent).findFirst().orElse(bracket) : dependent;
        return s.dependentsOf(list).stream().anyMatch(d -> d.relation().startsWith("conj") || d.relation().equals("appos"));
    }

    private static boolean dashBetween(Sentence s, int from, int to) {
        for (int t = Math.min(from, to) + 1; t < Math.max(from, to); t++) {
            Token token = s.token(t);
            if (token.word().matches("-+|\u2014|\u2013") && s.token(t - 1).end() < token.begin()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Diplomats said it was aimed above all at X": a resolution (named, or "it" right after one) that a purpose
     * verb predicates of its target.
     */
    void purposes(ExtractionContext context) {
        String lastResolution = null;
        int lastSentence = -1;
        for (Sentence s : context.sentences()) {
            for (Token verb : s.tokens()) {
                if (!PURPOSE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) || !verb.pos().startsWith("VB")) {
                    continue;
                }
                for (Dependency subject : s.dependentsOf(verb.index())) {
                    if (!subject.relation().startsWith("nsubj")) {
                        continue;
                    }
                    Optional<String> resolution = context.entityAt(s.index(), subject.dependent())
                            .filter(k -> context.kindOf(k) == EntityKind.RESOLUTION);
                    if (resolution.isEmpty() && s.token(subject.dependent()).word().equalsIgnoreCase("it")
                            && lastResolution != null && s.index() - lastSentence <= PRONOUN_WINDOW) {
                        resolution = Optional.of(lastResolution);
                    }
                    resolution.ifPresent(r -> concerns(context, s, verb.index(), contentOf(s, verb.index()), r));
                }
            }
            for (Token t : s.tokens()) {
                Optional<String> resolution = context.entityAt(s.index(), t.index())
                        .filter(k -> context.kindOf(k) == EntityKind.RESOLUTION);
                if (resolution.isPresent()) {
                    lastResolution = resolution.get();
                    lastSentence = s.index();
                }
            }
        }
    }

    /**
     * "a resolution on Syrian sanctions": a nationality word inside the phrase (not on the noun itself, where it
     * names the drafter: "the Japanese draft") stands for its country; so does a country's name the tagger took for
     * a nationality ("the situation of minorities in X").
     */
    private static boolean isNationalityModifier(Sentence s, int token, int head) {
        return "NATIONALITY".equals(s.token(token).ner())
                && s.governorOf(token).map(d -> d.governor() != head).orElse(false);
    }

    /**
     * "the US embargo on X", "the Ostrovian occupation of X": a name or nationality before a noun that has its own
     * place after it is who holds or does the thing, as a possessor is; the place after it is the topic.
     */
    private static boolean isAgentModifier(Sentence s, int token, int head) {
        return s.governorOf(token)
                .filter(d -> d.relation().matches("compound|amod") && d.governor() != head)
                .map(d -> s.dependentsOf(d.governor()).stream()
                        .anyMatch(x -> x.relation().matches(PLACED_ACT)))
                .orElse(false);
    }

    /**
     * "Mali-related sanctions", "Sudan-linked measures": the name before a hyphenated "related" says what the measures
     * are about; the tagger, seeing one word, often leaves the name untagged.
     */
    private static boolean isRelatedModifier(Sentence s, int token) {
        return token + 2 <= s.tokens().size() && s.token(token + 1).word().equals("-")
                && s.token(token + 2).lemma().toLowerCase(Locale.ROOT).matches("relate|related|link|linked")
                && s.token(token).pos().startsWith("NNP");
    }

    /** "South Sudan" from its last word and the compounds the parser hung on it. */
    private static String withCompounds(Sentence s, int token) {
        StringBuilder name = new StringBuilder();
        s.dependentsOf(token).stream().filter(d -> d.relation().equals("compound") && d.dependent() < token)
                .map(Dependency::dependent).sorted().forEach(d -> name.append(s.token(d).word()).append(' '));
        return name.append(s.token(token).word()).toString();
    }

    private static Optional<String> countryNamed(ExtractionContext context, String word) {
        return context.countryByDemonym(word).or(() -> context.gazetteer().lookup(word)
                .filter(e -> e.kind() == Gazetteer.Kind.COUNTRY)
                .map(e -> context.entity(EntityKind.COUNTRY, e.canonical(), word, e.wikidata())));
    }

    private static boolean isDrafterOrBody(ExtractionContext context, String resolution, String entity) {
        return context.attribute(resolution, "drafter").map(d -> List.of(d.split(" ")).contains(entity)).orElse(false)
                || context.kindOf(entity) == EntityKind.COUNTRY && context.factsWith("drafted").stream()
                .anyMatch(f -> f.subject().equals(entity));
    }

    /** A place the text is about, not where the vote happens ("voted on in New York"), unless aimed at it. */
    private static boolean aboutRelation(Sentence s, int token) {
        // "a resolution condemning attacks in X": the place of what a content clause condemns or asks for, unlike
        // "voted on in X" where a participle tells where the vote was
        return s.governorOf(token).map(d -> !PLACE_RELATIONS_EXCLUDED.contains(d.relation())
                || PURPOSE_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))
                || s.token(d.governor()).pos().equals("VBG") && d.relation().matches("obl:(in|on)")
                // "would impose sanctions on X", "to lift the embargo on X": whom a measure falls on
                || d.relation().equals("obl:on") && MEASURE_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT)))
                .orElse(true);
    }
}
