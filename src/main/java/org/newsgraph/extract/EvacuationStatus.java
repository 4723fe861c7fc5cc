package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The state of an evacuation as a clause reports it: status words, tense and aspect, arrivals, the last ones leaving. */
final class EvacuationStatus {

    private final Lexicon speechVerbs = Lexicon.named("speech-verbs");
    private final Lexicon statuses = Lexicon.named("evacuation-status");
    private final SemgrexRules stateRules = SemgrexRules.named("/extract/rules/evacuation-status.semgrex");

    private static final Set<String> OPERATION_NOUNS = Set.of("agreement", "deal", "operation", "arrangement",
            "convoy", "evacuation", "evacuations", "bus", "buses", "airlift");
    private static final Set<String> STAGE_NOUNS = Set.of("stage", "phase", "round", "part", "start");
    /** Verbs that take a state noun: "bring to an end", "come to a halt". */
    private static final Set<String> LIGHT_VERBS = Set.of("bring", "come", "grind");

    /**
     * A reported state, where the article tells it: the state the report is news about, as a careful reader of its
     * lead would give it. Anything told in the past perfect ("had been halted on Monday", "having just finished")
     * is background to any state the article reports as current. A status word says more than tense: "continued"
     * less than a halt or a resumption, and among changes the article's latest stands, except that a completed
     * evacuation stays completed (what an article tells after saying it ended is its history). Tense alone, and a
     * plan, which is no change of state either, say what the news is only where the article says it first: its lead
     * ("thousands were being evacuated ... the government planned to ferry some to B" is under way, "A plans to
     * evacuate 400 ... buses are taking them" a plan). An order in force is under way, advice to leave still ahead.
     */
    record Status(String name, boolean background, boolean inferred, int sentence, boolean aspectOnly,
                  boolean quoted) {

        Status(String name, boolean background, boolean inferred, int sentence) {
            this(name, background, inferred, sentence, false, false);
        }

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

        /** A state told only by tense and aspect says less than any status word or arrival. */
        static Status ofAspect(String name, Sentence sentence) {
            return new Status(name, false, true, sentence.index(), true, false);
        }

        /** A state told only by a past perfect: what was over before the news, weaker than any current state. */
        static Status ofBackground(String name, Sentence sentence) {
            return new Status(name, true, true, sentence.index(), true, false);
        }

        /** The same state, marked as told inside a direct quote (or not). */
        Status inQuote(boolean inQuote) {
            return new Status(name, background, inferred, sentence, aspectOnly, inQuote);
        }

        boolean supersedes(Status other) {
            if (background != other.background) {
                return !background;
            }
            // between states told only by tense, the article's first, its lead, tells the current one; so between such
            // a state and a plan, which is no change of state either
            if (aspectOnly && other.aspectOnly || EvacuationStatusClues.leadDecides(this, other)) {
                return sentence != other.sentence ? sentence < other.sentence : !aspectOnly;
            }
            if (aspectOnly || other.aspectOnly) {
                return other.aspectOnly;
            }
            if (weight() != other.weight()) {
                return weight() > other.weight();
            }
            return sentence >= other.sentence;
        }
    }

    /** The state a cue's sentence tells, marked when the words that tell it stand inside a direct quote. */
    Optional<Status> status(EvacuationExtractor.Cue cue, List<QuoteSpan> quotes) {
        boolean cueQuoted = EvacuationCues.isQuoted(cue.token(), quotes);
        return status(cue, t -> cueQuoted || EvacuationCues.isQuoted(t, quotes));
    }

