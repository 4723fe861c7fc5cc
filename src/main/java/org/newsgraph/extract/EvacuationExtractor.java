package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evacuations: each distinct origin ("evacuations from X", "safe passage of evacuees from A and B to C", "leave X")
 * makes one evacuation; mentions that name no origin join the article's main one. Its destination, the actors that
 * facilitate or obstruct it, and its status come from the same clauses.
 */
public final class EvacuationExtractor implements Extractor {

    private static final Set<String> OPERATION_NOUNS = Set.of("agreement", "deal", "operation", "arrangement",
            "convoy", "evacuation", "evacuations", "bus", "buses", "airlift");
    private static final Set<String> STAGE_NOUNS = Set.of("stage", "phase", "round", "part", "start");
    /** Verbs that take a state noun: "bring to an end", "come to a halt". */
    private static final Set<String> LIGHT_VERBS = Set.of("bring", "come", "grind");

    private final Lexicon cues = Lexicon.named("evacuation-cues");
    private final Lexicon people = Lexicon.named("evacuation-people");
    private final Lexicon speechVerbs = Lexicon.named("speech-verbs");
    private final Lexicon statuses = Lexicon.named("evacuation-status");
    private final SemgrexRules participantRules =
            SemgrexRules.named("/extract/rules/evacuation-participants.semgrex");

    @Override
    public String name() {
        return "evacuation";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Set.of("ner", "depparse");
    }

