package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
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

    private final EvacuationCues cueWords = new EvacuationCues();
    private final EvacuationRoutes routes = new EvacuationRoutes(cueWords);
    private final Lexicon statuses = Lexicon.named("evacuation-status");
    private final EvacuationStatus statusRules = new EvacuationStatus();
    private final EvacuationParticipants participantRules = new EvacuationParticipants();

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
        List<Cue> arrivals = new ArrayList<>();
        List<QuoteSpan> quotes = QuoteFinder.find(context.text());
        for (Sentence s : context.sentences()) {
            List<Cue> inSentence = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (cueWords.isCue(s, t, quotes)) {
                    boolean arrival = cueWords.arrivalOnly(s, t);
                    (arrival ? arrivals : inSentence).add(new Cue(s, t, arrival ? List.of() : routes.origins(context, s, t),
                            routes.destinations(context, s, t)));
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
        // buses and convoys alone, going nowhere named, are transport news rather than an evacuation; a voluntary or
        // mandatory order alone, in an article that names no evacuation, orders something else
        if (byOrigin.isEmpty() && withoutOrigin.stream().allMatch(this::isVehicleMention)
                || cuesBySentence.values().stream().flatMap(List::stream).allMatch(this::isOrderAlone)) {
            return;
        }
        if (byOrigin.isEmpty()) {
            evacueesHomeland(context, withoutOrigin, byOrigin);
        }
        if (byOrigin.isEmpty()) {
            EvacuationLeadOrigin.of(context, withoutOrigin).ifPresent(lead -> {
                withoutOrigin.removeIf(c -> c.token() == lead.token());
                byOrigin.computeIfAbsent(context.labelOf(lead.origins().get(0)), k -> new Evacuation()).cues.add(lead);
            });
        }
        if (byOrigin.isEmpty()) {
            arrivalOrigin(context, arrivals, byOrigin);
        }
        if (!byOrigin.isEmpty()) {
            withoutOrigin.addAll(arrivals);
        }
        joinRegionalToLocal(context, byOrigin);
        joinHeadlineToBody(context, byOrigin);
        List<Cue> statusOnly = operationStatusSentences(context, quotes);
        Evacuation main = byOrigin.values().stream()
                .max((a, b) -> Integer.compare(a.cues.size(), b.cues.size()))
                .orElseGet(() -> byOrigin.computeIfAbsent("", k -> new Evacuation()));
        main.cues.addAll(withoutOrigin);
        main.cues.addAll(statusOnly);
        for (Evacuation evacuation : byOrigin.values()) {
            write(context, evacuation, evacuation == main, cuesBySentence, quotes);
        }
    }

    /**
     * "Care home residents evacuated" over a report of the evacuation of one named home: a headline tells the report's
     * evacuation in fewer words, so an evacuation told only in the headline, over a body that tells one, is that one.
     */
    private static void joinHeadlineToBody(ExtractionContext context, Map<String, Evacuation> byOrigin) {
        // a first line that ends as a sentence ends is the body's first sentence, set apart, not a headline
        if (context.sentences().isEmpty() || !ResolutionExtractor.isHeadline(context, context.sentences().get(0))
                || context.sentences().get(0).tokens().stream().reduce((a, b) -> b)
                        .filter(last -> last.word().equals(".")).isPresent()) {
            return;
        }
        List<Evacuation> inBody = byOrigin.values().stream()
                .filter(e -> e.cues.stream().anyMatch(c -> c.sentence.index() > 0)).toList();
        if (inBody.size() != 1) {
            return;
        }
        byOrigin.entrySet().removeIf(e -> {
            if (e.getValue() == inBody.get(0)) {
                return false;
            }
            inBody.get(0).cues.addAll(e.getValue().cues);
            return true;
        });
    }

    /**
     * An article that names no place left, but tells "Ostrovian children evacuated to a clinic in Redvale": the
     * evacuation is from the evacuees' own country.
     */
    private static void evacueesHomeland(ExtractionContext context, List<Cue> withoutOrigin, Map<String, Evacuation> byOrigin) {
        for (Cue cue : withoutOrigin) {
            Optional<String> country = EvacuationSettings.evacueesCountry(context, cue.sentence, cue.token, cue.destinations);
            if (country.isPresent()) {
                withoutOrigin.remove(cue);
                byOrigin.computeIfAbsent(context.labelOf(country.get()), k -> new Evacuation()).cues
                        .add(new Cue(cue.sentence, cue.token, List.of(country.get()), cue.destinations));
                return;
            }
        }
    }

    /**
     * "800 people from A have arrived in B": in a report that tells no departure with a place, the people arriving
     * from a named place tell where the evacuation came from. (Beside a departure that names one, an arrival's "from"
     * is as often a stop on the way, so it is read only here.)
     */
    private void arrivalOrigin(ExtractionContext context, List<Cue> arrivals, Map<String, Evacuation> byOrigin) {
        for (Cue arrival : arrivals) {
            List<String> origins = routes.origins(context, arrival.sentence, arrival.token).stream()
                    .filter(o -> !arrival.destinations.contains(o)).toList();
            if (!origins.isEmpty()) {
                arrivals.remove(arrival);
                String key = String.join("|", origins.stream().map(context::labelOf).sorted().toList());
                byOrigin.computeIfAbsent(key, k -> new Evacuation()).cues
                        .add(new Cue(arrival.sentence, arrival.token, origins, arrival.destinations));
                return;
            }
        }
    }

    private static final Set<String> REGION_TYPES = Set.of("COUNTRY", "STATE_OR_PROVINCE");

    /**
     * "patients moved out of the war zone in eastern A" beside "40 patients from B and C": in an article that
     * tells one evacuation from towns or sites, one that names only a country or province is the same operation told
     * from further away, and joins it; beside several, it may be any of them, and stays apart.
     */
    private static void joinRegionalToLocal(ExtractionContext context, Map<String, Evacuation> byOrigin) {
        Map<String, Evacuation> regional = new LinkedHashMap<>();
        byOrigin.forEach((key, evacuation) -> {
            if (evacuation.cues.stream().allMatch(c -> c.origins.stream().allMatch(o -> isRegion(context, c, o)))) {
                regional.put(key, evacuation);
            }
        });
        List<Evacuation> local = byOrigin.entrySet().stream()
                .filter(e -> !regional.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        if (local.size() != 1) {
            return;
        }
        regional.forEach((key, evacuation) -> {
            local.get(0).cues.addAll(evacuation.cues);
            byOrigin.remove(key);
        });
    }

    private static boolean isRegion(ExtractionContext context, Cue cue, String place) {
        if (context.kindOf(place) == EntityKind.COUNTRY) {
            return true;
        }
        Sentence s = cue.sentence;
        return s.tokens().stream().anyMatch(t -> REGION_TYPES.contains(t.ner())
                && context.entityAt(s.index(), t.index()).filter(place::equals).isPresent());
    }

    private boolean isVehicleMention(Cue cue) {
        return cueWords.isVehicle(cue.token);
    }

    private boolean isOrderAlone(Cue cue) {
        return cue.token.lemma().equalsIgnoreCase("order");
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
                       Map<Integer, List<Cue>> cuesBySentence, List<QuoteSpan> quotes) {
        Set<String> origins = new LinkedHashSet<>();
        evacuation.cues.forEach(c -> origins.addAll(c.origins));
        String label = origins.isEmpty() ? "Evacuation" : "Evacuation from "
                + String.join(" and ", origins.stream().map(context::labelOf).toList());
        String key = context.event(EntityKind.EVACUATION, label);
        evacuation.key = key;
        if (main) {
            context.setAttribute(key, "main", "true");
        }
        EvacuationStatus.Status latest = null;
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
            participantRules.participants(context, cue, key, cuesBySentence.getOrDefault(cue.sentence.index(), List.of()));
            if (!evacuation.evacueesWritten) {
                evacuation.evacueesWritten = evacuees(context, cue, key);
            }
            // tense alone, or a speaker's words, tell the state of the operation an article is about, not of one it
            // mentions beside it;
            // that a government sent planes or arranged flights tells only that more is to come ("will arrange")
            // "In 2015 the town was evacuated for three weeks": a state dated before the report is history
            Optional<EvacuationStatus.Status> status = statusRules.status(cue, quotes)
                    .filter(t -> !EvacuationBackground.datedEarlier(context, cue.sentence(), cue.token()))
                    .filter(t -> main || !t.aspectOnly() && !t.quoted())
                    // a craft or people arriving tells where the evacuees went, not how far the operation has got
                    .filter(t -> !cueWords.arrivalOnly(cue.sentence(), cue.token()))
                    .filter(t -> !participantRules.isOperationVerb(cue.sentence(), cue.token())
                            || t.name().equals("planned"));
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
     * article's main evacuation; so does a sentence that says who arranges its flights or sends its ships.
     */
    private List<Cue> operationStatusSentences(ExtractionContext context, List<QuoteSpan> quotes) {
        List<Cue> found = new ArrayList<>();
        for (Sentence s : context.sentences()) {
            if (s.tokens().stream().anyMatch(t -> cueWords.isCue(s, t, quotes))) {
                continue;
            }
            // "the government will arrange charter flights": who runs the article's evacuation, and when
            participantRules.operationVerbs(s).forEach(v -> found.add(new Cue(s, v, List.of(), List.of())));
            for (Token t : s.tokens()) {
                if (statuses.get(t.lemma()) == null || !t.pos().startsWith("VB")) {
                    continue;
                }
                s.dependentsOf(t.index()).stream()
                        .filter(d -> (d.relation().startsWith("nsubj") || d.relation().equals("obj"))
                                && EvacuationStatus.isOperation(s, d.dependent()))
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

    /** The cue itself and, for a noun, the verb whose clause it sits in ("evacuation arrangements have bussed ..."). */
    static List<Token> clauseHeads(Sentence s, Token cue) {
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

    private static String capitalised(String status) {
        return Character.toUpperCase(status.charAt(0)) + status.substring(1);
    }

    record Cue(Sentence sentence, Token token, List<String> origins, List<String> destinations) {}

    private static final class Evacuation {
        final List<Cue> cues = new ArrayList<>();
        String key;
        boolean evacueesWritten;
    }
}
