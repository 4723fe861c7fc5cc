package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.Gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An office of state written without its country ("Deputy Prime Minister X", "X, the foreign minister,") after a
 * report has named one country and no other: news leaves the owner out only where the reader cannot mistake it. The
 * office is read as that country's only while the article, up to and including the sentence of the name, names exactly
 * one country outright; a second country anywhere so far, even after the name in the same sentence, leaves the
 * office without owner. A demonym ("Russian forces") counts as naming its country: a report that describes another
 * state's army may well quote that state's minister.
 */
final class ReportCountry {

    /** Offices that only a state fills; an envoy, spokesperson or official may serve anyone, so they are left out. */
    private static final Set<String> STATE_OFFICES = Set.of("minister", "president", "vice-president", "chancellor",
            "prime");

    private ReportCountry() {
    }

    static boolean isStateOffice(List<Token> description) {
        return description.stream().anyMatch(t -> STATE_OFFICES.contains(t.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * The one country named or described from the start of the document through sentence {@code s}, if there is
     * exactly one.
     */
    static Optional<String> onlyCountrySoFar(ExtractionContext context, Sentence s) {
        Map<String, Optional<String>> keyByCountry = new HashMap<>();
        for (int i = 0; i <= s.index(); i++) {
            Sentence sentence = context.document().sentence(i);
            for (int t = 1; t <= sentence.tokens().size(); t++) {
                Optional<String> named = context.entityAt(i, t).filter(k -> context.kindOf(k) == EntityKind.COUNTRY);
                if (named.isPresent()) {
                    keyByCountry.put(context.labelOf(named.get()), named);
                    continue;
                }
                Token token = sentence.token(t);
                if (token.ner().equals("NATIONALITY") || token.pos().startsWith("JJ") || token.properNoun()) {
                    // "Djibouti" taken for its capital city, "South Korean" as two words: still a country named
                    Optional<Gazetteer.Entry> country = context.gazetteer().byDemonym(token.word())
                            .or(() -> context.gazetteer().lookup(token.word()).filter(context.gazetteer().countries()::contains));
                    if (country.isEmpty() && t + 1 <= sentence.tokens().size()) {
                        String pair = token.word() + " " + sentence.token(t + 1).word();
                        country = context.gazetteer().byDemonym(pair)
                                .or(() -> context.gazetteer().lookup(pair).filter(context.gazetteer().countries()::contains));
                    }
                    country.ifPresent(c -> keyByCountry.putIfAbsent(c.canonical(), Optional.empty()));
                }
            }
            if (keyByCountry.size() > 1) {
                return Optional.empty();
            }
        }
        return keyByCountry.entrySet().stream().findFirst()
                .flatMap(e -> e.getValue().or(() -> context.countryNamed(e.getKey())));
    }
}
