package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

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

    /** A word of the name: its governor is the service noun or another word of the name. */
    private static boolean governedWithin(Sentence s, int token, int from, int head) {
        return s.governorOf(token).map(Dependency::governor).filter(g -> g >= from && g <= head).isPresent();
    }
}
