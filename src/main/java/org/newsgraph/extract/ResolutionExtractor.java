package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
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
 * France", "France's resolution", "the draft") within an article. Mentions with the same drafter are one resolution;
 * mentions without a drafter join the article's only drafted resolution, or make one undrafted resolution. The
 * drafter, the deliberating body, the number and the places and evacuations the text is about come from the mention's
 * own phrase.
 */
public final class ResolutionExtractor implements Extractor {

    private static final Set<String> RESOLUTION_NOUNS = Set.of("resolution", "draft");
    private static final Set<String> DRAFTING_VERBS = Set.of("draft", "pen", "author", "sponsor", "table", "circulate",
            "propose", "submit", "write", "put", "present");
    private static final Pattern HYPHENATED_DRAFTER = Pattern.compile("(?i)^(.+)-(drafted|sponsored|penned|authored|proposed|written|led)$");
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("^\\d{3,4}$");
    private static final Set<String> NOT_THIS_ONE = Set.of("another", "other", "further", "previous", "earlier",
            "past", "last", "new", "rival", "separate", "alternative");
    private static final Set<String> PLACE_RELATIONS_EXCLUDED = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at",
            "obl:on", "obl:tmod");

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
                    mentions.add(new Mention(s, t, drafter(context, s, t)));
                }
            }
        }
        Map<String, String> byDrafter = new LinkedHashMap<>();
        for (Mention m : mentions) {
            m.drafter.ifPresent(d -> byDrafter.computeIfAbsent(d.actor, a -> newResolution(context, a)));
        }
        String undrafted = null;
        for (Mention m : mentions) {
            String resolution;
            if (m.drafter.isPresent()) {
                resolution = byDrafter.get(m.drafter.get().actor);
                context.addFact(m.drafter.get().actor, "drafted", resolution,
                        context.evidence(m.sentence.index(), 0.9, "resolution/" + m.drafter.get().rule));
            } else if (byDrafter.size() == 1) {
                resolution = byDrafter.values().iterator().next();
            } else if (byDrafter.isEmpty()) {
                if (undrafted == null) {
                    undrafted = context.event(EntityKind.RESOLUTION, "Resolution");
                }
                resolution = undrafted;
            } else {
                continue;
            }
            context.markTokens(m.sentence.index(), m.token.index(), m.token.index() + 1, resolution);
            describe(context, m, resolution);
        }
    }

    private static String newResolution(ExtractionContext context, String drafter) {
        String key = context.event(EntityKind.RESOLUTION, "Resolution drafted by " + context.labelOf(drafter));
        context.setAttribute(key, "drafter", drafter);
        return key;
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
            // "resolution 2328": the number right after the noun, not "about 100 observers" elsewhere in the phrase
            if (t == m.token.index() + 1 && RESOLUTION_NUMBER.matcher(token.word()).matches() && token.pos().equals("CD")) {
                context.setAttribute(resolution, "number", token.word());
                context.addFact(resolution, "number", FactValue.Literal.string(token.word()),
                        context.evidence(s.index(), 0.9, "resolution/number"));
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
        return context.attribute(resolution, "drafter").map(entity::equals).orElse(false)
                || context.kindOf(entity) == EntityKind.COUNTRY && context.factsWith("drafted").stream()
                .anyMatch(f -> f.subject().equals(entity));
    }

    /** A place the text is about, not where the vote happens ("voted on in New York"). */
    private static boolean aboutRelation(Sentence s, int token) {
        return s.governorOf(token).map(d -> !PLACE_RELATIONS_EXCLUDED.contains(d.relation())).orElse(true);
    }

    private static boolean isResolutionMention(Sentence s, Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (!RESOLUTION_NOUNS.contains(lemma) || !t.pos().equals("NN")) {
            return false;
        }
        // "draft resolution": the head noun carries the mention
        if (lemma.equals("draft") && s.governorOf(t.index())
                .filter(d -> d.relation().equals("compound") || d.relation().equals("amod"))
                .map(d -> s.token(d.governor()).lemma().equalsIgnoreCase("resolution")).orElse(false)) {
            return false;
        }
        return s.dependentsOf(t.index()).stream()
                .noneMatch(d -> NOT_THIS_ONE.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    private record Drafter(String actor, String rule) {}

    private record Mention(Sentence sentence, Token token, Optional<Drafter> drafter) {}

    private static Optional<Drafter> drafter(ExtractionContext context, Sentence s, Token head) {
        for (Dependency d : s.dependentsOf(head.index())) {
            Token mod = s.token(d.dependent());
            Matcher hyphenated = HYPHENATED_DRAFTER.matcher(mod.word());
            if (hyphenated.matches()) {
                Optional<String> actor = actorNamed(context, hyphenated.group(1));
                if (actor.isPresent()) {
                    return Optional.of(new Drafter(actor.get(), "hyphenated-drafter"));
                }
            }
            if (d.relation().equals("amod") && mod.word().matches("(?i)drafted|sponsored|penned|proposed|authored")) {
                // "French - drafted" split into three tokens: the nationality sits right before the hyphen
                int before = mod.index() - 2;
                if (before >= 1 && s.token(mod.index() - 1).word().equals("-")) {
                    Optional<String> actor = actorNamed(context, s.token(before).word());
                    if (actor.isPresent()) {
                        return Optional.of(new Drafter(actor.get(), "hyphenated-drafter"));
                    }
                }
            }
            if (d.relation().equals("nmod:poss")) {
                Optional<String> actor = context.actorAt(s.index(), mod.index())
                        .filter(k -> context.kindOf(k) != EntityKind.PERSON);
                if (actor.isPresent()) {
                    return Optional.of(new Drafter(actor.get(), "possessive-drafter"));
                }
            }
            if (d.relation().equals("amod") && (mod.ner().equals("NATIONALITY") || mod.pos().startsWith("JJ"))) {
                Optional<String> actor = context.countryByDemonym(mod.word());
                if (actor.isPresent()) {
                    return Optional.of(new Drafter(actor.get(), "nationality-drafter"));
                }
            }
            if (d.relation().startsWith("acl") && DRAFTING_VERBS.contains(mod.lemma().toLowerCase(Locale.ROOT))) {
                for (Dependency a : s.dependentsOf(mod.index())) {
                    if (a.relation().equals("obl:agent") || a.relation().equals("obl:by")) {
                        Optional<String> actor = QuoteExtractor.actorIn(context, s, a.dependent());
                        if (actor.isPresent()) {
                            return Optional.of(new Drafter(actor.get(), "drafted-by"));
                        }
                    }
                }
            }
        }
        // "France drafted / put forward / tabled a resolution"
        Optional<Dependency> governor = s.governorOf(head.index()).filter(d -> d.relation().equals("obj"));
        if (governor.isPresent()) {
            Token verb = s.token(governor.get().governor());
            if (DRAFTING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                for (Dependency d : s.dependentsOf(verb.index())) {
                    if (d.relation().startsWith("nsubj")) {
                        Optional<String> actor = QuoteExtractor.actorIn(context, s, d.dependent());
                        if (actor.isPresent()) {
                            return Optional.of(new Drafter(actor.get(), "subject-drafted"));
                        }
                    }
                }
            }
        }
        return Optional.empty();
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
