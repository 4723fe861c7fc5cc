package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

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

    private static final Map<String, Integer> STATUS_STRENGTH = Map.of(
            "suspended", 5, "resumed", 4, "completed", 3, "ongoing", 2, "planned", 1);
    private static final Set<String> OPERATION_NOUNS = Set.of("agreement", "deal", "operation", "arrangement",
            "convoy", "evacuation", "evacuations", "bus", "buses");

    private final Lexicon cues = Lexicon.named("evacuation-cues");
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
        List<Cue> withoutOrigin = new ArrayList<>();
        for (Sentence s : context.sentences()) {
            for (Token t : s.tokens()) {
                if (!isCue(s, t)) {
                    continue;
                }
                Cue cue = new Cue(s, t, origins(context, s, t), destinations(context, s, t));
                if (cue.origins.isEmpty()) {
                    withoutOrigin.add(cue);
                } else {
                    String originKey = String.join("|", cue.origins.stream().map(context::labelOf).sorted().toList());
                    byOrigin.computeIfAbsent(originKey, k -> new Evacuation()).cues.add(cue);
                }
            }
        }
        if (byOrigin.isEmpty() && withoutOrigin.isEmpty()) {
            return;
        }
        List<Cue> statusOnly = operationStatusSentences(context);
        Evacuation main = byOrigin.values().stream()
                .max((a, b) -> Integer.compare(a.cues.size(), b.cues.size()))
                .orElseGet(() -> byOrigin.computeIfAbsent("", k -> new Evacuation()));
        main.cues.addAll(withoutOrigin);
        main.cues.addAll(statusOnly);
        for (Evacuation evacuation : byOrigin.values()) {
            write(context, evacuation, evacuation == main);
        }
    }

    private void write(ExtractionContext context, Evacuation evacuation, boolean main) {
        Set<String> origins = new LinkedHashSet<>();
        evacuation.cues.forEach(c -> origins.addAll(c.origins));
        String label = origins.isEmpty() ? "Evacuation" : "Evacuation from "
                + String.join(" and ", origins.stream().map(context::labelOf).toList());
        String key = context.event(EntityKind.EVACUATION, label);
        evacuation.key = key;
        if (main) {
            context.setAttribute(key, "main", "true");
        }
        String bestStatus = null;
        int bestStrength = Integer.MIN_VALUE;
        Evidence bestStatusEvidence = null;
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
            participants(context, cue, key);
            if (!evacuation.evacueesWritten) {
                evacuation.evacueesWritten = evacuees(context, cue, key);
            }
            Optional<Status> status = status(cue);
            if (status.isPresent() && status.get().strength() > bestStrength) {
                bestStatus = status.get().name();
                bestStrength = status.get().strength();
                bestStatusEvidence = context.evidence(cue.sentence.index(), 0.7, "evacuation/status-" + bestStatus);
            }
        }
        if (bestStatus != null) {
            context.addFact(key, "status", new FactValue.Individual(capitalised(bestStatus)), bestStatusEvidence);
        }
    }

    /**
     * "The most recent agreement has been halted": a status verb whose subject is the deal or operation, in a sentence
     * that names no evacuation itself, reports on the article's main evacuation.
     */
    private List<Cue> operationStatusSentences(ExtractionContext context) {
        List<Cue> found = new ArrayList<>();
        for (Sentence s : context.sentences()) {
            if (s.tokens().stream().anyMatch(t -> isCue(s, t))) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (statuses.get(t.lemma()) == null || !t.pos().startsWith("VB")) {
                    continue;
                }
                s.dependentsOf(t.index()).stream()
                        .filter(d -> d.relation().startsWith("nsubj")
                                && OPERATION_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase()))
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

    /** Facilitators and obstructers, by the rules in {@code extract/rules/evacuation-participants.semgrex}. */
    private void participants(ExtractionContext context, Cue cue, String evacuation) {
        Sentence s = cue.sentence;
        for (SemgrexRules.Match match : participantRules.matches(s)) {
            String predicate = match.rule().startsWith("facilitator") ? "facilitatedBy" : "obstructedBy";
            String verb = s.token(match.node("verb")).lemma().toLowerCase(java.util.Locale.ROOT);
            for (int t : ExtractionContext.subtree(s, match.node("actor"))) {
                context.actorAt(s.index(), t)
                        .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION)
                        .ifPresent(actor -> context.addFact(evacuation, predicate, actor,
                                context.evidence(s.index(), 0.7, "evacuation/" + match.rule() + "-" + verb)));
            }
        }
    }

    /**
     * A reported state and how much it says about the evacuation now: a change of state beats a plan, and anything
     * told in the past perfect ("had been halted on Monday") is background to what the article reports as current.
     */
    private record Status(String name, int strength) {}

    private Optional<Status> status(Cue cue) {
        Sentence s = cue.sentence;
        for (Token t : s.tokens()) {
            String status = statuses.get(t.lemma());
            if (status == null) {
                continue;
            }
            boolean aboutOperation = ExtractionContext.subtree(s, t.index()).contains(cue.token.index())
                    || s.dependentsOf(t.index()).stream()
                    .anyMatch(d -> d.relation().startsWith("nsubj")
                            && OPERATION_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase()));
            if (!aboutOperation) {
                continue;
            }
            String name = isHypothetical(s, t) ? "planned" : status;
            boolean background = s.dependentsOf(t.index()).stream()
                    .anyMatch(d -> d.relation().equals("aux") && s.token(d.dependent()).word().equalsIgnoreCase("had"));
            return Optional.of(new Status(name, STATUS_STRENGTH.get(name) - (background ? 10 : 0)));
        }
        return Optional.empty();
    }

    /** "could resume", "ready to resume", "hopeful that evacuations could resume": a prospect, not a change. */
    private static boolean isHypothetical(Sentence s, Token verb) {
        boolean modal = s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> d.relation().equals("aux") && s.token(d.dependent()).pos().equals("MD"));
        boolean underAdjective = s.governorOf(verb.index())
                .filter(d -> d.relation().equals("xcomp") || d.relation().equals("ccomp"))
                .map(d -> s.token(d.governor()).pos().startsWith("JJ"))
                .orElse(false);
        return modal || underAdjective || !verb.pos().startsWith("VB");
    }

    private boolean isCue(Sentence s, Token t) {
        String lemma = t.lemma().toLowerCase();
        if (!cues.contains(lemma)) {
            return false;
        }
        return switch (lemma) {
            // "safe passage" only; "the passage of a law" is no evacuation
            case "passage" -> t.index() > 1 && s.token(t.index() - 1).lemma().equalsIgnoreCase("safe");
            // people leaving a named place ("leave the city", "leave the eastern districts")
            case "leave" -> s.dependentsOf(t.index()).stream()
                    .anyMatch(d -> d.relation().equals("obj") || d.relation().equals("ccomp"));
            case "escort" -> s.dependentsOf(t.index()).stream().anyMatch(d -> d.relation().startsWith("obl:out"));
            case "bus", "convoy" -> false;
            default -> true;
        };
    }

    private static List<String> origins(ExtractionContext context, Sentence s, Token cue) {
        List<String> origins = new ArrayList<>();
        for (Token head : clauseHeads(s, cue)) {
            for (Dependency d : s.dependentsOf(head.index())) {
                String rel = d.relation();
                if (rel.equals("obl:from") || rel.equals("nmod:from") || rel.startsWith("obl:out")
                        || ((rel.equals("obj") || rel.equals("ccomp")) && head.lemma().equalsIgnoreCase("leave"))) {
                    origins.addAll(namedPlaces(context, s, d.dependent()));
                }
            }
        }
        return origins.stream().distinct().toList();
    }

    private static List<String> destinations(ExtractionContext context, Sentence s, Token cue) {
        List<String> destinations = new ArrayList<>();
        List<Token> heads = new ArrayList<>(clauseHeads(s, cue));
        // "from A to B" is often parsed with B hanging off A
        for (Token head : clauseHeads(s, cue)) {
            s.dependentsOf(head.index()).stream()
                    .filter(d -> d.relation().equals("obl:from") || d.relation().equals("nmod:from"))
                    .forEach(d -> heads.add(s.token(d.dependent())));
        }
        for (Token head : heads) {
            for (Dependency d : s.dependentsOf(head.index())) {
                String rel = d.relation();
                if (rel.equals("obl:to") || rel.equals("nmod:to") || rel.equals("obl:towards")
                        || rel.equals("obl:into")) {
                    destinations.addAll(namedPlaces(context, s, d.dependent()));
                }
            }
        }
        return destinations.stream().distinct().toList();
    }

    /** The cue itself and, for a noun, the verb whose clause it sits in ("evacuation arrangements have bussed ..."). */
    private static List<Token> clauseHeads(Sentence s, Token cue) {
        List<Token> heads = new ArrayList<>();
        heads.add(cue);
        Token current = cue;
        for (int hop = 0; hop < 2; hop++) {
            Optional<Dependency> up = s.governorOf(current.index());
            if (up.isEmpty()) {
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
            for (Dependency d : s.dependentsOf(next[0])) {
                if (!NOT_THE_PLACE_ITSELF.contains(d.relation()) && !d.relation().equals("ref")) {
                    todo.add(new int[]{d.dependent(), next[1] + 1});
                }
            }
        }
        if (places.isEmpty()) {
            places.addAll(demonstrativeAntecedent(context, s, head));
        }
        return places.stream().distinct().toList();
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

    private static Optional<String> placeAt(ExtractionContext context, Sentence s, int token) {
        Optional<String> known = context.entityAt(s.index(), token);
        if (known.isPresent()) {
            return known.filter(k -> context.kindOf(k).isPlace());
        }
        // a village too small for the NER model, in a place slot ("evacuated from the town of X"): a place
        Token t = s.token(token);
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
