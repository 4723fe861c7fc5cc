package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Optional;
import java.util.Set;

/**
 * Constructions that tell the state of an evacuation otherwise than its status word would alone: a stage ended is
 * no operation ended, a craft that arrives to evacuate has not evacuated yet, an "ongoing evacuation" says so, and an
 * airport's "operations" are its own business.
 */
final class EvacuationStatusClues {

    private EvacuationStatusClues() {
    }

    private static final Set<String> STAGES = Set.of("stage", "phase", "round", "part", "leg", "wave");
    private static final Set<String> EARLY = Set.of("first", "second", "third", "fourth", "initial", "opening");

    /**
     * "Paratroops completed the first phase of the airlift": the end of an early stage, the status word's object or
     * subject, tells an operation that goes on; only the last stage ends it.
     */
    static boolean earlyStageEnded(Sentence s, Token statusWord) {
        return s.dependentsOf(statusWord.index()).stream()
                .filter(d -> d.relation().equals("obj") || d.relation().startsWith("nsubj"))
                .map(d -> s.token(d.dependent()))
                .filter(n -> STAGES.contains(n.lemma().toLowerCase()))
                .anyMatch(n -> s.dependentsOf(n.index()).stream()
                        .anyMatch(m -> (m.relation().equals("amod") || m.relation().equals("nummod"))
                                && EARLY.contains(s.token(m.dependent()).lemma().toLowerCase())));
    }

    /**
     * "The airport has resumed operations", "airports resuming operations": bare plural operations, with no article
     * and nothing naming their kind, are the work of whoever runs them, not an evacuation ("the rescue operation",
     * "evacuation operations" are).
     */
    static boolean isBusinessOperations(Sentence s, int noun) {
        Token t = s.token(noun);
        return t.word().equalsIgnoreCase("operations") && s.dependentsOf(noun).stream()
                .noneMatch(d -> d.relation().startsWith("det") || d.relation().equals("compound")
                        || d.relation().equals("amod") || d.relation().startsWith("nmod"));
    }

    /**
     * "A naval ship has docked off A to evacuate 4,000 people": a craft that arrives in order to evacuate has come for
     * those it will take; their evacuation is still ahead, whatever the arrival's tense.
     */
    static boolean arrivedToEvacuate(Sentence s, Token cue) {
        if (!cue.pos().equals("VB") || s.dependentsOf(cue.index()).stream()
                .noneMatch(d -> d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("to"))) {
            return false;
        }
        Optional<Dependency> up = s.governorOf(cue.index())
                .filter(d -> d.relation().startsWith("advcl") || d.relation().equals("xcomp"));
        return up.map(d -> s.token(d.governor()))
                .filter(v -> EvacuationStatus.isArrival(v) && !ExtractionContext.hasModal(s, v))
                .isPresent();
    }

    private static final Set<String> GOING_ON = Set.of("ongoing", "continuing");

    /** "The ongoing evacuation of 70,000 people": an adjective that tells the operation under way. */
    static boolean describedOngoing(Sentence s, Token cue) {
        return cue.pos().startsWith("NN") && s.dependentsOf(cue.index()).stream()
                .anyMatch(d -> d.relation().equals("amod")
                        && GOING_ON.contains(s.token(d.dependent()).word().toLowerCase()));
    }

    /**
     * "The boats would be returning on Sunday to rescue more", "is sending ships to evacuate more": more people still
     * to be moved tell an operation that has moved some and goes on.
     */
    static boolean moreAhead(Sentence s, Token cue) {
        // "has evacuated more than 3,000": a number told, nothing ahead
        // "decided to evacuate more areas" tells a step taken; "would be returning to rescue more" one ahead
        Optional<Token> going = s.governorOf(cue.index())
                .filter(d -> d.relation().equals("xcomp") || d.relation().startsWith("advcl"))
                .map(d -> s.token(d.governor()));
        boolean ahead = ExtractionContext.hasModal(s, cue) || going
                .filter(g -> ExtractionContext.hasModal(s, g) || g.pos().equals("VBG") || g.pos().equals("VBZ")
                        || g.pos().equals("VBP"))
                .isPresent();
        return ahead && cue.pos().startsWith("VB") && s.dependentsOf(cue.index()).stream()
                .filter(d -> d.relation().equals("obj"))
                .filter(d -> s.dependentsOf(d.dependent()).stream().noneMatch(m -> m.relation().startsWith("nummod")
                        || s.token(m.dependent()).word().equalsIgnoreCase("than")))
                .map(d -> s.token(d.dependent()))
                .anyMatch(o -> o.lemma().equalsIgnoreCase("more") || s.dependentsOf(o.index()).stream()
                        .anyMatch(m -> m.relation().equals("amod")
                                && s.token(m.dependent()).lemma().equalsIgnoreCase("more")));
    }

