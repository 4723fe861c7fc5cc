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
 * Stances towards resolutions and evacuations: a stance word ("veto", "cannot accept", "unacceptable", "agreed on")
 * whose clause names a resolution or evacuation, held by the nearest actor subject up the clause chain ("Russia said
 * ... was unacceptable"). A person's stance is held by the actor the person represents, a speaker's "we" by the
 * speaker's side. Negation flips support into opposition; a veto that happened is a veto, a threatened one is
 * opposition.
 */
public final class StanceExtractor implements Extractor {

    private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "i", "my", "me");
    private static final Set<String> ANAPHORS = Set.of("it", "text", "draft");
    private static final int MAX_CLIMB = 4;

    private final Lexicon cues = Lexicon.named("stance-cues");

    @Override
    public String name() {
        return "stance";
    }

    @Override
    public Set<String> requiredAnnotators() {
        // coreference chains are followed when the pipeline has them; the default pipeline does without
        return Set.of("ner", "depparse");
    }

    @Override
    public Set<String> requiresFacts() {
        return Set.of("represents", "speaker", "drafted", "from");
    }

    @Override
    public void extract(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            for (Token cue : s.tokens()) {
                String stance = cues.get(cue.lemma().toLowerCase(Locale.ROOT));
                if (stance == null || stance.equals("drafted")) {
                    continue;
                }
                if (cue.lemma().equalsIgnoreCase("work") && !hasParticle(s, cue, "on")) {
                    continue;
                }
                // "garner support for": a noun names a stance someone seeks, not one they hold; a veto is the exception
                if (cue.pos().startsWith("NN") && !stance.equals("veto")) {
                    continue;
                }
                if (describesTheTextItself(context, s, cue)) {
                    continue;
                }
                boolean vote = stance.equals("vote") || stance.equals("abstainedon");
                if (stance.equals("vote")) {
                    stance = voteDirection(s, cue);
                    if (stance == null) {
                        continue;
                    }
                }
                Optional<String> target = target(context, s, cue);
                if (target.isEmpty() && vote) {
                    // "Egypt voted against it", "with China abstaining": a vote is on the text just mentioned
                    target = recentResolution(context, s.index());
                }
                if (target.isEmpty()) {
                    continue;
                }
                String predicate = predicate(s, cue, stance);
                String rule = "stance/" + cue.lemma().toLowerCase(Locale.ROOT)
                        + (ExtractionContext.isNegated(s, cue.index()) ? "-negated" : "");
                for (String holder : holders(context, s, cue, target.get())) {
                    Evidence evidence = context.evidence(s.index(), 0.8, rule);
                    context.addFact(holder, predicate, target.get(), evidence);
                    if (predicate.equals("vetoed")) {
                        context.addFact(target.get(), "status", new FactValue.Individual("Vetoed"), evidence);
                    }
                }
            }
        }
    }

    /** "a draft resolution demanding an end to air strikes": the text's own content, not anybody's stance. */
    private static boolean describesTheTextItself(ExtractionContext context, Sentence s, Token cue) {
        return s.governorOf(cue.index())
                .filter(d -> d.relation().startsWith("acl") && !d.relation().equals("acl:relcl"))
                .flatMap(d -> context.entityAt(s.index(), d.governor()))
                .map(k -> context.kindOf(k) == EntityKind.RESOLUTION)
                .orElse(false);
    }

    /** "voted in favour of" / "voted for" / "voted against"; null when the sentence does not say which way. */
    private static String voteDirection(Sentence s, Token cue) {
        for (Dependency d : s.dependentsOf(cue.index())) {
            String relation = d.relation();
            Token object = s.token(d.dependent());
            if (relation.equals("obl:against")) {
                return "votedagainst";
            }
            if (relation.equals("obl:for") || (relation.startsWith("obl") && object.lemma().matches("(?i)favou?r"))) {
                return "votedfor";
            }
        }
        return null;
    }

    private static String predicate(Sentence s, Token cue, String stance) {
        boolean recorded = (cue.pos().equals("VBD") || cue.pos().equals("VBN") || cue.pos().equals("VBG"))
                && !hasModal(s, cue);
        switch (stance) {
            case "votedfor":
                return recorded ? "votedFor" : "supports";
            case "votedagainst":
                return recorded ? "votedAgainst" : "opposes";
            case "abstainedon":
                return "abstainedOn";
            default:
                break;
        }
        boolean negated = ExtractionContext.isNegated(s, cue.index()) || governedByNegatedVerb(s, cue);
        if (stance.equals("veto")) {
            boolean happened = (cue.pos().equals("VBD") || cue.pos().equals("VBN")) && !hasModal(s, cue);
            return happened && !negated ? "vetoed" : "opposes";
        }
        if (negated) {
            return stance.equals("supports") ? "opposes" : "supports";
        }
        return stance;
    }

    /** The resolution or evacuation the cue's clause is about. */
    private static Optional<String> target(ExtractionContext context, Sentence s, Token cue) {
        Set<Integer> scope = new LinkedHashSet<>(ExtractionContext.subtree(s, cue.index()));
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
        if (!cue.pos().startsWith("VB")) {
            s.governorOf(cue.index()).ifPresent(g -> s.dependentsOf(g.governor()).stream()
                    .filter(d -> d.relation().startsWith("nsubj"))
                    .forEach(d -> scope.addAll(ExtractionContext.subtree(s, d.dependent()))));
        }
        for (int t : scope) {
            Optional<String> entity = context.entityAt(s.index(), t)
                    .filter(k -> context.kindOf(k) == EntityKind.RESOLUTION || context.kindOf(k) == EntityKind.EVACUATION);
            if (entity.isPresent()) {
                return entity;
            }
        }
        boolean anaphoric = scope.stream().map(s::token)
                .anyMatch(t -> ANAPHORS.contains(t.word().toLowerCase(Locale.ROOT)) && t.index() != cue.index());
        boolean vetoNoun = cue.lemma().equalsIgnoreCase("veto");
        if (anaphoric || vetoNoun) {
            return recentResolution(context, s.index());
        }
        return Optional.empty();
    }

    /** The resolution mentioned last, within the three sentences before (or the only one in the article). */
    private static Optional<String> recentResolution(ExtractionContext context, int sentenceIndex) {
        List<String> resolutions = context.entitiesOfKind(EntityKind.RESOLUTION);
        if (resolutions.size() == 1) {
            return Optional.of(resolutions.get(0));
        }
        for (int i = sentenceIndex; i >= Math.max(0, sentenceIndex - 3); i--) {
            Sentence s = context.document().sentence(i);
            for (int t = s.tokens().size(); t >= 1; t--) {
                Optional<String> entity = context.entityAt(i, t).filter(k -> context.kindOf(k) == EntityKind.RESOLUTION);
                if (entity.isPresent()) {
                    return entity;
                }
            }
        }
        return Optional.empty();
    }

    /** Actors holding the stance: subjects up the clause chain; persons stand for whom they represent. */
    private static List<String> holders(ExtractionContext context, Sentence s, Token cue, String target) {
        // "with China and Kenya abstaining": the participle hangs off the actors themselves
        Optional<Dependency> attached = s.governorOf(cue.index()).filter(d -> d.relation().equals("acl"));
        if (attached.isPresent()) {
            List<String> actors = new ArrayList<>();
            int head = attached.get().governor();
            resolveHolder(context, s, s.token(head)).ifPresent(actors::add);
            for (Dependency c : s.dependentsOf(head)) {
                if (c.relation().startsWith("conj")) {
                    resolveHolder(context, s, s.token(c.dependent())).ifPresent(actors::add);
                }
            }
            if (!actors.isEmpty()) {
                return actors.stream().filter(a -> !a.equals(target)).distinct().toList();
            }
        }
        Token current = cue;
        for (int climb = 0; climb <= MAX_CLIMB; climb++) {
            List<String> found = new ArrayList<>();
            for (Dependency d : s.dependentsOf(current.index())) {
                if (!d.relation().startsWith("nsubj") && !d.relation().equals("obl:agent")
                        && !d.relation().equals("obl:by")) {
                    continue;
                }
                Token subject = s.token(d.dependent());
                boolean subjectIsTheText = context.entityAt(s.index(), subject.index())
                        .map(k -> context.kindOf(k) == EntityKind.RESOLUTION || context.kindOf(k) == EntityKind.EVACUATION)
                        .orElse(false);
                if (subjectIsTheText) {
                    // "the draft was unacceptable": whoever says so holds the stance, further up
                    continue;
                }
                resolveHolder(context, s, subject).filter(h -> !h.equals(target)).ifPresent(found::add);
            }
            if (!found.isEmpty()) {
                return found.stream().distinct().toList();
            }
            Optional<Dependency> up = s.governorOf(current.index());
            if (up.isEmpty()) {
                break;
            }
            current = s.token(up.get().governor());
        }
        return List.of();
    }

    private static Optional<String> resolveHolder(ExtractionContext context, Sentence s, Token subject) {
        if (FIRST_PERSON.contains(subject.word().toLowerCase(Locale.ROOT))) {
            return speakerSide(context, subject);
        }
        Optional<String> actor = QuoteExtractor.actorIn(context, s, subject.index());
        if (actor.isEmpty()) {
            // "his country": the possessor's country, through coreference of the noun phrase
            actor = s.dependentsOf(subject.index()).stream()
                    .filter(d -> d.relation().equals("nmod:poss"))
                    .map(d -> context.actorAt(s.index(), d.dependent()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(person -> representedBy(context, person));
        }
        return actor.map(a -> representedBy(context, a));
    }

    private static String representedBy(ExtractionContext context, String actor) {
        if (context.kindOf(actor) != EntityKind.PERSON) {
            return actor;
        }
        return context.factsWith("represents").stream()
                .filter(f -> f.subject().equals(actor))
                .map(f -> ((FactValue.EntityRef) f.object()).key())
                .findFirst()
                .orElse(actor);
    }

    /** "We" inside a quote is the side of the quote's speaker. */
    private static Optional<String> speakerSide(ExtractionContext context, Token pronoun) {
        for (Fact quote : context.factsWith("quote")) {
            int start = intValue(context, quote.subject(), "charStart");
            int end = intValue(context, quote.subject(), "charEnd");
            if (pronoun.begin() >= start && pronoun.end() <= end) {
                return context.factsWith("speaker").stream()
                        .filter(f -> f.subject().equals(quote.subject()))
                        .map(f -> ((FactValue.EntityRef) f.object()).key())
                        .findFirst()
                        .map(speaker -> representedBy(context, speaker));
            }
        }
        return Optional.empty();
    }

    private static int intValue(ExtractionContext context, String subject, String predicate) {
        return context.facts().stream()
                .filter(f -> f.subject().equals(subject) && f.predicate().equals(predicate))
                .map(f -> Integer.parseInt(((FactValue.Literal) f.object()).lexical()))
                .findFirst().orElse(-1);
    }

    private static boolean hasModal(Sentence s, Token verb) {
        return s.dependentsOf(verb.index()).stream()
                .anyMatch(d -> d.relation().startsWith("aux") && s.token(d.dependent()).pos().equals("MD"));
    }

    private static boolean hasParticle(Sentence s, Token verb, String particle) {
        return s.dependentsOf(verb.index()).stream().anyMatch(d -> s.token(d.dependent()).word().equalsIgnoreCase(particle))
                || (verb.index() < s.tokens().size() && s.token(verb.index() + 1).word().equalsIgnoreCase(particle));
    }

    /** "cannot let this happen", "did not want to accept": negation on the verb that governs the cue. */
    private static boolean governedByNegatedVerb(Sentence s, Token cue) {
        return s.governorOf(cue.index())
                .filter(d -> d.relation().equals("xcomp"))
                .map(d -> ExtractionContext.isNegated(s, d.governor()))
                .orElse(false);
    }
}
