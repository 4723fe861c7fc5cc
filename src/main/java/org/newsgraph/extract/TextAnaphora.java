package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What "it", "the text", "the draft", "the deal" and "the operation" refer to: the resolution or evacuation a stance
 * is about when the cue's clause does not name it.
 */
final class TextAnaphora {

    private static final Set<String> ANAPHORS = Set.of("it", "text", "draft");
    /** Words that set a text against the one in play ("the other draft", "a rival text"). */
    private static final Set<String> RIVAL_MARKERS = Set.of("other", "another", "rival", "alternative", "competing");
    private static final Set<String> TEXT_NOUNS = Set.of("resolution", "draft", "text", "document", "measure",
            "proposal", "motion");
    /** Pronouns that can stand for the text as a verb's object ("vetoed it", "the draft, which X rejected"). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "this", "that", "which", "them", "these", "those");
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "that", "these", "those");
    private static final Lexicon FRAMES = Lexicon.named("stance-frames");
    /**
     * Relations that keep to a noun phrase: modifiers, possessors, "of", "on" and coordinated nouns; "changes to the draft",
     * "amendments to the text" name something else than the text.
     */
    private static final java.util.regex.Pattern NOMINAL_RELATIONS = java.util.regex.Pattern.compile(
            "nmod:of|nmod:on|nmod:poss|compound.*|amod|det.*|case|appos|conj.*|cc|nummod|flat.*|fixed|punct");

    private TextAnaphora() {
    }

    /**
     * A verb with an object is about the text or an evacuation only when its phrase names one, has a word for one or
     * a pronoun that may stand for one; it is then never about the text mentioned last.
     */
    static boolean mayNameTheTarget(ExtractionContext context, Sentence s, Token verb) {
        Optional<Token> object = ExtractionContext.dependent(s, verb.index(), "obj");
        if (object.isPresent()) {
            // "accepted a continuation of the sanctions, although it would not back further extensions", "condemned the
            // coup in a resolution": the verb is about what its object names; a clause hung on the object or on the
            // verb is another act, and a pronoun or a text in it is no object of this one
            if (nominalPhrase(s, object.get().index()).stream().anyMatch(t -> mayStandForTheTarget(context, s, s.token(t)))) {
                return true;
            }
            // "would support a proposal to escort the fighters out of A", "offered them amnesty to leave A": what is
            // proposed or offered is told by an infinitive, which for an evacuation is the evacuation itself
            Set<Integer> own = ExtractionContext.subtree(s, verb.index());
            s.dependentsOf(verb.index()).stream().filter(d -> d.relation().startsWith("nsubj"))
                    .forEach(d -> own.removeAll(ExtractionContext.subtree(s, d.dependent())));
            return s.dependencies().stream()
                    .filter(d -> d.relation().equals("xcomp") || d.relation().startsWith("acl") && !d.relation().equals("acl:relcl"))
                    .filter(d -> own.contains(d.governor()))
                    .flatMap(d -> ExtractionContext.subtree(s, d.dependent()).stream())
                    .anyMatch(t -> context.entityAt(s.index(), t).map(context::kindOf)
                            .filter(k -> k == EntityKind.EVACUATION).isPresent());
        }
        Set<Integer> phrase = ExtractionContext.subtree(s, verb.index());
        // "it has not vetoed the law": the subject's pronoun is the vetoer, not the text; a relative clause's subject
        // ("the faction that negotiated the deal") holds the verb's own phrase in its subtree, so only it goes
        for (Dependency d : s.dependentsOf(verb.index())) {
            if (d.relation().startsWith("nsubj")) {
                Set<Integer> subject = ExtractionContext.subtree(s, d.dependent());
                if (subject.contains(verb.index())) {
                    phrase.remove(d.dependent());
                } else {
                    phrase.removeAll(subject);
                }
            }
            // "backed a ceasefire but said the draft went too far": a clause joined to the verb is another act (a
            // shared object is the verb's own dependent in the enhanced parse)
            // ("brokered by A and by B" gives the enhanced parse a conj from the verb to itself, which is no other act)
            if (d.relation().startsWith("conj") && d.dependent() != verb.index()
                    && s.token(d.dependent()).pos().startsWith("VB")) {
                phrase.removeAll(ExtractionContext.subtree(s, d.dependent()));
            }
        }
        return phrase.stream().anyMatch(t -> mayStandForTheTarget(context, s, s.token(t)));
    }

    private static boolean mayStandForTheTarget(ExtractionContext context, Sentence s, Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        boolean textOrEvent = context.entityAt(s.index(), token.index()).map(context::kindOf)
                .map(k -> k == EntityKind.RESOLUTION || k == EntityKind.EVACUATION).orElse(false);
        return textOrEvent || ANAPHORS.contains(word) || OBJECT_PRONOUNS.contains(word) || isEvacuationNoun(s, token);
    }

