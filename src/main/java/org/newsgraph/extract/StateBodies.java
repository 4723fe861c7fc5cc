package org.newsgraph.extract;

import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Optional;

/** Ministries and other bodies of a state ("the Foreign Ministry"), which speak for their country, not as actors of their own. */
final class StateBodies {

    private final Lexicon stateBodies = Lexicon.named("state-bodies");
    private final Lexicon departments = Lexicon.named("state-departments");

    /** A name made only of state-body and department words ("Foreign Ministry", "Ministry of Defence"). */
    boolean isStateBody(String name) {
        String[] words = name.split(" ");
        boolean hasBody = false;
        for (String word : words) {
            if (stateBodies.contains(word)) {
                hasBody = true;
            } else if (!departments.contains(word)) {
                return false;
            }
        }
        return hasBody;
    }

    /**
     * The country a state body belongs to: a country or demonym inside the mention ("Russian Defense Ministry"), or a
     * country owning it or a demonym right before it ("Russia's Foreign Ministry", "Russian Foreign Ministry").
     */
    static Optional<String> countryOfStateBody(ExtractionContext context, Mention m) {
        Sentence s = context.document().sentence(m.sentence());
        int before = m.startToken() - 1;
        if (before >= 1 && RoleExtractor.isPossessive(s.token(before))) {
            before--;
        }
        for (int t = before; t < m.endToken(); t++) {
            if (t < 1) {
                continue;
            }
            Token token = s.token(t);
            Optional<String> country = context.entityAt(s.index(), t).filter(k -> context.kindOf(k) == EntityKind.COUNTRY)
                    .or(() -> context.countryByDemonym(token.word()));
            if (country.isPresent()) {
                return country;
            }
        }
        return Optional.empty();
    }
}
