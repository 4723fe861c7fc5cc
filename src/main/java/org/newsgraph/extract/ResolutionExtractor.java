package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolutions: every singular mention of a resolution or draft ("a French-drafted resolution", "a draft put forward by
 * France", "France's resolution", "the draft") within an article; the ways of naming a drafter are Semgrex rules in
 * {@code extract/rules/resolution-drafters.semgrex}. Mentions with the same drafter are one resolution;
 * mentions without a drafter join the article's only drafted resolution, or make one undrafted resolution. The
 * drafter, the deliberating body, the number and the places and evacuations the text is about come from the mention's
 * own phrase.
 */
public final class ResolutionExtractor implements Extractor {

    private static final Set<String> RESOLUTION_NOUNS = Set.of("resolution", "draft");
    private static final Pattern HYPHENATED_DRAFTER = Pattern.compile("(?i)^(.+)-(drafted|sponsored|penned|authored|proposed|written|led)$");
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("^\\d{3,4}$");
    private static final Set<String> NOT_THIS_ONE = Set.of("another", "other", "further", "previous", "earlier",
            "past", "last", "new", "rival", "separate", "alternative");
    private static final Set<String> PLACE_RELATIONS_EXCLUDED = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at",
            "obl:on", "obl:tmod");

    private final Lexicon outcomes = Lexicon.named("resolution-status");
    private final SemgrexRules drafterRules = SemgrexRules.named("/extract/rules/resolution-drafters.semgrex");

    @Override
    public String name() {
        return "resolution";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Set.of("ner", "depparse");
    }

    @Override
    public void extract(ExtractionContext context) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : context.sentences()) {
            for (Token t : s.tokens()) {
                if (isResolutionMention(s, t)) {
                    Mention m = new Mention(s, t, drafter(context, s, t), number(s, t));
                    // "another resolution", "the last six resolutions": some other text, unless it names its own
                    // drafter or number ("a rival draft put forward by X")
                    if (m.drafter.isPresent() || m.number.isPresent() || !refersElsewhere(s, t)) {
                        mentions.add(m);
                    }
                }
            }
        }
        // mentions whose drafters overlap are one text: "a draft by Egypt, Spain and Japan" and "the Spanish draft"
        Map<String, String> byIdentity = new LinkedHashMap<>();
        List<java.util.Set<String>> drafterSets = new ArrayList<>();
        List<String> drafted = new ArrayList<>();
        for (Mention m : mentions) {
            m.number.ifPresent(n -> byIdentity.computeIfAbsent("number:" + n, k -> numberedResolution(context, n)));
            if (m.drafter.isPresent() && m.number.isEmpty()) {
                java.util.Set<String> actors = new java.util.TreeSet<>(m.drafter.get().actors);
                int known = -1;
                for (int i = 0; i < drafterSets.size(); i++) {
                    if (!java.util.Collections.disjoint(drafterSets.get(i), actors)) {
                        known = i;
                    }
                }
                if (known < 0) {
                    drafterSets.add(actors);
                    drafted.add(context.event(EntityKind.RESOLUTION, "Resolution"));
                } else {
                    drafterSets.get(known).addAll(actors);
                }
            }
        }
        for (int i = 0; i < drafted.size(); i++) {
            String key = drafted.get(i);
            context.setLabel(key, "Resolution drafted by " + String.join(", ",
                    drafterSets.get(i).stream().map(context::labelOf).sorted().toList()));
            context.setAttribute(key, "drafter", String.join(" ", drafterSets.get(i)));
            byIdentity.put("drafted:" + i, key);
        }
        String undrafted = null;
        for (Mention m : mentions) {
            String resolution;
            if (m.number.isPresent()) {
                resolution = byIdentity.get("number:" + m.number.get());
            } else if (m.drafter.isPresent()) {
                String first = m.drafter.get().actors.get(0);
                int index = 0;
                while (!drafterSets.get(index).contains(first)) {
                    index++;
                }
                resolution = drafted.get(index);
            } else if (byIdentity.size() == 1) {
                resolution = byIdentity.values().iterator().next();
            } else if (byIdentity.isEmpty()) {
                if (undrafted == null) {
                    undrafted = context.event(EntityKind.RESOLUTION, "Resolution");
                }
                resolution = undrafted;
            } else {
                continue;
            }
            if (m.drafter.isPresent()) {
                for (String actor : m.drafter.get().actors) {
                    context.addFact(actor, "drafted", resolution,
                            context.evidence(m.sentence.index(), 0.9, "resolution/" + m.drafter.get().rule));
                }
            }
            context.markTokens(m.sentence.index(), m.token.index(), m.token.index() + 1, resolution);
            describe(context, m, resolution);
            outcome(context, m, resolution);
        }
    }

    private static String numberedResolution(ExtractionContext context, String number) {
        String key = context.event(EntityKind.RESOLUTION, "Resolution " + number);
        context.setAttribute(key, "number", number);
        context.addFact(key, "number", FactValue.Literal.string(number), null);
        return key;
    }

    /** "resolution 2328": a three- or four-digit number right after the noun. */
    private static Optional<String> number(Sentence s, Token head) {
        if (head.index() < s.tokens().size()) {
            Token next = s.token(head.index() + 1);
            if (RESOLUTION_NUMBER.matcher(next.word()).matches() && next.pos().equals("CD")) {
                return Optional.of(next.word());
            }
        }
        return Optional.empty();
    }

    private static boolean refersElsewhere(Sentence s, Token t) {
        return s.dependentsOf(t.index()).stream()
                .anyMatch(d -> NOT_THIS_ONE.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * What happened to the resolution: "the Council adopted resolution N", "the draft was vetoed", "a draft ... failed
     * to win enough votes". Only reported outcomes count: no modal, no condition, no negation.
     */
    private void outcome(ExtractionContext context, Mention m, String resolution) {
        Sentence s = m.sentence;
        Optional<Dependency> governor = s.governorOf(m.token.index());
        if (governor.isEmpty()) {
            return;
        }
        String relation = governor.get().relation();
        if (!relation.equals("obj") && !relation.startsWith("nsubj")) {
            return;
        }
        Token verb = s.token(governor.get().governor());
        String status = outcomes.get(verb.lemma());
        // "the resolution passed", "the draft failed": intransitive outcomes; otherwise the resolution must be acted on
        boolean active = relation.equals("nsubj") && !verb.lemma().matches("(?i)fail|pass");
        boolean reported = (verb.pos().equals("VBD") || verb.pos().equals("VBN") || verb.pos().equals("VBZ"))
                && !active && s.dependentsOf(verb.index()).stream().noneMatch(d ->
                (d.relation().startsWith("aux") && s.token(d.dependent()).pos().equals("MD"))
                        || (d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("if")))
                && !ExtractionContext.isNegated(s, verb.index());
        if (status != null && reported) {
            context.addFact(resolution, "status", new FactValue.Individual(capitalised(status)),
                    context.evidence(s.index(), 0.8, "resolution/status-" + status));
            // "the Security Council adopted resolution N": the body that acted is the one that considered it
            for (Dependency d : s.dependentsOf(verb.index())) {
                if (d.relation().equals("nsubj")) {
                    context.entityAt(s.index(), d.dependent())
                            .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION)
                            .ifPresent(body -> context.addFact(resolution, "consideredBy", body,
                                    context.evidence(s.index(), 0.8, "resolution/body-acted")));
                }
            }
        }
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private void describe(ExtractionContext context, Mention m, String resolution) {
        Sentence s = m.sentence;
        Set<Integer> phrase = ExtractionContext.subtree(s, m.token.index());
        for (int t : phrase) {
            Token token = s.token(t);
            Optional<String> entity = context.entityAt(s.index(), t);
            if (entity.isPresent() && context.kindOf(entity.get()) == EntityKind.ORGANIZATION
                    && t < m.token.index() && context.labelOf(entity.get()).toLowerCase(Locale.ROOT).contains("council")) {
                context.addFact(resolution, "consideredBy", entity.get(), context.evidence(s.index(), 0.8, "resolution/body"));
                context.setAttribute(resolution, "body", context.labelOf(entity.get()));
            }
            if (t != m.token.index() && entity.isPresent() && context.kindOf(entity.get()).isPlace()
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

    private static boolean isDrafterOrBody(ExtractionContext context, String resolution, String entity) {
        return context.attribute(resolution, "drafter").map(d -> List.of(d.split(" ")).contains(entity)).orElse(false)
                || context.kindOf(entity) == EntityKind.COUNTRY && context.factsWith("drafted").stream()
                .anyMatch(f -> f.subject().equals(entity));
    }

    /** A place the text is about, not where the vote happens ("voted on in New York"). */
    private static boolean aboutRelation(Sentence s, int token) {
        return s.governorOf(token).map(d -> !PLACE_RELATIONS_EXCLUDED.contains(d.relation())).orElse(true);
    }

    private static boolean isResolutionMention(Sentence s, Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean numberedName = t.pos().equals("NNP") && number(s, t).isPresent();
        if (!RESOLUTION_NOUNS.contains(lemma) || !(t.pos().equals("NN") || numberedName)) {
            return false;
        }
        // "draft resolution": the head noun carries the mention
        if (lemma.equals("draft") && s.governorOf(t.index())
                .filter(d -> d.relation().equals("compound") || d.relation().equals("amod"))
                .map(d -> s.token(d.governor()).lemma().equalsIgnoreCase("resolution")).orElse(false)) {
            return false;
        }
        return true;
    }

    private record Drafter(List<String> actors, String rule) {}

    private record Mention(Sentence sentence, Token token, Optional<Drafter> drafter, Optional<String> number) {}

    /**
     * The drafter named by a single hyphenated token ("French-drafted"), else by the first rule of
     * {@code resolution-drafters.semgrex} that matches this mention and names an actor.
     */
    private Optional<Drafter> drafter(ExtractionContext context, Sentence s, Token head) {
        for (Dependency d : s.dependentsOf(head.index())) {
            Matcher hyphenated = HYPHENATED_DRAFTER.matcher(s.token(d.dependent()).word());
            if (hyphenated.matches()) {
                Optional<String> actor = actorNamed(context, hyphenated.group(1));
                if (actor.isPresent()) {
                    return Optional.of(new Drafter(List.of(actor.get()), "hyphenated-drafter"));
                }
            }
        }
        // the first rule that names an actor wins, with every actor it names ("by Egypt, Spain and Japan")
        String rule = null;
        List<String> actors = new ArrayList<>();
        for (SemgrexRules.Match match : drafterRules.matches(s)) {
            if (match.node("resolution") != head.index() || (rule != null && !rule.equals(match.rule()))) {
                continue;
            }
            Optional<String> actor = drafterActor(context, s, match.node("drafter"));
            if (actor.isPresent()) {
                rule = match.rule();
                if (!actors.contains(actor.get())) {
                    actors.add(actor.get());
                }
            }
        }
        return rule == null ? Optional.empty() : Optional.of(new Drafter(List.copyOf(actors), rule));
    }

    /** A country, organisation or nationality word; a person stands for the actor the person represents. */
    private static Optional<String> drafterActor(ExtractionContext context, Sentence s, int token) {
        Optional<String> actor = QuoteExtractor.actorIn(context, s, token);
        if (actor.isPresent() && context.kindOf(actor.get()) == EntityKind.PERSON) {
            String person = actor.get();
            actor = context.factsWith("represents").stream().filter(f -> f.subject().equals(person))
                    .map(f -> ((FactValue.EntityRef) f.object()).key()).findFirst();
        }
        return actor.or(() -> context.countryByDemonym(s.token(token).word()));
    }

    private static Optional<String> actorNamed(ExtractionContext context, String word) {
        Optional<String> byDemonym = context.countryByDemonym(word);
        if (byDemonym.isPresent()) {
            return byDemonym;
        }
        return context.gazetteer().lookup(word)
                .map(e -> context.entity(e.kind() == org.newsgraph.resolve.Gazetteer.Kind.COUNTRY
                        ? EntityKind.COUNTRY : EntityKind.ORGANIZATION, e.canonical(), word, e.wikidata()));
    }
}
