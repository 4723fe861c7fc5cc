package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The noun "veto" is a stance only of its owner, as the rules of {@code stance-votes.semgrex} find it: the subject
 * of "cast / used its veto" (a veto that happened, or a threat when modal or yet to come: "is expected to use its
 * power of veto"), or the possessor in "Russia's veto", "the Russian veto". Anyone else who mentions the veto
 * ("the veto showed that", "condemned the veto") reacts to it and does not hold it.
 */
final class VetoNouns {

    /**
     * How an owned veto takes part in a clause that tells it happened: it did something ("Russia's veto killed the
     * draft"), something was done by it ("was blocked by a Russian veto"), or something came after it.
     */
    private static final Pattern ACTING = Pattern.compile("nsubj|obl:agent|obl:by");
    private static final Pattern AFTER = Pattern.compile("obl:(after|following)|nmod:(after|following)");

    private final SemgrexRules voteRules;

    VetoNouns(SemgrexRules voteRules) {
        this.voteRules = voteRules;
    }

    static boolean isVetoNoun(Token token) {
        return token.pos().startsWith("NN") && token.lemma().equalsIgnoreCase("veto");
    }

    List<StanceNouns.Found> find(ExtractionContext context, Sentence s, Token veto) {
        Optional<StanceNouns.Found> headline = headlineVerbTakenForANoun(context, s, veto);
        if (headline.isPresent()) {
            return List.of(headline.get());
        }
        List<SemgrexRules.Match> matches = voteRules.matches(s).stream()
                .filter(m -> m.has("veto") && m.node("veto") == veto.index()).toList();
        Token casting = matches.stream().filter(m -> m.label().equals("veto-cast")).findFirst()
                .map(m -> s.token(m.node("casting"))).orElse(null);
        List<String> targets = TextAnaphora.targets(context, s, casting != null ? casting : veto);
        if (targets.isEmpty()) {
            targets = TextAnaphora.recentResolution(context, s.index()).stream().toList();
        }
        List<StanceNouns.Found> found = new ArrayList<>();
        for (String target : targets) {
            if (casting != null) {
                boolean happened = toldAsDone(context, s, casting) && !ExtractionContext.isNegated(s, casting.index());
                found.add(new StanceNouns.Found(StanceHolders.holders(context, s, casting, target),
                        happened ? "vetoed" : "opposes", target, "stance/veto-cast"));
            } else {
                List<String> owners = owner(context, s, matches).stream().filter(o -> !o.equals(target)).toList();
                found.add(happenedAsOwned(context, s, veto)
                        ? new StanceNouns.Found(owners, "vetoed", target, "stance/veto-owner-acting")
                        : new StanceNouns.Found(owners, "opposes", target, "stance/veto-owner"));
            }
        }
        return found;
    }

    /**
     * "Russia's veto killed the draft", "the text was blocked by a Chinese veto", "after the US veto": the owned veto
     * acts in a clause told as done (past, not modal, not negated), or is what something came after; "Russia's veto
     * threat" and "a Russian veto would sink it" tell no veto cast.
     */
    private static boolean happenedAsOwned(ExtractionContext context, Sentence s, Token veto) {
        Optional<Dependency> governor = s.governorOf(veto.index());
        if (governor.isEmpty()) {
            return false;
        }
        String relation = governor.get().relation();
        if (AFTER.matcher(relation).matches()) {
            return true;
        }
        Token verb = s.token(governor.get().governor());
        return ACTING.matcher(relation).matches() && toldAsDone(context, s, verb)
                && !ExtractionContext.isNegated(s, verb.index());
    }

    /**
     * A verb that tells a thing done: past, or the present of a headline ("Russia vetoes UN resolution"), which news
     * uses for what has just happened; not with a modal ("could veto", "would use its veto").
     */
    static boolean toldAsDone(ExtractionContext context, Sentence s, Token verb) {
        boolean past = verb.pos().equals("VBD") || verb.pos().equals("VBN");
        boolean headlinePresent = (verb.pos().equals("VBZ") || verb.pos().equals("VBP"))
                && ResolutionExtractor.isHeadline(context, s);
        return (past || headlinePresent) && !ExtractionContext.hasModal(s, verb);
    }

    /**
     * "Russia vetoes UN resolution", "A, B veto UN draft": in a headline the parser often takes the verb for a noun
     * compounded onto the text, with the names before it compounded onto the verb; the names are who vetoed the text.
     */
    private static Optional<StanceNouns.Found> headlineVerbTakenForANoun(ExtractionContext context, Sentence s, Token veto) {
        if (!ResolutionExtractor.isHeadline(context, s) || veto.lemma().equalsIgnoreCase("veto") && !veto.word().matches("(?i)vetoe?s|veto")) {
            return Optional.empty();
        }
        Optional<String> text = s.governorOf(veto.index()).filter(d -> d.relation().equals("compound"))
                .flatMap(d -> context.entityAt(s.index(), d.governor()))
                .filter(k -> context.kindOf(k) == EntityKind.RESOLUTION);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> holders = new ArrayList<>();
        for (Dependency d : s.dependentsOf(veto.index())) {
            if (d.relation().equals("compound") && d.dependent() < veto.index() || d.relation().startsWith("conj")) {
                QuoteExtractor.actorIn(context, s, d.dependent()).map(a -> Actors.representedBy(context, a))
                        .filter(a -> !holders.contains(a) && context.kindOf(a) != EntityKind.PERSON)
                        .ifPresent(holders::add);
            }
        }
        return holders.isEmpty() ? Optional.empty()
                : Optional.of(new StanceNouns.Found(holders, "vetoed", text.get(), "stance/veto-headline"));
    }

    /** "Russia's veto", "its veto" (through the possessor's actor), "the Russian veto" (a nationality's country). */
    private static Optional<String> owner(ExtractionContext context, Sentence s, List<SemgrexRules.Match> matches) {
        for (SemgrexRules.Match m : matches) {
            Optional<String> owner = m.has("owner") ? QuoteExtractor.actorIn(context, s, m.node("owner"))
                    : m.has("nationality") ? context.countryByDemonym(s.token(m.node("nationality")).word())
                    : Optional.empty();
            if (owner.isPresent()) {
                return owner.map(o -> Actors.representedBy(context, o));
            }
        }
        return Optional.empty();
    }
}
