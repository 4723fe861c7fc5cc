package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stances told by a noun and whom it comes from: "the vote came after a spirited opposition from X", "objections
 * from A and B", "the draft drew support from C". The noun names the stance of the one it comes from, about the text
 * it names ("opposition from X to the draft") or, where it names none, about the text the sentence or the ones before
 * it are about. Other nouns of stance name a stance someone seeks ("garner support for"), which is nobody's yet.
 */
final class StanceNouns {

    /** One stance found: who holds it, which way, on which text. */
    record Found(List<String> holders, String predicate, String target, String rule) {
    }

    private static final Set<String> OPPOSING = Set.of("opposition", "objection", "resistance", "reservation",
            "concern", "misgiving", "doubt");
    /** The rules of stance-frames.semgrex that name a stance by a noun: "opposition from", "voiced support for", ... */
    private static final Set<String> FRAME_RULES = Set.of("stance-from", "stance-voiced", "stance-voiced-misparsed",
            "stance-of", "weight-behind", "out-against", "out-in-favour", "stance-reservations", "stance-with",
            "stance-nationality", "adoption-sought");
    /** Rules whose label is the side they take ("came out against"), which no noun of stance tells. */
    private static final Set<String> SIDES = Set.of("supports", "opposes");
    /** Words that show the sentence is about a vote or a text, where an unqualified noun of stance is about it. */
    private static final Pattern VOTE_WORDS = Pattern.compile("(?i)vote|voting|resolution|draft|motion|text");
    private static final SemgrexRules FRAMES = SemgrexRules.named("/extract/rules/stance-frames.semgrex");

    private StanceNouns() {
    }

    static List<Found> find(ExtractionContext context, Sentence s) {
        List<Found> found = new ArrayList<>();
        for (SemgrexRules.Match m : FRAMES.matches(s).stream().filter(r -> FRAME_RULES.contains(r.rule())).toList()) {
            Token noun = s.token(m.node("cue"));
            if (ExtractionContext.isNegated(s, noun.index()) || negatedByDeterminer(s, noun)
                    || m.has("light") && ExtractionContext.isNegated(s, m.node("light"))) {
                continue;
            }
            Optional<String> target = m.has("text")
                    ? namedText(context, s, m.node("text"),
                            m.rule().equals("stance-of") || m.rule().startsWith("out-") || m.rule().equals("stance-reservations")
                                    || m.rule().equals("adoption-sought"))
                    : target(context, s, noun, m.node("frame"));
            if (target.isEmpty()) {
                continue;
            }
            List<String> holders = new ArrayList<>();
            for (int t : withConjuncts(s, m.node("frame"))) {
                holder(context, s, s.token(t)).filter(h -> !h.equals(target.get()) && !holders.contains(h))
                        .ifPresent(holders::add);
            }
            String predicate = SIDES.contains(m.label()) ? m.label()
                    : OPPOSING.contains(noun.lemma().toLowerCase(Locale.ROOT)) ? "opposes" : "supports";
            if (!holders.isEmpty()) {
                found.add(new Found(holders, predicate, target.get(), "stance/noun-" + m.rule().replaceFirst("^stance-", "").replaceFirst("-misparsed$", "")));
            }
        }
        return found;
    }

    /** "no objection from X" holds no objection. */
    private static boolean negatedByDeterminer(Sentence s, Token noun) {
        return s.dependentsOf(noun.index()).stream()
                .anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).word().equalsIgnoreCase("no"));
    }

    /**
     * The text the noun is about: the one it names ("opposition to the draft"); none when it names something else
     * ("support for the ceasefire"); otherwise, in a sentence about a vote or a text, the text in play.
     */
    private static Optional<String> target(ExtractionContext context, Sentence s, Token noun, int holder) {
        for (Dependency d : s.dependentsOf(noun.index())) {
            if (d.relation().matches("nmod:(for|to|of|against)") && d.dependent() != holder) {
                Optional<String> named = context.entityAt(s.index(), d.dependent()).filter(k -> context.kindOf(k) == EntityKind.RESOLUTION);
                // "the objections of A and B": the ones it is of may be whoever holds it
                if (named.isPresent() || !d.relation().equals("nmod:of")) {
                    return named;
                }
            }
        }
        boolean aboutAVote = s.tokens().stream().anyMatch(t -> VOTE_WORDS.matcher(t.lemma()).matches()
                || context.entityAt(s.index(), t.index()).map(k -> context.kindOf(k) == EntityKind.RESOLUTION).orElse(false));
        return aboutAVote ? TextAnaphora.recentResolution(context, s.index()) : Optional.empty();
    }

    /**
     * The text a rule names as the one the stance is about ("threw its weight behind the draft"); for a text that has
     * the backing of someone, its subject may also be a pronoun or a noun for the text in play ("it has the support of").
     */
    private static Optional<String> namedText(ExtractionContext context, Sentence s, int token, boolean orTheTextInPlay) {
        Optional<String> named = context.entityAt(s.index(), token).filter(k -> context.kindOf(k) == EntityKind.RESOLUTION);
        if (named.isPresent() || !orTheTextInPlay) {
            return named;
        }
        Token subject = s.token(token);
        boolean standsForTheText = subject.pos().equals("PRP") && subject.word().equalsIgnoreCase("it")
                || VOTE_WORDS.matcher(subject.lemma()).matches();
        return standsForTheText ? TextAnaphora.recentResolution(context, s.index()) : Optional.empty();
    }

    private static List<Integer> withConjuncts(Sentence s, int head) {
        List<Integer> tokens = new ArrayList<>(List.of(head));
        s.dependentsOf(head).stream().filter(d -> d.relation().startsWith("conj")).forEach(d -> tokens.add(d.dependent()));
        return tokens;
    }

    /**
     * The actor the stance comes from; an official no one has said whom he serves stands for the country his title
     * names ("Sri Lankan Plantation Minister X").
     */
    private static Optional<String> holder(ExtractionContext context, Sentence s, Token from) {
        Optional<String> actor = Actors.holder(context, s, from);
        if (actor.isEmpty() && "NATIONALITY".equals(from.ner())) {
            // "Russian backing": the country of the nationality word
            return context.countryByDemonym(from.word());
        }
        if (actor.isPresent() && context.kindOf(actor.get()) == EntityKind.PERSON) {
            return nationalityInTitle(context, s, from).or(() -> actor);
        }
        return actor;
    }

    private static Optional<String> nationalityInTitle(ExtractionContext context, Sentence s, Token name) {
        StringBuilder demonym = new StringBuilder();
        for (int t : ExtractionContext.subtree(s, name.index())) {
            if (t >= name.index()) {
                break;
            }
            if ("NATIONALITY".equals(s.token(t).ner())) {
                demonym.append(demonym.length() == 0 ? "" : " ").append(s.token(t).word());
            } else if (demonym.length() > 0) {
                break;
            }
        }
        return demonym.length() == 0 ? Optional.empty() : context.countryByDemonym(demonym.toString())
                .or(() -> context.countryByDemonym(demonym.substring(demonym.lastIndexOf(" ") + 1)));
    }
}
