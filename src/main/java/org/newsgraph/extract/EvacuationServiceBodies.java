package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Optional;

/**
 * "The Ostrovian armed forces airlifted tourists", "with the help of the Ostrovian Army", "the Ostrovian Embassy in
 * Redvale facilitated the evacuation": a state's service or mission named by its nationality is a body of its own that
 * runs the evacuation, beside the state whose service it is. The tagger leaves such names untagged, or takes only the
 * nationality, or marks the whole name as the state, so the body is named here by its words.
 */
final class EvacuationServiceBodies {

    private EvacuationServiceBodies() {
    }

    private static final Lexicon SERVICES = Lexicon.named("state-services");
    private static final Lexicon SERVICE_MODIFIERS = Lexicon.named("service-modifiers");

    /** The body an actor phrase headed by a service noun names, created if new; nothing for any other phrase. */
    static Optional<String> serviceBody(ExtractionContext context, Sentence s, int head) {
        Token noun = s.token(head);
        if (!noun.pos().startsWith("NN") || !SERVICES.contains(noun.lemma())
                || context.entityAt(s.index(), head).filter(k -> context.kindOf(k) != EntityKind.COUNTRY).isPresent()) {
            return Optional.empty();
        }
        int start = head;
        while (start > 1 && SERVICE_MODIFIERS.contains(s.token(start - 1).word())
                && governedWithin(s, start - 1, start, head)) {
            start--;
        }
        // "the Costa Rican navy": a nationality of two or three words, every one of them inside the name
        int nationality = 0;
        for (int from = Math.max(1, start - 3); from < start && nationality == 0; from++) {
            boolean inside = true;
            for (int k = from; k < start; k++) {
                inside &= governedWithin(s, k, from, head);
            }
            Token first = s.token(from);
            if (inside && (first.pos().startsWith("JJ") || first.pos().startsWith("NNP")
                    || first.ner().equals("NATIONALITY"))
                    && context.countryByDemonym(s.span(from, start)).isPresent()) {
                nationality = from;
            }
        }
        if (nationality == 0) {
            return Optional.empty();
        }
        start = nationality;
        String name = EntityNames.clean(s.span(start, head + 1));
        return Optional.of(context.entity(EntityKind.ORGANIZATION, name, name, null));
    }

    private static final Lexicon COMMON_BODIES = Lexicon.named("evacuation-service-bodies");

    /**
     * The body a common noun of a service names where it runs an evacuation ("police", "the coast guard", "law
     * enforcement officers", "British troops"), created if new, named by the text's words: the lexicon's phrase, after
     * the nationality that says whose it is. Nothing for a word the tagger names already, or for one soldier. Its
     * tokens are not marked as a mention, so the body is no speaker or stance holder elsewhere.
     */
    static Optional<String> commonBody(ExtractionContext context, Sentence s, int head) {
        Token noun = s.token(head);
        // "the military airlifted them": the tagger may take the noun for the adjective, but not where it modifies one
        boolean nounUse = noun.pos().startsWith("NN") || noun.pos().equals("JJ")
                && s.governorOf(head).filter(d -> d.relation().equals("amod")).isEmpty();
        // "China's military": a service whose owner is named is the owner's, who is read as the actor
        boolean owned = s.dependentsOf(head).stream().anyMatch(d -> d.relation().equals("nmod:poss"));
        if (!nounUse || owned || context.entityAt(s.index(), head).isPresent()) {
            return Optional.empty();
        }
        int start = head;
        while (start > 1 && s.token(start - 1).pos().matches("NN|NNS|JJ|NNP|VBG")
                && governedWithin(s, start - 1, start, head)) {
            start--;
        }
        int first = -1;
        String kind = null;
        // the tagger leaves some plurals unlemmatised ("troops" as its own lemma)
        String word = noun.word().toLowerCase(java.util.Locale.ROOT);
        List<String> heads = List.of(noun.lemma().toLowerCase(java.util.Locale.ROOT), word,
                word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
        for (int from = start; from <= head && first < 0; from++) {
            StringBuilder modifiers = new StringBuilder();
            for (int k = from; k < head; k++) {
                modifiers.append(s.token(k).lemma().toLowerCase(java.util.Locale.ROOT)).append(' ');
            }
            for (String h : heads) {
                if (first < 0 && COMMON_BODIES.contains(modifiers + h)) {
                    first = from;
                    kind = COMMON_BODIES.get(modifiers + h);
                }
            }
        }
        if (first < 0 || "plural".equals(kind) && !noun.pos().endsWith("S")) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder();
        Token before = s.token(first - 1 >= 1 ? first - 1 : first);
        // "British troops": a nationality that says whose they are stays in the name
        if (first > 1 && governedWithin(s, first - 1, first, head)
                && (before.pos().startsWith("JJ") || before.pos().startsWith("NNP") || before.ner().equals("NATIONALITY"))
                && context.gazetteer().byDemonym(before.word()).isPresent()) {
            name.append(before.word()).append(' ');
        }
        String phrase = EntityNames.clean(s.span(first, head + 1).toLowerCase(java.util.Locale.ROOT));
        if (name.isEmpty()) {
            // "the soldiers helped" after "British soldiers rescued citizens": the body named before
            Optional<String> named = context.entitiesOfKind(EntityKind.ORGANIZATION).stream()
                    .filter(k -> context.labelOf(k).endsWith(" " + phrase)
                            && context.gazetteer().byDemonym(context.labelOf(k)
                                    .substring(0, context.labelOf(k).length() - phrase.length() - 1)).isPresent())
                    .findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        String label = EntityNames.clean(name + phrase);
        return Optional.of(context.entity(EntityKind.ORGANIZATION, label, label, null));
    }

    /**
     * "with the help of the Ostrovian Army, the SDRF and volunteers": an acronym among the actors that the tagger
     * names as nothing is a body of its own.
     */
    static Optional<String> untaggedAcronym(ExtractionContext context, Sentence s, int head) {
        Token token = s.token(head);
        boolean acronym = token.word().length() >= 3 && token.word().chars().allMatch(Character::isUpperCase)
                && token.pos().startsWith("NN");
        return acronym && context.entityAt(s.index(), head).isEmpty()
                ? Optional.of(context.entity(EntityKind.ORGANIZATION, token.word(), token.word(), null))
                : Optional.empty();
    }

    /** A word of the name: its governor is the service noun or another word of the name. */
    private static boolean governedWithin(Sentence s, int token, int from, int head) {
        return s.governorOf(token).map(Dependency::governor).filter(g -> g >= from && g <= head).isPresent();
    }
}