    /**
     * A noun with what qualifies it as a noun ("the adoption of the French draft", "the deal's terms"), without the
     * clauses hung on it ("a panel that monitors the text").
     */
    static Set<Integer> nominalPhrase(Sentence s, int head) {
        Set<Integer> seen = new java.util.TreeSet<>();
        java.util.Deque<Integer> todo = new java.util.ArrayDeque<>();
        todo.push(head);
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (seen.add(t)) {
                s.dependentsOf(t).stream().filter(d -> NOMINAL_RELATIONS.matcher(d.relation()).matches())
                        .map(Dependency::dependent).filter(d -> !seen.contains(d)).forEach(todo::push);
            }
        }
        return seen;
    }

    /**
     * "the deal", "this operation", "opened a corridor": a noun for an evacuation or the agreement behind it, when it
     * is definite or the object of an act reported as done; "called for a deal" asks for one that does not exist yet.
     */
    static boolean isEvacuationNoun(Sentence s, Token token) {
        String frame = FRAMES.get(token.lemma().toLowerCase(Locale.ROOT));
        if (!token.pos().startsWith("NN") || !("deal".equals(frame) || "operation".equals(frame))) {
            return false;
        }
        boolean definite = s.dependentsOf(token.index()).stream()
                .anyMatch(d -> d.relation().equals("nmod:poss") || d.relation().equals("det")
                        && DEFINITE_DETERMINERS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
        boolean objectOfAReportedAct = s.governorOf(token.index())
                .filter(d -> d.relation().equals("obj"))
                .map(d -> s.token(d.governor()))
                .filter(v -> (v.pos().equals("VBD") || v.pos().equals("VBN")) && !ExtractionContext.hasModal(s, v))
                .isPresent();
        return definite || objectOfAReportedAct;
    }

    /** The resolution or evacuation (or, for a swap deal, evacuations) the cue's clause is about. */
    static List<String> targets(ExtractionContext context, Sentence s, Token cue) {
        return targets(context, s, cue, false);
    }

    /**
     * With {@code ownClauseOnly}, an infinitive or adverbial clause hung on the cue is another act, whose text is not
     * the cue's: "agreed to hold a vote on the draft", "pushed to delay the vote on it" take no side on the draft.
     */
    static List<String> targets(ExtractionContext context, Sentence s, Token cue, boolean ownClauseOnly) {
        Set<Integer> scope = new LinkedHashSet<>(ExtractionContext.subtree(s, cue.index()));
        if (ownClauseOnly) {
            for (Dependency d : s.dependentsOf(cue.index())) {
                Set<Integer> clause = ExtractionContext.subtree(s, d.dependent());
                // "would support a proposal to escort fighters out of A": an infinitive may tell the evacuation backed
                boolean evacuation = clause.stream().anyMatch(t -> context.entityAt(s.index(), t).map(context::kindOf)
                        .filter(k -> k == EntityKind.EVACUATION).isPresent());
                // "supported the proposal tabled by A": a participle whose subject is the text is a relative clause
                // the parser hung on the verb, and the text is still the cue's
                boolean aboutTheText = s.dependentsOf(d.dependent()).stream().anyMatch(x -> x.relation().startsWith("nsubj")
                        && context.entityAt(s.index(), x.dependent()).map(context::kindOf)
                                .filter(k -> k == EntityKind.RESOLUTION).isPresent());
                if (d.relation().matches("xcomp|advcl.*") && s.token(d.dependent()).pos().startsWith("VB")
                        && !evacuation && !aboutTheText) {
                    scope.removeAll(clause);
                }
            }
        }
        // adjectives and nouns state the stance of their subject ("the draft was unacceptable")
        // adjectives, nouns and participles ("arrangements agreed by X") qualify the thing they attach to
        s.governorOf(cue.index()).ifPresent(d -> {
            if (!cue.pos().startsWith("VB") || d.relation().startsWith("acl")) {
                scope.add(d.governor());
                s.dependentsOf(d.governor()).stream().filter(c -> c.relation().equals("compound"))
                        .forEach(c -> scope.add(c.dependent()));
            }
        });
        for (Dependency d : s.dependencies()) {
            if (d.governor() == cue.index() && d.relation().startsWith("nsubj")) {
                scope.addAll(ExtractionContext.subtree(s, d.dependent()));
            }
        }
        qualifiedText(s, cue).ifPresent(scope::add);
        // "welcomes the progress and hopes it will lead to peace": a verb joined to the cue is another act, and what
        // it names is no target of the cue
        for (Dependency d : s.dependentsOf(cue.index())) {
            if (d.relation().startsWith("conj") && d.dependent() != cue.index()
                    && s.token(d.dependent()).pos().startsWith("VB")) {
                scope.removeAll(ExtractionContext.subtree(s, d.dependent()));
            }
        }
        if (!cue.pos().startsWith("VB")) {
            s.governorOf(cue.index()).ifPresent(g -> s.dependentsOf(g.governor()).stream()
                    .filter(d -> d.relation().startsWith("nsubj"))
                    .forEach(d -> scope.addAll(ExtractionContext.subtree(s, d.dependent()))));
        }
        for (int t : scope) {
            Optional<String> entity = context.entityAt(s.index(), t)
                    .filter(k -> context.kindOf(k) == EntityKind.RESOLUTION || context.kindOf(k) == EntityKind.EVACUATION);
            if (entity.isPresent()) {
                return List.of(entity.get());
            }
        }
        for (int t : scope) {
            if (isEvacuationNoun(s, s.token(t))) {
                List<String> evacuations = evacuationsReferredBy(context, s, s.token(t));
                if (!evacuations.isEmpty()) {
                    return evacuations;
                }
            }
        }
        if (aboutARivalText(s, cue)) {
            // "the other document (initiated by A and vetoed by B)": a text set against the one in play, which the
            // article did not tell apart, is not the one in play
            return List.of();
        }
        // "accepted it, with the understanding it would not back more": a pronoun that is the subject of another
        // clause is that clause's doer or topic, not what the cue is about
        boolean anaphoric = scope.stream().map(s::token)
                .anyMatch(t -> ANAPHORS.contains(t.word().toLowerCase(Locale.ROOT)) && t.index() != cue.index()
                        && !subjectOfAnotherClause(s, t, cue));
        // "Russia vetoed": the veto verb needs no object to be about the text
        if (anaphoric || cue.lemma().equalsIgnoreCase("veto")) {
            return recentResolution(context, s.index()).stream().toList();
        }
        return List.of();
    }

    private static boolean subjectOfAnotherClause(Sentence s, Token pronoun, Token cue) {
        return pronoun.pos().equals("PRP") && s.governorOf(pronoun.index())
                .filter(d -> d.relation().startsWith("nsubj") && d.governor() != cue.index())
                .filter(d -> s.governorOf(cue.index()).map(g -> g.governor() != d.governor()).orElse(true))
                .isPresent();
    }

    /**
     * "the deal", "the operation": the article's evacuation when an evacuation is the last resolution or evacuation
     * mentioned before the noun (so "the deal" of a vote report stays unlinked). A deal covers every evacuation of the
     * article, as in a swap of besieged towns; an operation is the nearest evacuation.
     */
    static List<String> evacuationsReferredBy(ExtractionContext context, Sentence s, Token noun) {
        Optional<String> last = Optional.empty();
        for (int i = s.index(); i >= 0 && last.isEmpty(); i--) {
            Sentence earlier = context.document().sentence(i);
            int from = i == s.index() ? noun.index() - 1 : earlier.tokens().size();
            for (int t = from; t >= 1 && last.isEmpty(); t--) {
                last = context.entityAt(i, t).filter(k -> context.kindOf(k) == EntityKind.RESOLUTION
                        || context.kindOf(k) == EntityKind.EVACUATION);
            }
        }
        if (last.isEmpty() || context.kindOf(last.get()) != EntityKind.EVACUATION) {
            return List.of();
        }
        return "deal".equals(FRAMES.get(noun.lemma().toLowerCase(Locale.ROOT)))
                ? context.entitiesOfKind(EntityKind.EVACUATION)
                : List.of(last.get());
    }

    static int firstMention(ExtractionContext context, String entity) {
        for (Sentence s : context.sentences()) {
            if (context.mentions(s.index(), entity, t -> true)) {
                return s.index();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The resolution the article mentions first: a report leads with the vote it is about. */
    static Optional<String> leadResolution(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            for (int t = 1; t <= s.tokens().size(); t++) {
                Optional<String> entity = context.entityAt(s.index(), t).filter(k -> context.kindOf(k) == EntityKind.RESOLUTION);
                if (entity.isPresent()) {
                    return entity;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The resolution mentioned last, within the three sentences before (or the only one in the article), leaving out
     * in earlier sentences a numbered one recalled beside the one the report leads with; before any text is named,
     * the one the report leads with.
     */
    static Optional<String> recentResolution(ExtractionContext context, int sentenceIndex) {
        List<String> resolutions = context.entitiesOfKind(EntityKind.RESOLUTION);
        if (resolutions.size() == 1) {
            return Optional.of(resolutions.get(0));
        }
        Optional<String> lead = leadResolution(context);
        if (lead.isPresent() && sentenceIndex < firstMention(context, lead.get())) {
            // "rejected a U.S. bid ..., with only X voting yes" before the text is first named: the lead's vote
            return lead;
        }
        for (int i = sentenceIndex; i >= Math.max(0, sentenceIndex - 3); i--) {
            Sentence s = context.document().sentence(i);
            boolean earlier = i < sentenceIndex;
            for (int t = s.tokens().size(); t >= 1; t--) {
                // "it backed resolution 2397 in 2017. Japan voted yes": a numbered text recalled beside the one the
                // report leads with is not what a later vote is on
                Optional<String> entity = context.entityAt(i, t).filter(k -> context.kindOf(k) == EntityKind.RESOLUTION)
                        .filter(k -> !(earlier && lead.isPresent() && !lead.get().equals(k)
                                && context.attribute(k, "number").isPresent()));
                if (entity.isPresent()) {
                    return entity;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The noun of a text a participle qualifies, also through a participle it is conjoined to or brackets around it
     * (the parser hangs those by dep): "the other document (initiated by A and vetoed by B)".
     */
    private static Optional<Integer> qualifiedText(Sentence s, Token cue) {
        if (!cue.pos().equals("VBN")) {
            return Optional.empty();
        }
        Optional<Dependency> up = s.governorOf(cue.index());
        if (up.isPresent() && up.get().relation().startsWith("conj")) {
            if (s.token(up.get().governor()).pos().startsWith("NN")) {
                // "the initiative, presented by A, and supported by B": the parser may join the second participle to
                // the noun itself
                return Optional.of(up.get().governor());
            }
            up = s.governorOf(up.get().governor());
        }
        return up.filter(d -> d.relation().startsWith("acl") || d.relation().equals("dep"))
                .map(Dependency::governor)
                .filter(n -> TEXT_NOUNS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * The cue is said of a text marked as another one: its passive or active subject ("the other draft was vetoed"), or
     * the noun its participle qualifies, also through a conjoined participle ("the other document (initiated by A and
     * vetoed by B)").
     */
    private static boolean aboutARivalText(Sentence s, Token cue) {
        List<Integer> said = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() == cue.index() && d.relation().startsWith("nsubj")) {
                said.add(d.dependent());
            }
        }
        qualifiedText(s, cue).ifPresent(said::add);
        return said.stream().map(s::token)
                .filter(t -> TEXT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)))
                .anyMatch(t -> s.dependentsOf(t.index()).stream()
                        .anyMatch(x -> RIVAL_MARKERS.contains(s.token(x.dependent()).word().toLowerCase(Locale.ROOT))));
    }

    /**
     * "In a rival draft, X asked for less, but that was voted down": a demonstrative standing alone as the subject of
     * a clause coordinated with one that names the text ({@code mention}, a direct dependent of that clause's verb)
     * stands for it.
     */
    static boolean demonstrativeFor(Sentence s, int pronoun, int mention) {
        Token word = s.token(pronoun);
        if (!word.word().matches("(?i)that|this") || !word.pos().equals("DT")) {
            return false;
        }
        return s.governorOf(pronoun).filter(d -> d.relation().startsWith("nsubj"))
                .flatMap(d -> s.dependencies().stream()
                        .filter(c -> c.dependent() == d.governor() && c.relation().startsWith("conj"))
                        .findFirst())
                .map(c -> s.dependentsOf(c.governor()).stream().anyMatch(x -> x.dependent() == mention))
                .orElse(false);
    }

    /**
     * "pressure to vote against X" where X is a country or a person: a vote against a party's case, not a recorded
     * vote on the text just mentioned.
     */
    static boolean votesOnAParty(ExtractionContext context, Sentence s, Token vote) {
        // "voted against: A, B and C" lists the voters, whom the parser may hang on the verb the same way
        return s.dependentsOf(vote.index()).stream().filter(d -> d.relation().matches("obl:(against|for)"))
                .filter(d -> !ListedVoters.afterColon(s, vote, s.token(d.dependent())))
                .filter(d -> s.dependentsOf(d.dependent()).stream().anyMatch(c -> c.relation().equals("case")))
                .anyMatch(d -> context.actorAt(s.index(), d.dependent())
                        .filter(a -> !VotedObjects.votedOn(context, a)).isPresent());
    }

        static boolean isTheText(ExtractionContext context, Sentence s, Token subject) {
        boolean marked = context.entityAt(s.index(), subject.index())
                .map(k -> context.kindOf(k) == EntityKind.RESOLUTION || context.kindOf(k) == EntityKind.EVACUATION)
                .orElse(false);
        return marked || ANAPHORS.contains(subject.word().toLowerCase(Locale.ROOT)) || isEvacuationNoun(s, subject);
    }
}
