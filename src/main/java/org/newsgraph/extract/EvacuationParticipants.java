package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who facilitates or obstructs an evacuation, by the rules in {@code extract/rules/evacuation-participants.semgrex}. */
final class EvacuationParticipants {

    private final Lexicon speechVerbs = Lexicon.named("speech-verbs");
    private final SemgrexRules participantRules =
            SemgrexRules.named("/extract/rules/evacuation-participants.semgrex");

    /** Armies and governments escort and block evacuations as much as agencies do. */
    private static final Set<EntityKind> PARTICIPANT_KINDS = Set.of(EntityKind.ORGANIZATION, EntityKind.COUNTRY);

    /**
     * Facilitators and obstructers, by the rules in {@code extract/rules/evacuation-participants.semgrex}. In a
     * sentence that tells two evacuations ("driven from A on buses provided by X, while others will be flown home from
     * B"), a rule belongs to the evacuation whose clause holds it most closely.
     */
    void participants(ExtractionContext context, EvacuationExtractor.Cue cue, String evacuation, List<EvacuationExtractor.Cue> inSentence) {
        Sentence s = cue.sentence();
        for (SemgrexRules.Match match : participantRules.matches(s)) {
            Optional<EvacuationExtractor.Cue> owner = innermostClauseHolding(s, inSentence, match.node("verb"));
            // a rule in the clause of another evacuation's mention belongs to that one (the same mention given an
            // origin only later, from the lead or the arrivals, is still this one)
            if (owner.isPresent() && owner.get().token() != cue.token() && !owner.get().origins().equals(cue.origins())) {
                continue;
            }
            String predicate = match.rule().startsWith("facilitator") ? "facilitatedBy" : "obstructedBy";
            String verb = s.token(match.node("verb")).lemma().toLowerCase(java.util.Locale.ROOT);
            Optional<Integer> actorNode = subjectOfInfinitive(s, match.node("verb"), match.node("actor"));
            if (actorNode.isEmpty()) {
                continue;
            }
            Set<Integer> phrase = new LinkedHashSet<>(actorPhrase(s, actorNode.get()));
            phrase.addAll(namesInApposition(s, phrase));
            phrase.addAll(speakerOfPossessive(s, phrase));
            Set<Integer> coordinated = coordinated(s, actorNode.get());
            boolean helpsMove = helpsMove(s, match.node("verb"));
            for (int t : phrase) {
                Token token = s.token(t);
                if (isSeatOfMission(s, t) || inDatelineBrackets(s, t)) {
                    continue;
                }
                // "Russian forces", "an Indian navy vessel", "the Saudi-led coalition": the state whose forces, ship
                // or alliance these are
                context.actorAt(s.index(), t).filter(k -> !modifiesNamedBody(context, s, t))
                        .or(() -> (token.pos().startsWith("JJ") || token.ner().equals("NATIONALITY"))
                                && !modifiesNamedBody(context, s, t)
                                ? context.countryByDemonym(token.word()) : Optional.empty())
                        // "accused Myanmar of blocking": a country's name the tagger took for a nationality
                        .or(() -> token.ner().equals("NATIONALITY") && token.properNoun()
                                ? context.countryNamed(token.word()) : Optional.empty())
                        // "an ICRC-brokered evacuation": an acronym the tagger took for a common noun
                        .or(() -> isAcronym(token) ? context.actorNamed(token.word()) : Optional.empty())
                        .filter(k -> PARTICIPANT_KINDS.contains(context.kindOf(k)))
                        .ifPresent(actor -> context.addFact(evacuation, predicate, actor,
                                context.evidence(s.index(), 0.7, "evacuation/" + match.rule() + "-" + verb)));
                stateOfService(context, s, t)
                        .ifPresent(state -> context.addFact(evacuation, predicate, state,
                                context.evidence(s.index(), 0.7, "evacuation/" + match.rule() + "-" + verb)));
                // a body that blocks is told as the side it fights for; the one that runs the move is named itself
                EvacuationServiceBodies.serviceBody(context, s, t)
                        // "police", "the coast guard", "troops": a service named by a common noun, as the actor itself
                        .or(() -> coordinated.contains(t) && helpsMove
                                ? EvacuationServiceBodies.commonBody(context, s, t)
                                        .or(() -> EvacuationServiceBodies.untaggedAcronym(context, s, t))
                                : Optional.empty())
                        .filter(body -> predicate.equals("facilitatedBy"))
                        .ifPresent(body -> context.addFact(evacuation, predicate, body,
                                context.evidence(s.index(), 0.7, "evacuation/" + match.rule() + "-" + verb)));
            }
        }
        hyphenated(context, cue, evacuation, inSentence);
    }