    private Optional<Status> status(EvacuationExtractor.Cue cue, java.util.function.Predicate<Token> quoted) {
        Sentence s = cue.sentence();
        boolean cueQuoted = quoted.test(cue.token());
        if (lastOnesLeft(s, cue.token())) {
            return Optional.of(new Status("completed", false, false, s.index()).inQuote(cueQuoted));
        }
        Optional<SemgrexRules.Match> construction = stateRules.matches(s).stream()
                .filter(m -> m.node("operation") == cue.token().index()).findFirst();
        if (construction.isPresent()) {
            return Optional.of(new Status(construction.get().label(), false, false, s.index()).inQuote(cueQuoted));
        }
        // "the evacuation, which began last week, was completed on Monday", "halted on Monday, resumed the next day":
        // of the states a sentence tells of the operation, the strongest and then the latest stands
        Status told = null;
        for (Token t : s.tokens()) {
            String status = statuses.get(t.lemma());
            if (status == null) {
                continue;
            }
            // "the airlift has yet to begin": the operation is the subject of the verb that takes the status verb
            Optional<Token> taking = s.governorOf(t.index())
                    .filter(d -> d.relation().equals("ccomp") || d.relation().equals("xcomp"))
                    .map(d -> s.token(d.governor()));
            boolean aboutOperation = withinClause(s, t, cue.token())
                    && !EvacuationStatusClues.ofOtherActivity(s, t, cue.token())
                    || s.dependentsOf(t.index()).stream()
                    .anyMatch(d -> d.relation().startsWith("nsubj") && isOperation(s, d.dependent()))
                    || taking.isPresent() && s.dependentsOf(taking.get().index()).stream()
                    .anyMatch(d -> d.relation().startsWith("nsubj") && isOperation(s, d.dependent()))
                    || endsOperation(s, t) || sharesOperation(s, t);
            if (!aboutOperation || delayedBriefly(s, t)) {
                continue;
            }
            // "delays with a similar evacuation", "the start of the evacuation": a status noun that no verb tells as
            // having come about says nothing of the state; only a noun that names a plan tells one
            if (!t.pos().startsWith("VB") && !status.equals("planned") && !endsOperation(s, t) && !imposedState(s, t)) {
                continue;
            }
            boolean notYet = taking.map(v -> hasYet(s, v)).orElse(false) || hasYet(s, t);
            // "will continue to evacuate", "evacuations must continue": only what is under way can continue, so a
            // modal on it tells the future of an operation already going, not a plan
            boolean goesOn = CONTINUING.contains(t.lemma().toLowerCase()) && t.pos().startsWith("VB")
                    && !ExtractionContext.isNegated(s, t.index());
            String name = (isHypothetical(s, t) || notYet) && !goesOn ? "planned" : status;
            // "plans more evacuations from A": more of an operation is planned only once it has begun
            if (name.equals("planned") && isMoreOf(s, cue.token())
                    || name.equals("completed") && EvacuationStatusClues.earlyStageEnded(s, t)) {
                name = "ongoing";
            }
            boolean pastPerfect = s.dependentsOf(t.index()).stream()
                    .anyMatch(d -> d.relation().equals("aux") && s.token(d.dependent()).word().matches("(?i)had|having"));
            Status candidate = new Status(name, pastPerfect && !isReported(s, t), false, s.index())
                    .inQuote(quoted.test(t));
            if (told == null || candidate.supersedes(told)) {
                told = candidate;
            }
        }
        if (told != null) {
            return Optional.of(told);
        }
        if (EvacuationStatusClues.describedOngoing(s, cue.token())) {
            return Optional.of(new Status("ongoing", false, false, s.index()).inQuote(cueQuoted));
        }
        if (EvacuationStatusClues.arrivedToEvacuate(s, cue.token())) {
            return Optional.of(Status.ofAspect("planned", s).inQuote(cueQuoted));
        }
        if (arrived(s, cue.token())) {
            // "the first flight landed in B": one stage has ended, the operation goes on
            return Optional.of(new Status(isFirstOfSeries(s, cue.token()) ? "ongoing" : "completed", false, true,
                    s.index()).inQuote(cueQuoted));
        }
        if (EvacuationStatusClues.moreAhead(s, cue.token()) || EvacuationStatusClues.forAnotherDay(s, cue.token())) {
            return Optional.of(new Status("ongoing", false, true, s.index()).inQuote(cueQuoted));
        }
        Optional<String> aspect = cue.token().pos().startsWith("NN") ? EvacuationAspect.nounAspect(s, cue.token())
                : EvacuationAspect.aspect(s, cue.token());
        if (aspect.isEmpty() && cue.token().pos().startsWith("VB") && EvacuationAspect.pastPerfect(s, cue.token())) {
            // "residents had been evacuated before the storm hit": done before the news, so background to any state
            // the article tells as current
            return Optional.of(Status.ofBackground("completed", s).inQuote(cueQuoted));
        }
        return aspect.map(name -> Status.ofAspect(name, s).inQuote(cueQuoted));
    }