    @Override
    public void extract(ExtractionContext context) {
        Map<String, Evacuation> byOrigin = new LinkedHashMap<>();
        Map<Integer, List<Cue>> cuesBySentence = new java.util.HashMap<>();
        List<Cue> withoutOrigin = new ArrayList<>();
        List<QuoteSpan> quotes = QuoteFinder.find(context.text());
        for (Sentence s : context.sentences()) {
            List<Cue> inSentence = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (isCue(s, t, quotes)) {
                    inSentence.add(new Cue(s, t, origins(context, s, t), destinations(context, s, t)));
                }
            }
            List<Cue> located = withSentenceOrigin(inSentence);
            cuesBySentence.put(s.index(), located);
            for (Cue cue : located) {
                if (cue.origins.isEmpty()) {
                    withoutOrigin.add(cue);
                } else {
                    String originKey = String.join("|", cue.origins.stream().map(context::labelOf).sorted().toList());
                    byOrigin.computeIfAbsent(originKey, k -> new Evacuation()).cues.add(cue);
                }
            }
        }
        // buses and convoys alone, going nowhere named, are transport news rather than an evacuation
        if (byOrigin.isEmpty() && withoutOrigin.stream().allMatch(this::isVehicleMention)) {
            return;
        }
        List<Cue> statusOnly = operationStatusSentences(context, quotes);
        Evacuation main = byOrigin.values().stream()
                .max((a, b) -> Integer.compare(a.cues.size(), b.cues.size()))
                .orElseGet(() -> byOrigin.computeIfAbsent("", k -> new Evacuation()));
        main.cues.addAll(withoutOrigin);
        main.cues.addAll(statusOnly);
        for (Evacuation evacuation : byOrigin.values()) {
            write(context, evacuation, evacuation == main, cuesBySentence);
        }
    }

    private boolean isVehicleMention(Cue cue) {
        return "transport".equals(cues.get(cue.token.lemma())) && cue.token.pos().startsWith("NN");
    }

    /**
     * "The evacuation from A resumed, and the surviving buses drove on to B": a mention that names no origin, in a
     * sentence whose other mentions all name the same one, is about that evacuation.
     */
    private static List<Cue> withSentenceOrigin(List<Cue> inSentence) {
        Set<List<String>> named = new LinkedHashSet<>();
        inSentence.stream().filter(c -> !c.origins.isEmpty()).forEach(c -> named.add(c.origins));
        if (named.size() != 1) {
            return inSentence;
        }
        List<String> origins = named.iterator().next();
        return inSentence.stream()
                .map(c -> c.origins.isEmpty() ? new Cue(c.sentence, c.token, origins, c.destinations) : c)
                .toList();
    }

    private void write(ExtractionContext context, Evacuation evacuation, boolean main,
                       Map<Integer, List<Cue>> cuesBySentence) {
        Set<String> origins = new LinkedHashSet<>();
        evacuation.cues.forEach(c -> origins.addAll(c.origins));
        String label = origins.isEmpty() ? "Evacuation" : "Evacuation from "
                + String.join(" and ", origins.stream().map(context::labelOf).toList());
        String key = context.event(EntityKind.EVACUATION, label);
        evacuation.key = key;
        if (main) {
            context.setAttribute(key, "main", "true");
        }
        Status latest = null;
        for (Cue cue : evacuation.cues) {
            context.markTokens(cue.sentence.index(), cue.token.index(), cue.token.index() + 1, key);
            for (String origin : cue.origins) {
                context.addFact(key, "from", origin, context.evidence(cue.sentence.index(), 0.8, "evacuation/from"));
            }
            for (String destination : cue.destinations) {
                if (!origins.contains(destination)) {
                    context.addFact(key, "to", destination, context.evidence(cue.sentence.index(), 0.8, "evacuation/to"));
                }
            }
            participants(context, cue, key, cuesBySentence.getOrDefault(cue.sentence.index(), List.of()));
            if (!evacuation.evacueesWritten) {
                evacuation.evacueesWritten = evacuees(context, cue, key);
            }
            Optional<Status> status = status(cue);
            if (status.isPresent() && (latest == null || status.get().supersedes(latest))) {
                latest = status.get();
            }
        }
        if (latest != null) {
            context.addFact(key, "status", new FactValue.Individual(capitalised(latest.name())),
                    context.evidence(latest.sentence(), 0.7, "evacuation/status-" + latest.name()));
        }
    }

    /**
     * "The most recent agreement has been halted", "shelling delayed the start of the operation": a status verb whose
     * subject or object is the deal or operation, in a sentence that names no evacuation itself, reports on the
     * article's main evacuation.
     */
    private List<Cue> operationStatusSentences(ExtractionContext context, List<QuoteSpan> quotes) {
        List<Cue> found = new ArrayList<>();
        for (Sentence s : context.sentences()) {
            if (s.tokens().stream().anyMatch(t -> isCue(s, t, quotes))) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (statuses.get(t.lemma()) == null || !t.pos().startsWith("VB")) {
                    continue;
                }
                s.dependentsOf(t.index()).stream()
                        .filter(d -> (d.relation().startsWith("nsubj") || d.relation().equals("obj"))
                                && isOperation(s, d.dependent()))
                        .findFirst()
                        .ifPresent(d -> found.add(new Cue(s, s.token(d.dependent()), List.of(), List.of())));
            }
        }
        return found;
    }

    private static final Set<String> NOT_PART_OF_WHO = Set.of("acl", "acl:relcl", "punct", "nmod:from", "nmod:in",
            "nmod:to", "nmod:at", "appos");

    /**
     * Who is moved: the people evacuated ("evacuate wounded and sick people", "civilians were evacuated", "allow
     * fighters to leave"), in the article's words, and how many when a number says so ("2,500 people"). Returns
     * whether the cue named them.
     */
    private static boolean evacuees(ExtractionContext context, Cue cue, String evacuation) {
        Sentence s = cue.sentence;
        Token verb = cue.token;
        String lemma = verb.lemma().toLowerCase(java.util.Locale.ROOT);
        Optional<Dependency> people = s.dependentsOf(verb.index()).stream()
                .filter(d -> (lemma.equals("evacuate") || lemma.equals("escort")) && d.relation().equals("obj")
                        || lemma.equals("evacuate") && d.relation().equals("nsubj:pass")
                        || lemma.equals("leave") && d.relation().equals("nsubj:xsubj"))
                .findFirst();
        if (people.isEmpty() || !verb.pos().startsWith("VB")) {
            return false;
        }
        Set<Integer> phrase = new java.util.TreeSet<>();
        java.util.Deque<Integer> todo = new java.util.ArrayDeque<>(List.of(people.get().dependent()));
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (phrase.add(t)) {
                s.dependentsOf(t).stream().filter(d -> !NOT_PART_OF_WHO.contains(d.relation())
                        && !d.relation().equals("ref")).forEach(d -> todo.push(d.dependent()));
            }
        }
        int first = ((java.util.TreeSet<Integer>) phrase).first();
        int last = ((java.util.TreeSet<Integer>) phrase).last();
        Token head = s.token(people.get().dependent());
        if (head.pos().startsWith("PRP") || head.pos().startsWith("W")) {
            return false;
        }
        Evidence evidence = context.evidence(s.index(), 0.7, "evacuation/evacuees");
        context.addFact(evacuation, "evacuees", FactValue.Literal.string(s.span(first, last + 1)), evidence);
        for (int t : phrase) {
            Token token = s.token(t);
            String digits = token.word().replace(",", "");
            if (token.pos().equals("CD") && digits.matches("\\d{1,7}")) {
                context.addFact(evacuation, "evacueeCount",
                        new FactValue.Literal(digits, QuoteExtractor.XSD_INTEGER), evidence);
                break;
            }
        }
        return true;
    }

    /** Armies and governments escort and block evacuations as much as agencies do. */
    private static final Set<EntityKind> PARTICIPANT_KINDS = Set.of(EntityKind.ORGANIZATION, EntityKind.COUNTRY);

    /**
     * Facilitators and obstructers, by the rules in {@code extract/rules/evacuation-participants.semgrex}. In a
     * sentence that tells two evacuations ("driven from A on buses provided by X, while others will be flown home from
     * B"), a rule belongs to the evacuation whose clause holds it most closely.
     */
    private void participants(ExtractionContext context, Cue cue, String evacuation, List<Cue> inSentence) {
        Sentence s = cue.sentence;
        for (SemgrexRules.Match match : participantRules.matches(s)) {
            Optional<Cue> owner = innermostClauseHolding(s, inSentence, match.node("verb"));
            if (owner.isPresent() && !owner.get().origins.equals(cue.origins)) {
                continue;
            }
            String predicate = match.rule().startsWith("facilitator") ? "facilitatedBy" : "obstructedBy";
            String verb = s.token(match.node("verb")).lemma().toLowerCase(java.util.Locale.ROOT);
            Set<Integer> phrase = new LinkedHashSet<>(actorPhrase(s, match.node("actor")));
            phrase.addAll(speakerOfPossessive(s, phrase));
            for (int t : phrase) {
                Token token = s.token(t);
                // "Russian forces", "an Indian navy vessel", "the Saudi-led coalition": the state whose forces, ship
                // or alliance these are
                context.actorAt(s.index(), t)
                        .or(() -> token.pos().startsWith("JJ")
                                ? context.countryByDemonym(token.word()) : Optional.empty())
                        .filter(k -> PARTICIPANT_KINDS.contains(context.kindOf(k)))
                        .ifPresent(actor -> context.addFact(evacuation, predicate, actor,
                                context.evidence(s.index(), 0.7, "evacuation/" + match.rule() + "-" + verb)));
            }
        }
    }

    private static Optional<Cue> innermostClauseHolding(Sentence s, List<Cue> inSentence, int token) {
        Cue innermost = null;
        int smallest = Integer.MAX_VALUE;
        for (Cue c : inSentence) {
            List<Token> heads = clauseHeads(s, c.token);
            Set<Integer> clause = ExtractionContext.subtree(s, heads.get(heads.size() - 1).index());
            if (clause.contains(token) && clause.size() < smallest) {
                innermost = c;
                smallest = clause.size();
            }
        }
        return Optional.ofNullable(innermost);
    }

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their");

    /**
     * "The ICRC said its staff were escorting the convoy": "its" in what a speaker says is the speaker. Returns the
     * speaker's phrase when the actor phrase holds such a pronoun, else nothing.
     */
    private Set<Integer> speakerOfPossessive(Sentence s, Set<Integer> phrase) {
        boolean possessive = phrase.stream()
                .anyMatch(t -> POSSESSIVE_PRONOUNS.contains(s.token(t).word().toLowerCase(java.util.Locale.ROOT)));
        if (!possessive) {
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
                return ExtractionContext.dependent(s, clause, "nsubj")
                        .map(speaker -> actorPhrase(s, speaker.index())).orElse(Set.of());
            }
        }
        return Set.of();
    }

    private static final Set<String> NOT_PART_OF_ACTOR = Set.of("appos", "ref", "parataxis", "dep", "punct");

    /**
     * The actor phrase without what is said about it: "the help of Qatar, which has served as a go-between with X"
     * names Qatar, not X; "militants from A (a coalition funded by B)" names A, not B.
     */
    private static Set<Integer> actorPhrase(Sentence s, int head) {
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
    private static boolean ledBy(Sentence s, Dependency d) {
        return d.relation().equals("dep") && s.token(d.governor()).lemma().equalsIgnoreCase("lead")
                && s.token(d.governor()).pos().equals("VBN");
    }

    /**
     * A reported state, where the article tells it. Anything told in the past perfect ("had been halted on Monday")
     * is background to what the article reports as current; a plan says less than a change of state, and "continued"
     * less than a halt or a resumption. Among changes the article's latest stands, except that a completed
     * evacuation stays completed: what an article tells after saying it ended ("the convoy was halted on Thursday
     * ... resumed on Friday") is its history.
     */
    private record Status(String name, boolean background, boolean inferred, int sentence) {

        private int weight() {
            int weight = switch (name) {
                case "completed" -> 4;
                case "suspended", "resumed" -> 3;
                case "ongoing" -> 2;
                default -> 1;
            };
            if (inferred) {
                weight -= 5;
            }
            return background ? weight - 10 : weight;
        }

        boolean supersedes(Status other) {
            if (weight() != other.weight()) {
                return weight() > other.weight();
            }
            return sentence >= other.sentence;
        }
    }

    private Optional<Status> status(Cue cue) {
        Sentence s = cue.sentence;
        if (lastOnesLeft(s, cue.token)) {
            return Optional.of(new Status("completed", false, false, s.index()));
        }
        for (Token t : s.tokens()) {
            String status = statuses.get(t.lemma());
            if (status == null) {
                continue;
            }
            // "the airlift has yet to begin": the operation is the subject of the verb that takes the status verb
            Optional<Token> taking = s.governorOf(t.index())
                    .filter(d -> d.relation().equals("ccomp") || d.relation().equals("xcomp"))
                    .map(d -> s.token(d.governor()));
            boolean aboutOperation = ExtractionContext.subtree(s, t.index()).contains(cue.token.index())
                    || s.dependentsOf(t.index()).stream()
                    .anyMatch(d -> d.relation().startsWith("nsubj") && isOperation(s, d.dependent()))
                    || taking.isPresent() && s.dependentsOf(taking.get().index()).stream()
                    .anyMatch(d -> d.relation().startsWith("nsubj") && isOperation(s, d.dependent()))
                    || endsOperation(s, t);
            if (!aboutOperation) {
                continue;
            }
            boolean notYet = taking.map(v -> hasYet(s, v)).orElse(false) || hasYet(s, t);
            String name = isHypothetical(s, t) || notYet ? "planned" : status;
            boolean pastPerfect = s.dependentsOf(t.index()).stream()
                    .anyMatch(d -> d.relation().equals("aux") && s.token(d.dependent()).word().equalsIgnoreCase("had"));
            return Optional.of(new Status(name, pastPerfect && !isReported(s, t), false, s.index()));
        }
        return arrived(s, cue.token)
                ? Optional.of(new Status("completed", false, true, s.index())) : Optional.empty();
    }

    /** "has yet to begin", "is yet to start": what has not happened yet is still a plan. */
    private static boolean hasYet(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> s.token(d.dependent()).word().equalsIgnoreCase("yet"));
    }

    /**
     * "The ship docked in B", "evacuees reached B": those moved have arrived. That says less than any status word the
     * article uses, since the first to arrive may not be the last.
     */
    private static boolean arrived(Sentence s, Token cue) {
        List<Token> arrivals = new ArrayList<>(clauseHeads(s, cue).stream().filter(EvacuationExtractor::isArrival)
                .toList());
        arrivals.addAll(arrivalOfCarried(s, cue));
        return !arrivals.isEmpty() && arrivals.stream()
                .allMatch(v -> v.pos().startsWith("VB") && !v.pos().equals("VBG") && !ExtractionContext.hasModal(s, v)
                        && !ExtractionContext.isNegated(s, v.index()));
    }

    /**
     * "A ferry carrying 700 migrants docked in B" is parsed with "docked" describing the migrants: the arrival of those
     * a ship or plane carries is its own.
     */
    private static List<Token> arrivalOfCarried(Sentence s, Token craft) {
        if (!craft.pos().startsWith("NN") || !CRAFT.contains(craft.lemma().toLowerCase())) {
            return List.of();
        }
        List<Token> arrivals = new ArrayList<>();
        for (Dependency carrying : s.dependentsOf(craft.index())) {
            if (!carrying.relation().startsWith("acl")) {
                continue;
            }
            for (Dependency carried : s.dependentsOf(carrying.dependent())) {
                if (!carried.relation().equals("obj")) {
                    continue;
                }
                s.dependentsOf(carried.dependent()).stream()
                        .filter(d -> d.relation().startsWith("acl"))
                        .map(d -> s.token(d.dependent()))
                        .filter(EvacuationExtractor::isArrival)
                        .forEach(arrivals::add);
            }
        }
        return arrivals;
    }

    private static boolean isArrival(Token verb) {
        return ARRIVING_IN.contains(verb.lemma()) || verb.lemma().equals("reach");
    }

    private static final Set<String> LAST_ONES = Set.of("last", "final");

    /**
     * "The last fighters and civilians left the town", "the final group of evacuees was bussed out": the departure of
     * the last ones ends the evacuation.
     */
    private static boolean lastOnesLeft(Sentence s, Token cue) {
        if (!cue.pos().equals("VBD") && !cue.pos().equals("VBN") || ExtractionContext.hasModal(s, cue)) {
            return false;
        }
        return s.dependentsOf(cue.index()).stream()
                .filter(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))
                .flatMap(d -> s.dependentsOf(d.dependent()).stream())
                .anyMatch(m -> m.relation().equals("amod") && LAST_ONES.contains(s.token(m.dependent()).lemma()));
    }

    /** "X said the first stage had been completed": reported speech shifts the present into the past perfect. */
    private boolean isReported(Sentence s, Token verb) {
        return s.governorOf(verb.index())
                .filter(d -> d.relation().equals("ccomp"))
                .map(d -> speechVerbs.contains(s.token(d.governor()).lemma()))
                .orElse(false);
    }

    /** "the operation", "the evacuation", or a stage of one ("the first stage of the operation"). */
    private static boolean isOperation(Sentence s, int noun) {
        if (OPERATION_NOUNS.contains(s.token(noun).lemma().toLowerCase())) {
            return true;
        }
        return STAGE_NOUNS.contains(s.token(noun).lemma().toLowerCase()) && s.dependentsOf(noun).stream()
                .anyMatch(d -> d.relation().equals("nmod:of") && isOperation(s, d.dependent()));
    }

    /** "bringing to an end a rescue operation", "the airlift came to an end": the state noun of a light verb. */
    private static boolean endsOperation(Sentence s, Token statusNoun) {
        Optional<Dependency> light = s.governorOf(statusNoun.index())
                .filter(d -> d.relation().equals("obl:to") && LIGHT_VERBS.contains(s.token(d.governor()).lemma()));
        return light.isPresent() && s.dependentsOf(light.get().governor()).stream()
                .anyMatch(d -> (d.relation().equals("obj") || d.relation().startsWith("nsubj"))
                        && isOperation(s, d.dependent()));
    }

    /** "could resume", "ready to resume", "hopeful that evacuations could resume": a prospect, not a change. */
    private static boolean isHypothetical(Sentence s, Token verb) {
        boolean modal = ExtractionContext.hasModal(s, verb);
        boolean underAdjective = s.governorOf(verb.index())
                .filter(d -> d.relation().equals("xcomp") || d.relation().equals("ccomp"))
                .map(d -> s.token(d.governor()).pos().startsWith("JJ"))
                .orElse(false);
        boolean stateOfLightVerb = s.governorOf(verb.index())
                .filter(d -> d.relation().equals("obl:to") && LIGHT_VERBS.contains(s.token(d.governor()).lemma()))
                .isPresent();
        return modal || underAdjective || !verb.pos().startsWith("VB") && !stateOfLightVerb;
    }

    private boolean isCue(Sentence s, Token t, List<QuoteSpan> quotes) {
        String lemma = t.lemma().toLowerCase();
        if (t.pos().startsWith("NN") && CRAFT.contains(lemma)) {
            return carriesPeople(s, t);
        }
        if (!cues.contains(lemma)) {
            return false;
        }
        boolean verb = t.pos().startsWith("VB");
        String cueClass = cues.get(lemma);
        if ("transport".equals(cueClass)) {
            return verb ? movesPeople(s, t) : t.pos().startsWith("NN") && !carriesGoodsOrOnePerson(s, t);
        }
        if ("movement".equals(cueClass)) {
            return verb && movesPeople(s, t) && hasDirection(s, t);
        }
        if ("out".equals(cueClass)) {
            return verb && movesPeople(s, t) && movesOut(s, t);
        }
        return switch (lemma) {
            // "safe passage" only; "the passage of a law" is no evacuation
            case "passage" -> t.index() > 1 && s.token(t.index() - 1).lemma().equalsIgnoreCase("safe");
            // people leaving a named place ("leave the city", "leave the eastern districts"); not a plane taking
            // off, nor a promise ("they will leave the country once ...")
            case "leave" -> s.dependentsOf(t.index()).stream()
                    .anyMatch(d -> d.relation().equals("obj") || d.relation().equals("ccomp"))
                    && !ExtractionContext.hasModal(s, t) && !isQuoted(t, quotes) && !craftLeaving(s, t);
            case "escort" -> s.dependentsOf(t.index()).stream().anyMatch(d -> d.relation().startsWith("obl:out"));
            default -> true;
        };
    }

    private static final Set<String> GOODS = Set.of("aid", "food", "supply", "supplies", "humanitarian", "relief",
            "fuel", "medicine", "cargo", "truck", "lorry", "weapon", "military", "troop");
    private static final Set<String> CRAFT = Set.of("plane", "aircraft", "jet", "flight", "helicopter", "ship",
            "boat", "vessel", "train", "ferry", "frigate", "warship", "airliner");
    /** "take in some of the families" is receiving them, "took over" is seizing; only moving them counts. */
    private static final Set<String> MOVING_PARTICLES = Set.of("out", "away", "off");

    /** "aid convoys", "a convoy of trucks carrying food", "the envoy's departure": no one is evacuated. */
    private static boolean carriesGoodsOrOnePerson(Sentence s, Token noun) {
        for (Dependency d : s.dependentsOf(noun.index())) {
            Token modifier = s.token(d.dependent());
            String rel = d.relation();
            boolean describes = rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:of")
                    || rel.equals("nmod:poss");
            if (describes && (GOODS.contains(modifier.lemma().toLowerCase()) || "PERSON".equals(modifier.ner()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CARRYING = Set.of("carry", "transport", "bring", "ferry");

    /** "a vessel carrying 349 nationals", "planes bringing the wounded": a ship or plane with people on board. */
    private boolean carriesPeople(Sentence s, Token craft) {
        return s.dependentsOf(craft.index()).stream()
                .filter(d -> d.relation().startsWith("acl") && CARRYING.contains(s.token(d.dependent()).lemma()))
                .anyMatch(d -> s.dependentsOf(d.dependent()).stream()
                        .anyMatch(o -> o.relation().equals("obj") && isPeople(s.token(o.dependent()))));
    }

    /** A movement verb that moves people: "civilians were bussed", "flew 500 residents", "Many were flown". */
    private boolean movesPeople(Sentence s, Token verb) {
        boolean otherParticle = s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> d.relation().equals("compound:prt")
                        && !MOVING_PARTICLES.contains(s.token(d.dependent()).lemma().toLowerCase()));
        return !otherParticle && s.dependentsOf(verb.index()).stream()
                .filter(d -> d.relation().equals("obj") || d.relation().startsWith("nsubj:pass"))
                .anyMatch(d -> isPeople(s.token(d.dependent())));
    }

    private boolean isPeople(Token noun) {
        // "Egyptians were driven to": a people by its demonym, which the tagger often leaves as MISC
        boolean nationals = noun.pos().equals("NNPS")
                && Gazetteer.standard().byDemonym(noun.word()).isPresent();
        return people.contains(noun.lemma()) || people.contains(noun.word()) || "NATIONALITY".equals(noun.ner())
                || nationals;
    }

    /**
     * "taken to B", "moved from A", "flown out": a movement verb says where; without it ("took 20 people hostage",
     * "fighters were moved") it tells no journey.
     */
    private static boolean hasDirection(Sentence s, Token verb) {
        return movesOut(s, verb) || s.dependentsOf(verb.index()).stream().map(Dependency::relation)
                .anyMatch(r -> r.equals("obl:to") || r.equals("obl:from") || r.equals("obl:into")
                        || r.equals("obl:towards") || r.equals("compound:prt"));
    }

    /** "carried 500 people out of the city", "were brought out": moving people out of somewhere. */
    private static boolean movesOut(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> d.relation().startsWith("obl:out") || d.relation().equals("compound:prt")
                        && s.token(d.dependent()).lemma().equalsIgnoreCase("out"));
    }

    private static boolean isQuoted(Token t, List<QuoteSpan> quotes) {
        return quotes.stream().anyMatch(q -> q.begin() <= t.begin() && t.end() <= q.end());
    }

    /** "the last transport plane had left the airport": an aircraft departing says nothing of who it carried. */
    private static boolean craftLeaving(Sentence s, Token leave) {
        return s.dependentsOf(leave.index()).stream()
                .anyMatch(d -> d.relation().equals("nsubj")
                        && CRAFT.contains(s.token(d.dependent()).lemma().toLowerCase()));
    }

    private List<String> origins(ExtractionContext context, Sentence s, Token cue) {
        List<String> origins = new ArrayList<>();
        for (Token head : clauseHeads(s, cue)) {
            List<String> moversOwn = moversOrigins(context, s, head);
            origins.addAll(moversOwn);
            for (Dependency d : s.dependentsOf(head.index())) {
                String rel = d.relation();
                boolean leftPlace = (rel.equals("obj") || rel.equals("ccomp"))
                        && head.lemma().equalsIgnoreCase("leave") && moversOwn.isEmpty();
                // "the evacuation of A": of a place, not of its people
                boolean evacuationOf = rel.equals("nmod:of") && head == cue && EVACUATION_NOUNS.contains(head.lemma());
                if (rel.equals("obl:from") || rel.equals("nmod:from") || rel.startsWith("obl:out") || leftPlace
                        || evacuationOf) {
                    origins.addAll(namedPlaces(context, s, d.dependent()));
                }
                // "docked in B after a two-day voyage from A"
                boolean journey = JOURNEYS.contains(s.token(d.dependent()).lemma().toLowerCase());
                if (journey && (rel.startsWith("obl:") || rel.startsWith("nmod:"))) {
                    s.dependentsOf(d.dependent()).stream().filter(j -> j.relation().equals("nmod:from"))
                            .forEach(j -> origins.addAll(namedPlaces(context, s, j.dependent())));
                }
            }
        }
        return origins.stream().distinct().toList();
    }

    /**
     * Where the movers come from, said of the movers themselves: "rebels and civilians from A are being taken to
     * B", "residents of A are being moved", "the convoy from A left B for C" (B is then only a stop on the way).
     */
    private List<String> moversOrigins(ExtractionContext context, Sentence s, Token verb) {
        if (!verb.pos().startsWith("VB")) {
            return List.of();
        }
        List<String> origins = new ArrayList<>();
        for (Dependency d : s.dependentsOf(verb.index())) {
            Token mover = s.token(d.dependent());
            boolean moved = d.relation().equals("obj") || d.relation().startsWith("nsubj:pass");
            boolean transport = d.relation().equals("nsubj") && "transport".equals(cues.get(mover.lemma()));
            if (!(moved && isPeople(mover) || transport)) {
                continue;
            }
            for (Dependency m : s.dependentsOf(mover.index())) {
                boolean ofPlace = m.relation().equals("nmod:of") && RESIDENTS.contains(mover.lemma().toLowerCase());
                if (m.relation().equals("nmod:from") || ofPlace) {
                    origins.addAll(namedPlaces(context, s, m.dependent()));
                }
            }
        }
        return origins;
    }

    private static final Set<String> JOURNEYS = Set.of("crossing", "voyage", "journey", "trip", "flight", "sailing");

    private static final Set<String> EVACUATION_NOUNS = Set.of("evacuation", "airlift");

    private static final Set<String> RESIDENTS = Set.of("resident", "inhabitant", "people", "civilian", "population");

    private List<String> destinations(ExtractionContext context, Sentence s, Token cue) {
        List<String> destinations = new ArrayList<>();
        List<Token> heads = new ArrayList<>(clauseHeads(s, cue));
        // "from A to B" is often parsed with B hanging off A; "Many were flown to A, and others to B" with the
        // elided clause as loose dependents of the verb
        for (Token head : clauseHeads(s, cue)) {
            s.dependentsOf(head.index()).stream()
                    .filter(d -> d.relation().equals("obl:from") || d.relation().equals("nmod:from"))
                    .forEach(d -> heads.add(s.token(d.dependent())));
        }
        heads.addAll(arrivalOfCarried(s, cue));
        for (Dependency loose : s.dependentsOf(cue.index())) {
            // "left the plant and reached B": the journey's next leg shares its movers
            String looseLemma = s.token(loose.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
            if (loose.relation().startsWith("conj") && ARRIVING.contains(looseLemma)) {
                heads.add(s.token(loose.dependent()));
            }
            if (loose.relation().equals("dep")) {
                heads.add(s.token(loose.dependent()));
                s.dependentsOf(loose.dependent()).stream().filter(d -> d.relation().equals("dep"))
                        .forEach(d -> heads.add(s.token(d.dependent())));
            }
        }
        for (Token head : heads) {
            String verb = head.lemma().toLowerCase(java.util.Locale.ROOT);
            for (Dependency d : s.dependentsOf(head.index())) {
                String rel = d.relation();
                boolean towards = rel.equals("obl:to") || rel.equals("nmod:to") || rel.equals("obl:towards")
                        || rel.equals("nmod:towards") || rel.equals("obl:into") || rel.equals("nmod:into");
                // "left A for B", "reached B", "arrived in B", "the ship docked in B"
                boolean reached = DEPARTING.contains(verb) && rel.equals("obl:for")
                        || verb.equals("reach") && rel.equals("obj")
                        || ARRIVING_IN.contains(verb) && (rel.equals("obl:in") || rel.equals("obl:at"));
                if (towards || reached) {
                    destinations.addAll(namedPlaces(context, s, d.dependent()));
                    List<String> around = placesAround(context, s, d.dependent());
                    destinations.addAll(around);
                    if (around.isEmpty() && isFacility(context, s, d.dependent())) {
                        destinations.addAll(siblingLocation(context, s, head));
                    }
                }
                // "evacuees bound for B"; a convoy bound for a besieged town is more often going to fetch people
                boolean boundPeople = isPeople(head) && (rel.startsWith("acl") || rel.equals("amod"))
                        && s.token(d.dependent()).word().equalsIgnoreCase("bound");
                if (boundPeople) {
                    s.dependentsOf(d.dependent()).stream().filter(b -> b.relation().equals("obl:for"))
                            .forEach(b -> destinations.addAll(namedPlaces(context, s, b.dependent())));
                }
            }
        }
        return destinations.stream().distinct().toList();
    }

    private static final Set<String> DEPARTING = Set.of("leave", "depart", "head");
    private static final Set<String> ARRIVING_IN = Set.of("arrive", "dock", "land");
    private static final Set<String> ARRIVING = Set.of("reach", "arrive", "drive", "travel", "continue", "proceed");

    /**
     * "to an air base in A", "to transit sites in A, B and C": a destination that is a facility, not a named place,
     * is told by where it lies.
     */
    private static List<String> placesAround(ExtractionContext context, Sentence s, int facility) {
        if (!isFacility(context, s, facility)) {
            return List.of();
        }
        List<String> places = new ArrayList<>();
        for (Dependency d : s.dependentsOf(facility)) {
            if (d.relation().equals("nmod:in")) {
                places.addAll(namedPlaces(context, s, d.dependent()));
            }
        }
        return places;
    }

    private static boolean isFacility(ExtractionContext context, Sentence s, int noun) {
        Token t = s.token(noun);
        return t.pos().startsWith("NN") && !t.properNoun() && context.entityAt(s.index(), noun).isEmpty();
    }

    /** "taken to shelters in A" is often parsed with "in A" on the verb rather than on the shelters. */
    private static List<String> siblingLocation(ExtractionContext context, Sentence s, Token verb) {
        List<String> places = new ArrayList<>();
        for (Dependency d : s.dependentsOf(verb.index())) {
            if (d.relation().equals("obl:in")) {
                places.addAll(namedPlaces(context, s, d.dependent()));
            }
        }
        return places;
    }

    /** The cue itself and, for a noun, the verb whose clause it sits in ("evacuation arrangements have bussed ..."). */
    private static List<Token> clauseHeads(Sentence s, Token cue) {
        List<Token> heads = new ArrayList<>();
        heads.add(cue);
        Token current = cue;
        for (int hop = 0; hop < 2; hop++) {
            Optional<Dependency> up = s.governorOf(current.index());
            if (up.isEmpty() || current.pos().startsWith("VB") && isOwnClause(up.get().relation())) {
                break;
            }
            current = s.token(up.get().governor());
            heads.add(current);
            if (current.pos().startsWith("VB")) {
                break;
            }
        }
        return heads;
    }

    /** "driven from A, while others will be flown home from B": B's clause tells its own journey, not A's. */
    private static boolean isOwnClause(String relation) {
        return relation.startsWith("advcl") || relation.startsWith("conj") || relation.equals("parataxis");
    }

    private static final Set<String> NOT_THE_PLACE_ITSELF = Set.of("nmod:in", "obl:in", "nmod:at", "obl:at",
            "nmod:near", "obl:near", "nmod:inside", "obl:inside", "nmod:for", "obl:for", "nmod:by", "obl:by",
            "nmod:to", "obl:to", "nmod:towards", "obl:towards", "nmod:into", "obl:into");

    /**
     * A place phrase's named places: its head and the places it is made of ("areas such as A and B", "the eastern
     * areas of C", "what remains of C"), but not where those lie ("two villages in northern D").
     */
    private static List<String> namedPlaces(ExtractionContext context, Sentence s, int head) {
        List<String> places = new ArrayList<>();
        java.util.Deque<int[]> todo = new java.util.ArrayDeque<>();
        Set<Integer> seen = new java.util.HashSet<>();
        todo.add(new int[]{head, 0});
        while (!todo.isEmpty()) {
            int[] next = todo.poll();
            if (!seen.add(next[0])) {
                continue;
            }
            Optional<String> place = placeAt(context, s, next[0]);
            if (place.isPresent()) {
                places.add(place.get());
            }
            if (next[1] >= 4) {
                continue;
            }
            boolean siteOfPlace = namesPlaceOf(context, s, next[0]);
            boolean placeNamedHere = place.isPresent() || siteOfPlace || hasPlaceCompound(context, s, next[0]);
            for (Dependency d : s.dependentsOf(next[0])) {
                boolean surroundings = siteOfPlace && SURROUNDINGS.contains(d.relation())
                        || placeNamedHere && d.relation().equals("nmod:poss");
                if (!NOT_THE_PLACE_ITSELF.contains(d.relation()) && !d.relation().equals("ref") && !surroundings) {
                    todo.add(new int[]{d.dependent(), next[1] + 1});
                }
            }
        }
        if (places.isEmpty()) {
            places.addAll(demonstrativeAntecedent(context, s, head));
        }
        if (places.isEmpty()) {
            definiteAntecedent(context, s, head).ifPresent(places::add);
        }
        return places.stream().distinct().toList();
    }

    /**
     * How a place phrase tells where its place lies: "the B suburb of A", "the C port of A"; and, whenever the phrase
     * names its place, a possessive ("Syria's A", "Syria's A region").
     */
    private static final Set<String> SURROUNDINGS = Set.of("nmod:poss", "compound", "amod");

    /** "the A region", "the A border crossing": a site noun that names its place before it. */
    private static boolean hasPlaceCompound(ExtractionContext context, Sentence s, int noun) {
        return !s.token(noun).properNoun() && s.dependentsOf(noun).stream()
                .anyMatch(d -> d.relation().equals("compound") && placeAt(context, s, d.dependent()).isPresent());
    }

    /** "the port of A", "the suburb of A": a site noun that the name after "of" names. */
    private static boolean namesPlaceOf(ExtractionContext context, Sentence s, int noun) {
        return !s.token(noun).properNoun() && s.dependentsOf(noun).stream()
                .anyMatch(d -> d.relation().equals("nmod:of") && placeAt(context, s, d.dependent()).isPresent());
    }

    private static final Set<String> DEMONSTRATIVES = Set.of("those", "these", "that", "this");

    /**
     * "... bound for A and B, villages besieged by rebels. [...] evacuate people from those villages": a place noun
     * with a demonstrative points back to the places a recent sentence described with the same noun.
     */
    private static List<String> demonstrativeAntecedent(ExtractionContext context, Sentence s, int head) {
        Token noun = s.token(head);
        boolean demonstrative = s.dependentsOf(head).stream()
                .anyMatch(d -> d.relation().startsWith("det")
                        && DEMONSTRATIVES.contains(s.token(d.dependent()).word().toLowerCase()));
        if (!demonstrative || !noun.pos().startsWith("NN")) {
            return List.of();
        }
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - 2); i--) {
            Sentence earlier = context.document().sentence(i);
            for (Dependency d : earlier.dependencies()) {
                Token described = earlier.token(d.dependent());
                if (d.relation().equals("appos") && described.lemma().equalsIgnoreCase(noun.lemma())) {
                    List<String> places = new ArrayList<>();
                    placeAt(context, earlier, d.governor()).ifPresent(places::add);
                    for (Dependency c : earlier.dependentsOf(d.governor())) {
                        if (c.relation().startsWith("conj")) {
                            placeAt(context, earlier, c.dependent()).ifPresent(places::add);
                        }
                    }
                    if (!places.isEmpty()) {
                        return places;
                    }
                }
            }
        }
        return List.of();
    }

    /** Words for one kind of site, any of which may take up another: "the X steel works ... the besieged plant". */
    private static final List<Set<String>> SITE_KINDS = List.of(
            Set.of("plant", "works", "steelworks", "factory", "mill", "refinery", "complex"),
            Set.of("town", "city"),
            Set.of("village", "hamlet"),
            Set.of("camp"),
            Set.of("airport", "airfield"),
            Set.of("hospital"));

    /**
     * "the X steel works in Y ... evacuation from the besieged plant": a definite site noun names the site last
     * mentioned by name with a word of the same kind ("the X plant", "X steel works"), in this sentence or the three
     * before it.
     */
    private static Optional<String> definiteAntecedent(ExtractionContext context, Sentence s, int head) {
        Token noun = s.token(head);
        boolean definite = s.dependentsOf(head).stream()
                .anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).word().equalsIgnoreCase("the"));
        Optional<Set<String>> kind = SITE_KINDS.stream().filter(k -> k.contains(noun.word().toLowerCase())).findFirst();
        if (!definite || kind.isEmpty()) {
            return Optional.empty();
        }
        for (int i = s.index(); i >= Math.max(0, s.index() - 3); i--) {
            Sentence earlier = context.document().sentence(i);
            int before = i == s.index() ? head - 1 : earlier.tokens().size();
            for (int t = before; t >= 1; t--) {
                if (!kind.get().contains(earlier.token(t).word().toLowerCase())) {
                    continue;
                }
                // the site's name just before its kind word: "the X plant", "X steel works"
                for (int n = t - 1; n >= Math.max(1, t - 2); n--) {
                    Optional<String> named = context.entityAt(i, n).filter(k -> context.kindOf(k).isPlace());
                    if (named.isPresent()) {
                        return named;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> placeAt(ExtractionContext context, Sentence s, int token) {
        Optional<String> known = context.entityAt(s.index(), token);
        if (known.isPresent()) {
            return known.filter(k -> context.kindOf(k).isPlace());
        }
        Token t = s.token(token);
        // a country whose name the tagger took for a nationality ("docked in Djibouti"), in a place slot: the country
        if (t.properNoun() && "NATIONALITY".equals(t.ner()) && context.gazetteer().byDemonym(t.word()).isEmpty()) {
            Optional<String> country = context.gazetteer().lookup(t.word())
                    .filter(Gazetteer.Entry::isCountry)
                    .map(c -> context.entity(EntityKind.COUNTRY, c.canonical(), t.word(), c.wikidata()));
            country.ifPresent(key -> context.markTokens(s.index(), token, token + 1, key));
            if (country.isPresent()) {
                return country;
            }
        }
        // a village too small for the NER model, in a place slot ("evacuated from the town of X"): a place
        if (t.properNoun() && "O".equals(t.ner())) {
            int start = token;
            while (start > 1 && s.token(start - 1).properNoun() && "O".equals(s.token(start - 1).ner())) {
                start--;
            }
            String name = s.span(start, token + 1);
            String key = context.entity(EntityKind.PLACE, name, name, null);
            context.markTokens(s.index(), start, token + 1, key);
            return Optional.of(key);
        }
        return Optional.empty();
    }

    private static String capitalised(String status) {
        return Character.toUpperCase(status.charAt(0)) + status.substring(1);
    }

    private record Cue(Sentence sentence, Token token, List<String> origins, List<String> destinations) {}

    private static final class Evacuation {
        final List<Cue> cues = new ArrayList<>();
        String key;
        boolean evacueesWritten;
    }
}