    private static final Set<String> HELPING = Set.of("help", "assist");
    private static final Set<String> MOVING = Set.of("evacuate", "airlift", "ferry", "fly", "ship", "transport",
            "bus", "carry", "move", "rescue", "relocate", "transfer", "escort", "take", "bring", "drive");

    /**
     * "soldiers helped to carry the wounded on board", not "volunteers help register new arrivals": a service that
     * helps takes part in the evacuation only where what it helps with is moving people.
     */
    private static boolean helpsMove(Sentence s, int verb) {
        if (!HELPING.contains(s.token(verb).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        return s.dependentsOf(verb).stream().anyMatch(d -> (d.relation().startsWith("xcomp")
                || d.relation().startsWith("ccomp") || d.relation().startsWith("advcl"))
                && MOVING.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The actor and the actors coordinated with it ("police, the army and volunteers"), not what they own. */
    private static Set<Integer> coordinated(Sentence s, int head) {
        Set<Integer> heads = new LinkedHashSet<>(List.of(head));
        for (int hop = 0; hop < 2; hop++) {
            for (int t : List.copyOf(heads)) {
                s.dependentsOf(t).stream().filter(d -> d.relation().startsWith("conj"))
                        .forEach(d -> heads.add(d.dependent()));
            }
        }
        return heads;
    }

    /** Services of a state: what its coastguard, navy or troops do, the state does. */
    private static final Set<String> STATE_SERVICES = Set.of("guard", "coastguard", "navy", "army", "military",
            "force", "troop", "soldier", "police", "marine");

    /**
     * "the Jordanian coast guard", which the tagger may name as an organisation of its own: the state whose service it
     * is takes part too.
     */
    private static Optional<String> stateOfService(ExtractionContext context, Sentence s, int modifier) {
        Token token = s.token(modifier);
        boolean demonym = token.pos().startsWith("JJ") || token.ner().equals("NATIONALITY")
                || token.ner().equals("ORGANIZATION") && token.pos().startsWith("NNP");
        if (!demonym) {
            return Optional.empty();
        }
        boolean ofService = s.governorOf(modifier)
                .filter(d -> d.relation().equals("amod") || d.relation().equals("compound"))
                .map(d -> STATE_SERVICES.contains(s.token(d.governor()).lemma().toLowerCase(java.util.Locale.ROOT)))
                .orElse(false);
        return ofService ? context.countryByDemonym(token.word())
                .filter(k -> context.kindOf(k) == EntityKind.COUNTRY) : Optional.empty();
    }

    private static final Set<String> MISSIONS = Set.of("embassy", "consulate", "mission", "delegation", "office",
            "bureau", "legation");

    /** "the Indian Embassy in Tehran": the city or country a mission sits in is its host, not its state. */
    private static boolean isSeatOfMission(Sentence s, int token) {
        // "in Luxembourg City": the name's head carries the relation
        int head = s.governorOf(token).filter(d -> d.relation().equals("compound") || d.relation().equals("flat"))
                .map(Dependency::governor).orElse(token);
        return s.governorOf(head)
                .filter(d -> d.relation().equals("nmod:in") || d.relation().equals("nmod:at"))
                .map(d -> MISSIONS.contains(s.token(d.governor()).lemma().toLowerCase(java.util.Locale.ROOT)))
                .orElse(false);
    }

    private static final Set<String> DATELINE_DASHES = Set.of("-", "--", "—", "–");

    /**
     * "A, April 1 (Reuters) - An Indian navy vessel carrying 349 nationals docked ...": the agency in the brackets of a
     * dateline reports the news and takes no part in it, however the parser hangs it on the sentence.
     */
    static boolean inDatelineBrackets(Sentence s, int token) {
        // the brackets close right before the dateline's dash: "(Reuters) -", not "the Red Cross (ICRC) evacuated
        // patients from Nagorno-Karabakh"
        int open = -1;
        for (int i = 1; i < s.tokens().size() && i <= 20; i++) {
            String word = s.token(i).word();
            if (word.equals("(") || word.equals("-LRB-")) {
                open = i;
            } else if ((word.equals(")") || word.equals("-RRB-")) && open > 0) {
                boolean dashNext = DATELINE_DASHES.contains(s.token(i + 1).word());
                if (dashNext && token > open && token < i) {
                    return true;
                }
                open = -1;
            }
        }
        return false;
    }

    private static boolean isAcronym(Token token) {
        return token.word().length() >= 2 && token.word().chars().allMatch(Character::isUpperCase);
    }

    private static final java.util.regex.Pattern HYPHENATED = java.util.regex.Pattern.compile(
            "(?i)(.+)-(brokered|organi[sz]ed|chartered|sponsored|backed|run|facilitated|escorted|led|mediated"
                    + "|coordinated|supervised|operated|arranged)");

    /**
     * "a UN-organised convoy", "a Turkish-chartered ship": a hyphenated participle kept as one word by the tokenizer,
     * before an operation or a craft, names whoever runs it. Its split form is a rule of the rule file.
     */
    void hyphenated(ExtractionContext context, EvacuationExtractor.Cue cue, String evacuation,
                    List<EvacuationExtractor.Cue> inSentence) {
        Sentence s = cue.sentence();
        for (Token token : s.tokens()) {
            java.util.regex.Matcher m = HYPHENATED.matcher(token.word());
            boolean beforeOperation = m.matches() && s.governorOf(token.index())
                    .filter(d -> d.relation().equals("amod") || d.relation().equals("compound"))
                    .map(d -> OPERATED.contains(s.token(d.governor()).lemma().toLowerCase(java.util.Locale.ROOT)))
                    .orElse(false);
            if (!beforeOperation) {
                continue;
            }
            Optional<EvacuationExtractor.Cue> owner = innermostClauseHolding(s, inSentence, token.index());
            // a rule in the clause of another evacuation's mention belongs to that one (the same mention given an
            // origin only later, from the lead or the arrivals, is still this one)
            if (owner.isPresent() && owner.get().token() != cue.token() && !owner.get().origins().equals(cue.origins())) {
                continue;
            }
            context.actorNamed(m.group(1)).or(() -> context.countryByDemonym(m.group(1)))
                    .filter(k -> PARTICIPANT_KINDS.contains(context.kindOf(k)))
                    .ifPresent(actor -> context.addFact(evacuation, "facilitatedBy", actor,
                            context.evidence(s.index(), 0.7, "evacuation/facilitator-hyphenated-word")));
        }
    }

    /** What a hyphenated participle may run: the operation, its craft, the deal that makes it. */
    private static final Set<String> OPERATED = Set.of("evacuation", "airlift", "operation", "convoy", "rescue",
            "transfer", "sealift", "medevac", "flight", "ship", "vessel", "boat", "plane", "aircraft", "bus", "ferry",
            "mission", "corridor", "passage", "deal", "agreement");

    /**
     * "the Ukrainian Red Cross", "Poland's Fundacja Herosi": a nationality or a country before an organisation's name
     * says whose society it is, not that the state takes part; before "forces" or "navy" it names the state.
     */
    private static boolean modifiesNamedBody(ExtractionContext context, Sentence s, int modifier) {
        Optional<String> own = context.entityAt(s.index(), modifier);
        return s.governorOf(modifier)
                .filter(d -> d.relation().equals("amod") || d.relation().equals("compound")
                        || d.relation().equals("nmod:poss"))
                .flatMap(d -> context.entityAt(s.index(), d.governor()))
                .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION && !own.equals(Optional.of(k)))
                .isPresent();
    }

    /** Rules whose verb names the operation it acts on: "arranged charter flights", "sent two planes". */
    private static final Set<String> OPERATION_RULES = Set.of("facilitator-operation", "facilitator-sender");

    /**
     * "The government will arrange charter flights", in a report on an evacuation that says so in other sentences:
     * the verbs of the sentence whose rules name, besides their actor, the flights, ships or operation run.
     */
    List<Token> operationVerbs(Sentence s) {
        return participantRules.matches(s).stream().filter(m -> OPERATION_RULES.contains(m.rule()))
                .map(m -> s.token(m.node("verb"))).distinct().toList();
    }

    boolean isOperationVerb(Sentence s, Token verb) {
        return operationVerbs(s).contains(verb);
    }

    static Optional<EvacuationExtractor.Cue> innermostClauseHolding(Sentence s, List<EvacuationExtractor.Cue> inSentence, int token) {
        EvacuationExtractor.Cue innermost = null;
        int smallest = Integer.MAX_VALUE;
        for (EvacuationExtractor.Cue c : inSentence) {
            List<Token> heads = EvacuationExtractor.clauseHeads(s, c.token());
            Set<Integer> clause = ExtractionContext.subtree(s, heads.get(heads.size() - 1).index());
            if (clause.contains(token) && clause.size() < smallest) {
                innermost = c;
                smallest = clause.size();
            }
        }
        return Optional.ofNullable(innermost);
    }

    /**
     * "said he was headed to A to organise the evacuation" is sometimes parsed with A as the subject of "organise"; an
     * infinitive under another verb has no subject of its own (but for "for X to"), so the one who goes to organise is
     * the subject of the verb above. Returns the actor the rule should read, or nothing when there is none.
     */
    static Optional<Integer> subjectOfInfinitive(Sentence s, int verb, int actor) {
        boolean infinitive = s.token(verb).pos().equals("VB")
                && s.dependentsOf(verb).stream().anyMatch(d -> d.relation().equals("mark")
                        && s.token(d.dependent()).word().equalsIgnoreCase("to"))
                && s.dependentsOf(verb).stream().noneMatch(d -> d.relation().equals("mark")
                        && s.token(d.dependent()).word().equalsIgnoreCase("for"));
        boolean ownSubject = s.dependentsOf(verb).stream()
                .anyMatch(d -> d.relation().equals("nsubj") && d.dependent() == actor);
        Optional<Dependency> above = s.governorOf(verb)
                .filter(d -> d.relation().startsWith("advcl") || d.relation().equals("xcomp"));
        if (!infinitive || !ownSubject || above.isEmpty()) {
            return Optional.of(actor);
        }
        return s.dependentsOf(above.get().governor()).stream()
                .filter(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))
                .map(Dependency::dependent).findFirst();
    }

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "it", "they", "we", "our");
    /** A person's pronoun stands for a speaker who is one person. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "his", "her");
    /** "X, head of Y, said the agency had evacuated 400 people": the speaker's own body, named by its kind. */
    private static final Set<String> BODY_NOUNS = Set.of("agency", "organisation", "organization", "charity",
            "ministry", "government", "society", "committee", "group", "mission");

    /**
     * "a joint effort of X, the Y Society, Z's W and V": the parser often reads the names of a list as appositions of
     * the first; a name in apposition is another partner (or the same one again), a common noun only describes it.
     */
    static Set<Integer> namesInApposition(Sentence s, Set<Integer> phrase) {
        Set<Integer> names = new LinkedHashSet<>();
        for (int t : phrase) {
            s.dependentsOf(t).stream()
                    .filter(d -> d.relation().equals("appos") && s.token(d.dependent()).properNoun())
                    .forEach(d -> names.addAll(actorPhrase(s, d.dependent())));
        }
        return names;
    }

    /**
     * "The ICRC said its staff were escorting the convoy", "Ukraine said it was halting the evacuation": "its" or "it" in
     * what a speaker says is the speaker. Returns the speaker's phrase when the actor phrase holds such a pronoun, else
     * nothing.
     */
    Set<Integer> speakerOfPossessive(Sentence s, Set<Integer> phrase) {
        boolean possessive = phrase.stream()
                .anyMatch(t -> POSSESSIVE_PRONOUNS.contains(s.token(t).word().toLowerCase(java.util.Locale.ROOT)));
        boolean personal = phrase.stream()
                .anyMatch(t -> PERSONAL_PRONOUNS.contains(s.token(t).word().toLowerCase(java.util.Locale.ROOT)));
        int head = phrase.iterator().next();
        boolean ownBody = BODY_NOUNS.contains(s.token(head).lemma().toLowerCase(java.util.Locale.ROOT))
                && s.token(head).pos().equals("NN") && s.dependentsOf(head).stream()
                .anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).word().equalsIgnoreCase("the"))
                && s.dependentsOf(head).stream().noneMatch(d -> !d.relation().equals("det")
                        && !d.relation().equals("case") && !d.relation().equals("punct"));
        if (!possessive && !personal && !ownBody) {
            return Set.of();
        }
        int clause = phrase.iterator().next();
        for (int hop = 0; hop < 4; hop++) {
            Optional<Dependency> up = s.governorOf(clause);
            if (up.isEmpty()) {
                return Set.of();
            }
            clause = up.get().governor();
            if (up.get().relation().equals("ccomp") && speechVerbs.contains(s.token(clause).lemma())) {
                Optional<Token> speaker = ExtractionContext.dependent(s, clause, "nsubj");
                // "he" or "she" stands for one person, never for "officials"
                if (speaker.isEmpty() || (personal && !possessive && !ownBody) && speaker.get().pos().endsWith("S")) {
                    return Set.of();
                }
                Set<Integer> speakerPhrase = new LinkedHashSet<>(actorPhrase(s, speaker.get().index()));
                // "said X, a spokesman for Y": whom the speaker speaks for is told in apposition
                s.dependentsOf(speaker.get().index()).stream().filter(d -> d.relation().equals("appos"))
                        .forEach(d -> speakerPhrase.addAll(actorPhrase(s, d.dependent())));
                return speakerPhrase;
            }
        }
        return Set.of();
    }

    private static final Set<String> NOT_PART_OF_ACTOR = Set.of("appos", "ref", "parataxis", "dep", "punct");

    /**
     * The actor phrase without what is said about it: "the help of Qatar, which has served as a go-between with X"
     * names Qatar, not X; "militants from A (a coalition funded by B)" names A, not B.
     */
    static Set<Integer> actorPhrase(Sentence s, int head) {
        Set<Integer> phrase = new LinkedHashSet<>();
        java.util.Deque<Integer> todo = new java.util.ArrayDeque<>(List.of(head));
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (phrase.add(t)) {
                s.dependentsOf(t).stream()
                        .filter(d -> !NOT_PART_OF_ACTOR.contains(d.relation()) && !d.relation().startsWith("acl")
                                || ledBy(s, d))
                        .forEach(d -> todo.push(d.dependent()));
            }
        }
        return phrase;
    }

    /** "the Saudi-led coalition", often parsed with the leader as a loose dependent of "led": the leader acts. */
    static boolean ledBy(Sentence s, Dependency d) {
        return d.relation().equals("dep") && s.token(d.governor()).lemma().equalsIgnoreCase("lead")
                && s.token(d.governor()).pos().equals("VBN");
    }

}
