package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Optional;

/**
 * "X, the fire chief in B", "X, the police chief in B": the head of a local service, named by the service's common
 * noun, with the place it serves after "in". The police are a body of their own ("B police"); a qualifier alone
 * ("fire", "rescue") names no body, so the official serves the place.
 */
final class LocalOffices {

    private LocalOffices() {
    }

    static Optional<String> servedIn(ExtractionContext context, Sentence s, List<Token> description,
                                     RoleDescriptions descriptions, String person) {
        for (int i = 1; i + 2 < description.size(); i++) {
            Token title = description.get(i);
            Token service = description.get(i - 1);
            if (!descriptions.isTitleWord(title) || !service.pos().startsWith("NN") || !LocalBodies.isBodyWord(service)
                    || context.entityAt(s.index(), service.index()).isPresent()
                    || !description.get(i + 1).word().equals("in")) {
                continue;
            }
            Token placeToken = description.get(i + 2);
            boolean country = context.actorAt(s.index(), placeToken.index())
                    .filter(k -> context.kindOf(k) != EntityKind.PLACE).isPresent();
            if (country) {
                return Optional.empty();
            }
            Optional<String> place = GovernedPlaces.placeAt(context, s, placeToken.index(), person);
            if (place.isEmpty()) {
                return Optional.empty();
            }
            if (!LocalBodies.isStandalone(service)) {
                return place;
            }
            String body = context.labelOf(place.get()) + " " + service.word().toLowerCase(java.util.Locale.ROOT);
            return Optional.of(context.entity(EntityKind.ORGANIZATION, body, body, null));
        }
        return Optional.empty();
    }
}
