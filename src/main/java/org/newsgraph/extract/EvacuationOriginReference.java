package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The origin of an evacuation that the article gives by reference instead of by name. "Buses bound for A and B ...
 * were sent to evacuate the wounded from those villages": the evacuation from the places just named (another one,
 * when the mention belongs to an evacuation from elsewhere). "The envoy pleaded for the fighters to leave the city",
 * in an article about one city: when an evacuation has no origin of its own and one of
 * its mentions moves people out of "the city" (or town, enclave ... : {@code lexicon/place-references.txt}), the
 * evacuation is from the place the article names most, provided one place clearly leads; an evacuation the article
 * tells with no place at all ("a ceasefire to allow medical evacuations") is given that place too, with less
 * confidence: an evacuation always has somewhere it leaves from, and a report about one city is about that city's.
 * Runs after {@link EvacuationExtractor}, whose evacuations it completes; it never overrides an origin the text names.
 */
public final class EvacuationOriginReference implements Extractor {

    /** The place the article is about is named this often at least, and more often than any other. */
    static final int MIN_MENTIONS = 3;

    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "dobj", "obl", "nmod", "obl:from", "nmod:from");

    private final Lexicon placeNouns = Lexicon.named("place-references");

    @Override
    public String name() {
        return "evacuation-origin-reference";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Set.of("ner", "depparse");
    }

    @Override
    public Set<String> requiresFacts() {
        return Set.of("from");
    }

    @Override
    public void extract(ExtractionContext context) {
        demonstrativeOrigins(context);
        for (String evacuation : context.entitiesOfKind(EntityKind.EVACUATION)) {
            boolean hasOrigin = context.factsWith("from").stream().anyMatch(f -> f.subject().equals(evacuation));
            if (hasOrigin) {
                continue;
            }
            Optional<String> place = mostNamedPlace(context);
            Optional<Integer> referring = referringSentence(context, evacuation);
            Optional<Integer> mentioned = referring.or(() -> firstMention(context, evacuation));
            if (place.isEmpty() || mentioned.isEmpty()) {
                continue;
            }
            // "leave the city" points at the article's city; a bare "medical evacuations" only suggests it
            context.addFact(evacuation, "from", place.get(), referring.isPresent()
                    ? context.evidence(referring.get(), 0.6, "evacuation/from-the-city")
                    : context.evidence(mentioned.get(), 0.4, "evacuation/from-article-place"));
            context.setLabel(evacuation, "Evacuation from " + context.labelOf(place.get()));
        }
    }

    /**
     * "Buses bound for A and B ... were sent to evacuate the wounded from those villages": an evacuation from the
     * places just named. The demonstrative points at the nearest places before it in the sentence (with those
     * coordinated with them); when the mention belongs to an evacuation from elsewhere, this is another evacuation.
     */
    private void demonstrativeOrigins(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            for (Token t : s.tokens()) {
                Optional<String> evacuation = context.entityAt(s.index(), t.index())
                        .filter(key -> context.kindOf(key) == EntityKind.EVACUATION);
                if (evacuation.isEmpty()) {
                    continue;
                }
                for (Dependency d : s.dependentsOf(t.index())) {
                    if (!d.relation().equals("obl:from") && !d.relation().equals("nmod:from")) {
                        continue;
                    }
                    List<String> places = demonstrativeReferents(context, s, d.dependent());
                    if (!places.isEmpty()) {
                        addOrigins(context, evacuation.get(), places, s.index());
                    }
                }
            }
        }
    }

    private List<String> demonstrativeReferents(ExtractionContext context, Sentence s, int noun) {
        Token token = s.token(noun);
        boolean demonstrative = s.dependentsOf(noun).stream().anyMatch(d -> d.relation().equals("det")
                && DEMONSTRATIVES.contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
        if (!demonstrative || !placeNouns.contains(token.lemma().toLowerCase(java.util.Locale.ROOT))
                || context.entityAt(s.index(), noun).isPresent()) {
            return List.of();
        }
        // the nearest place before the noun, in its sentence or the one before
        List<Sentence> sentences = context.sentences();
        int position = sentences.indexOf(s);
        for (int back = 0; back <= 1 && position - back >= 0; back++) {
            Sentence in = sentences.get(position - back);
            int from = back == 0 ? noun - 1 : in.tokens().size();
            for (int i = from; i >= 1; i--) {
                Optional<String> key = context.entityAt(in.index(), i);
                if (key.isPresent() && context.kindOf(key.get()) == EntityKind.PLACE) {
                    return withConjuncts(context, in, i, key.get());
                }
            }
        }
        return List.of();
    }

    /** "A and B": the place at {@code token} with the places coordinated with it, either way of the conj edge. */
    private static List<String> withConjuncts(ExtractionContext context, Sentence s, int token, String place) {
        java.util.LinkedHashSet<String> places = new java.util.LinkedHashSet<>();
        for (Dependency d : s.dependencies()) {
            int other = d.governor() == token ? d.dependent() : d.dependent() == token ? d.governor() : -1;
            if (other > 0 && d.relation().startsWith("conj")) {
                context.entityAt(s.index(), other).filter(k -> context.kindOf(k) == EntityKind.PLACE)
                        .ifPresent(places::add);
            }
        }
        places.add(place);
        // in the order the text names them
        return places.stream().sorted(java.util.Comparator.comparingInt(k -> firstToken(context, s, k))).toList();
    }

    private static int firstToken(ExtractionContext context, Sentence s, String key) {
        for (Token t : s.tokens()) {
            if (context.entityAt(s.index(), t.index()).filter(key::equals).isPresent()) {
                return t.index();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static void addOrigins(ExtractionContext context, String evacuation, List<String> places, int sentence) {
        List<String> existing = context.factsWith("from").stream().filter(f -> f.subject().equals(evacuation))
                .map(f -> ((FactValue.EntityRef) f.object()).key()).toList();
        String target = evacuation;
        if (!existing.isEmpty() && !existing.containsAll(places)) {
            String label = "Evacuation from " + String.join(" and ", places.stream().map(context::labelOf).toList());
            target = context.entitiesOfKind(EntityKind.EVACUATION).stream()
                    .filter(k -> context.labelOf(k).equals(label)).findFirst()
                    .orElseGet(() -> context.event(EntityKind.EVACUATION, label));
        } else if (existing.isEmpty()) {
            context.setLabel(evacuation, "Evacuation from "
                    + String.join(" and ", places.stream().map(context::labelOf).toList()));
        }
        for (String place : places) {
            context.addFact(target, "from", place, context.evidence(sentence, 0.6, "evacuation/from-those-places"));
        }
    }

    private static final Set<String> DEMONSTRATIVES = Set.of("those", "these", "that", "this");

    /** The sentence where a mention of the evacuation takes "the city" as what is left. */
    private Optional<Integer> referringSentence(ExtractionContext context, String evacuation) {
        for (Sentence s : context.sentences()) {
            for (Token t : s.tokens()) {
                if (!context.entityAt(s.index(), t.index()).filter(evacuation::equals).isPresent()) {
                    continue;
                }
                for (Dependency d : s.dependentsOf(t.index())) {
                    if (OBJECT_RELATIONS.contains(d.relation()) && refersToPlace(context, s, d.dependent())) {
                        return Optional.of(s.index());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> firstMention(ExtractionContext context, String evacuation) {
        for (Sentence s : context.sentences()) {
            for (Token t : s.tokens()) {
                if (context.entityAt(s.index(), t.index()).filter(evacuation::equals).isPresent()) {
                    return Optional.of(s.index());
                }
            }
        }
        return Optional.empty();
    }

    private boolean refersToPlace(ExtractionContext context, Sentence s, int noun) {
        Token token = s.token(noun);
        if (!placeNouns.contains(token.lemma().toLowerCase(java.util.Locale.ROOT))
                || context.entityAt(s.index(), noun).isPresent()) {
            return false;
        }
        return s.dependentsOf(noun).stream()
                .anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).word().equalsIgnoreCase("the"));
    }

    /** The place (not a country) with the most mentions, when it has {@link #MIN_MENTIONS} and no other as many. */
    static Optional<String> mostNamedPlace(ExtractionContext context) {
        Map<String, Integer> mentions = new HashMap<>();
        for (Sentence s : context.sentences()) {
            String previous = null;
            for (Token t : s.tokens()) {
                String key = context.entityAt(s.index(), t.index()).orElse(null);
                if (key != null && !key.equals(previous) && context.kindOf(key) == EntityKind.PLACE) {
                    mentions.merge(key, 1, Integer::sum);
                }
                previous = key;
            }
        }
        List<Map.Entry<String, Integer>> ranked = mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_MENTIONS
                || ranked.size() > 1 && ranked.get(1).getValue().equals(ranked.get(0).getValue())) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).getKey());
    }
}