    /**
     * "The evacuation, halted on Monday, resumed the next day": a status verb with no subject of its own, joined to
     * one whose subject is the operation, tells the same operation's state.
     */
    private boolean sharesOperation(Sentence s, Token statusWord) {
        if (!statusWord.pos().startsWith("VB") || s.dependentsOf(statusWord.index()).stream()
                .anyMatch(d -> d.relation().startsWith("nsubj"))) {
            return false;
        }
        return s.governorOf(statusWord.index())
                .filter(d -> d.relation().equals("dep") || d.relation().startsWith("conj"))
                .map(d -> s.token(d.governor()))
                .filter(g -> statuses.get(g.lemma()) != null)
                .map(g -> s.dependentsOf(g.index()).stream()
                        .anyMatch(d -> d.relation().startsWith("nsubj") && isOperation(s, d.dependent())))
                .orElse(false);
    }

    private static final Set<String> BRIEF_SPANS = Set.of("hour", "minute");

    private static final Set<String> BRIEF_HALTS = Set.of("delay", "halt", "suspend", "stop", "pause", "interrupt");

    /**
     * "The departure was delayed by several hours", "the evacuation was halted for several hours": what went late went
     * all the same, and what stopped for some hours went on; neither tells a suspended operation.
     */
    static boolean delayedBriefly(Sentence s, Token statusWord) {
        return BRIEF_HALTS.contains(statusWord.lemma().toLowerCase()) && s.dependentsOf(statusWord.index()).stream()
                .anyMatch(d -> d.relation().startsWith("obl") && BRIEF_SPANS.contains(s.token(d.dependent()).lemma()));
    }

    /** Relations that open a clause of its own: what is said there is not said of the word above. */
    private static final Set<String> OTHER_CLAUSE = Set.of("advcl", "conj", "parataxis", "csubj", "dep", "list");

    /**
     * "Evacuations were halted", "shelling halted the convoy carrying evacuees": the cue is the status word's own
     * argument, or inside one; not "the departure was delayed as the wounded were brought for evacuation" nor a
     * misparse that hangs the whole sentence under "completed", where the status word tells of something else.
     */
    static boolean withinClause(Sentence s, Token statusWord, Token cue) {
        int current = cue.index();
        String last = "";
        for (int hop = 0; hop < 12 && current != statusWord.index(); hop++) {
            Optional<Dependency> up = s.governorOf(current);
            if (up.isEmpty()) {
                return false;
            }
            last = up.get().relation();
            if (OTHER_CLAUSE.stream().anyMatch(last::startsWith) || last.equals("acl:relcl")) {
                return false;
            }
            current = up.get().governor();
        }
        // "the pier began to be bombarded upon the departure": a status verb with a subject of its own tells that
        // subject's state; the evacuation in an adjunct only dates it
        boolean adjunct = last.startsWith("obl") || last.startsWith("advmod");
        boolean ownSubject = s.dependentsOf(statusWord.index()).stream()
                .anyMatch(d -> d.relation().startsWith("nsubj") && !isOperation(s, d.dependent()));
        return current == statusWord.index() && !(adjunct && ownSubject);
    }