    /**
     * A plan is no change of state: between a plan told by a status word and a state told by tense, the article's
     * earlier sentence, its lead, tells what the report is news about ("the flight of workers from A accelerated ...
     * the Philippines planned to ferry some to B" is under way; "A plans to evacuate 400 ... 300 were flown out" is a
     * plan).
     */
    static boolean leadDecides(EvacuationStatus.Status one, EvacuationStatus.Status other) {
        return one.aspectOnly() != other.aspectOnly()
                && (one.aspectOnly() ? other : one).name().equals("planned");
    }

    /**
     * "The departures board stopped announcing flight times": a status verb that takes another activity tells of
     * that activity, unless the evacuation is that activity or its object ("began to organise the evacuation").
     */
    static boolean ofOtherActivity(Sentence s, Token statusWord, Token cue) {
        // "the departures board stopped", "the evacuation centre closed": a cue that only names the kind of another
        // thing tells nothing of the state of that thing
        Optional<Token> named = s.governorOf(cue.index()).filter(d -> d.relation().equals("compound"))
                .map(d -> s.token(d.governor()));
        if (named.filter(n -> !EvacuationStatus.isOperation(s, n.index())
                && !EvacuationCues.CRAFT.contains(n.lemma().toLowerCase())
                && !WORK.contains(n.lemma().toLowerCase())).isPresent()) {
            return true;
        }
        int below = -1;
        int current = cue.index();
        for (int hop = 0; hop < 12 && current != statusWord.index(); hop++) {
            Optional<Dependency> up = s.governorOf(current);
            if (up.isEmpty()) {
                return false;
            }
            if (up.get().relation().equals("xcomp") && current != cue.index() && below != cue.index()) {
                return up.get().governor() == statusWord.index();
            }
            below = current;
            current = up.get().governor();
        }
        return false;
    }

    private static final Set<String> WORK = Set.of("effort", "process", "mission", "drive", "programme", "program",
            "plan", "scheme", "work", "route");

    private static final Set<String> DAYS = Set.of("day", "night", "week");
    private static final Set<String> AGAIN = Set.of("second", "third", "fourth", "fifth", "sixth", "consecutive",
            "straight", "successive");

    /**
     * "Crews, working for the third day, rescued thousands", "evacuated residents for a second straight day": work
     * told day after day is an operation going on, whatever the tense of the day's moves.
     */
    static boolean forAnotherDay(Sentence s, Token cue) {
        if (!cue.pos().startsWith("VB")) {
            return false;
        }
        java.util.List<Token> verbs = new java.util.ArrayList<>(java.util.List.of(cue));
        s.dependentsOf(cue.index()).stream().filter(d -> d.relation().startsWith("nsubj"))
                .flatMap(d -> s.dependentsOf(d.dependent()).stream())
                .filter(d -> d.relation().equals("acl")).forEach(d -> verbs.add(s.token(d.dependent())));
        return verbs.stream().flatMap(v -> s.dependentsOf(v.index()).stream())
                .filter(d -> d.relation().equals("obl:for")
                        && DAYS.contains(s.token(d.dependent()).lemma().toLowerCase()))
                .anyMatch(d -> s.dependentsOf(d.dependent()).stream().anyMatch(m -> m.relation().equals("amod")
                        && AGAIN.contains(s.token(m.dependent()).lemma().toLowerCase())));
    }
}