    private static final Set<String> CONTINUING = Set.of("continue", "keep");

    /** "has yet to begin", "is yet to start": what has not happened yet is still a plan. */
    static boolean hasYet(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> s.token(d.dependent()).word().equalsIgnoreCase("yet"));
    }

    /**
     * "The ship docked in B", "evacuees reached B": those moved have arrived. That says less than any status word the
     * article uses, since the first to arrive may not be the last.
     */
    static boolean arrived(Sentence s, Token cue) {
        List<Token> arrivals = new ArrayList<>(EvacuationExtractor.clauseHeads(s, cue).stream().filter(EvacuationStatus::isArrival)
                .toList());
        arrivals.addAll(arrivalOfCarried(s, cue));
        // "reached out to the evacuees" makes contact, it arrives nowhere
        arrivals.removeIf(v -> ExtractionContext.dependent(s, v.index(), "compound:prt").isPresent());
        return !arrivals.isEmpty() && arrivals.stream()
                .allMatch(v -> v.pos().startsWith("VB") && !v.pos().equals("VBG") && !ExtractionContext.hasModal(s, v)
                        && !ExtractionContext.isNegated(s, v.index()));
    }

    /**
     * "A ferry carrying 700 migrants docked in B" is parsed with "docked" describing the migrants: the arrival of those
     * a ship or plane carries is its own.
     */
    static List<Token> arrivalOfCarried(Sentence s, Token craft) {
        if (!craft.pos().startsWith("NN") || !EvacuationCues.CRAFT.contains(craft.lemma().toLowerCase())) {
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
                        .filter(EvacuationStatus::isArrival)
                        .forEach(arrivals::add);
            }
        }
        return arrivals;
    }

    private static final Set<String> FIRST_ONES = Set.of("first", "second", "third", "fourth", "fifth", "initial");
    private static final Set<String> MORE = Set.of("more", "further");
    private static final Set<String> WHOLE_OPERATIONS = Set.of("evacuation", "operation", "airlift", "sealift",
            "rescue", "mission");

    /**
     * "The first evacuation flight", "the second convoy", "the first ferry carrying evacuees": one stage of a series,
     * told by an ordinal on the cue, on a noun above it, or on the subject of its arrival.
     */
    static boolean isFirstOfSeries(Sentence s, Token cue) {
        List<Token> nouns = new ArrayList<>();
        Optional<Token> up = Optional.of(cue);
        while (up.isPresent() && nouns.size() < 8) {
            nouns.add(up.get());
            up = s.governorOf(up.get().index()).filter(d -> !d.relation().equals("root")).map(d -> s.token(d.governor()));
        }
        for (Token head : EvacuationExtractor.clauseHeads(s, cue)) {
            s.dependentsOf(head.index()).stream().filter(d -> d.relation().startsWith("nsubj"))
                    .forEach(d -> nouns.add(s.token(d.dependent())));
        }
        // "the first successful evacuation": an evacuation first of several is whole in itself, not a stage of one
        return nouns.stream().filter(n -> n.pos().startsWith("NN") && !WHOLE_OPERATIONS.contains(n.lemma().toLowerCase()))
                .flatMap(n -> s.dependentsOf(n.index()).stream())
                .anyMatch(d -> (d.relation().equals("amod") || d.relation().equals("nummod"))
                        && FIRST_ONES.contains(s.token(d.dependent()).lemma().toLowerCase()));
    }

    /** "more evacuations", "further evacuations": more of an operation already begun. */
    static boolean isMoreOf(Sentence s, Token cue) {
        return cue.pos().startsWith("NN") && s.dependentsOf(cue.index()).stream()
                .anyMatch(d -> (d.relation().equals("amod") || d.relation().equals("det"))
                        && MORE.contains(s.token(d.dependent()).lemma().toLowerCase()));
    }

    static boolean isArrival(Token verb) {
        return EvacuationRoutes.ARRIVING_IN.contains(verb.lemma()) || verb.lemma().equals("reach");
    }

    private static final Set<String> LAST_ONES = Set.of("last", "final");

    /**
     * "The last fighters and civilians left the town", "the final group of evacuees was bussed out": the departure of
     * the last ones ends the evacuation.
     */
    static boolean lastOnesLeft(Sentence s, Token cue) {
        if (!cue.pos().equals("VBD") && !cue.pos().equals("VBN") || ExtractionContext.hasModal(s, cue)) {
            return false;
        }
        return s.dependentsOf(cue.index()).stream()
                .filter(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))
                .flatMap(d -> s.dependentsOf(d.dependent()).stream())
                .anyMatch(m -> m.relation().equals("amod") && LAST_ONES.contains(s.token(m.dependent()).lemma()));
    }

    /** "X said the first stage had been completed": reported speech shifts the present into the past perfect. */
    boolean isReported(Sentence s, Token verb) {
        return s.governorOf(verb.index())
                .filter(d -> d.relation().equals("ccomp"))
                .map(d -> speechVerbs.contains(s.token(d.governor()).lemma()))
                .orElse(false);
    }

    /** "the operation", "the evacuation", or a stage of one ("the first stage of the operation"). */
    static boolean isOperation(Sentence s, int noun) {
        if (EvacuationStatusClues.isBusinessOperations(s, noun)) {
            return false;
        }
        if (OPERATION_NOUNS.contains(s.token(noun).lemma().toLowerCase())) {
            return true;
        }
        return STAGE_NOUNS.contains(s.token(noun).lemma().toLowerCase()) && s.dependentsOf(noun).stream()
                .anyMatch(d -> d.relation().equals("nmod:of") && isOperation(s, d.dependent()));
    }

    /** "bringing to an end a rescue operation", "the airlift came to an end": the state noun of a light verb. */
    static boolean endsOperation(Sentence s, Token statusNoun) {
        Optional<Dependency> light = s.governorOf(statusNoun.index())
                .filter(d -> d.relation().equals("obl:to") && LIGHT_VERBS.contains(s.token(d.governor()).lemma()));
        return light.isPresent() && s.dependentsOf(light.get().governor()).stream()
                .anyMatch(d -> (d.relation().equals("obj") || d.relation().startsWith("nsubj"))
                        && isOperation(s, d.dependent()));
    }

    /** "could resume", "ready to resume", "hopeful that evacuations could resume": a prospect, not a change. */
    static boolean isHypothetical(Sentence s, Token verb) {
        boolean modal = ExtractionContext.hasModal(s, verb);
        boolean underAdjective = s.governorOf(verb.index())
                .filter(d -> d.relation().equals("xcomp") || d.relation().equals("ccomp"))
                .map(d -> s.token(d.governor()).pos().startsWith("JJ"))
                .orElse(false);
        boolean stateOfLightVerb = s.governorOf(verb.index())
                .filter(d -> d.relation().equals("obl:to") && LIGHT_VERBS.contains(s.token(d.governor()).lemma()))
                .isPresent();
        return modal || underAdjective || !verb.pos().startsWith("VB") && !stateOfLightVerb && !imposedState(s, verb);
    }

    /** Verbs that impose a state named by a noun: "shelling forced a halt to the evacuation", "ordered a pause". */
    private static final Set<String> IMPOSING = Set.of("force", "prompt", "cause", "trigger", "order", "announce",
            "impose", "declare");

    /** "forced a halt to the evacuation": the state a cause or an order imposed has come about, unless still ahead. */
    private static boolean imposedState(Sentence s, Token noun) {
        return s.governorOf(noun.index())
                .filter(d -> d.relation().equals("obj") && IMPOSING.contains(s.token(d.governor()).lemma().toLowerCase()))
                .filter(d -> !ExtractionContext.hasModal(s, s.token(d.governor())))
                .isPresent();
    }

}
