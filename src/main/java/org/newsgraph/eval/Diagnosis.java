package org.newsgraph.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the errors of an evaluation come from, counted per predicate: for each gold fact no prediction matched, the
 * step at which it was lost, and for each false fact, how it relates to the gold. The counts say which stage of the
 * pipeline to work on (an actor never found, a resolution never made, a vote on the wrong text, a sentence not read)
 * without reading the texts, so they can be reported for a part of the data that is kept unseen.
 *
 * @param misses     per predicate, the missed gold facts by cause
 * @param falseFacts per predicate, the false facts by cause
 * @param absentKeys how many missed facts hang on a gold key that picks nothing in its document
 *                   ({@code Resolution[number]}: no resolution there has the number the gold gives), by kind of key
 *                   and whether the document has other entities of the kind; one key that picks nothing can lose a
 *                   whole list of votes
 */
public record Diagnosis(Map<ScoredPredicate, Map<MissCause, Integer>> misses,
                        Map<ScoredPredicate, Map<FalseCause, Integer>> falseFacts,
                        Map<String, Integer> absentKeys) {

    public Diagnosis {
        misses = frozen(misses);
        falseFacts = frozen(falseFacts);
        absentKeys = Collections.unmodifiableMap(new java.util.TreeMap<>(absentKeys));
    }

    /** A cause as reports show it: a short label for a table column and what it means. */
    public interface Cause {
        String label();

        String meaning();
    }

    /** Why a gold fact was not found, as the first of these that holds in the document's graph. */
    public enum MissCause implements Cause {
        NO_DOCUMENT("no document", "the store holds no graph of the document"),
        NO_SUBJECT_OR_OBJECT("neither", "no entity of the document's graph is the subject, and none the object"),
        NO_SUBJECT("no subject", "the object is there, but no entity of the document is the subject"),
        NO_OBJECT("no object", "the subject is there, but no entity, quote or status of the document is the object"),
        OTHER_PREDICATE("other predicate", "subject and object are linked, by another predicate"),
        OTHER_OBJECT("other object", "the subject has the predicate, to something else"),
        OTHER_SUBJECT("other subject", "the object has the predicate, from something else"),
        UNLINKED("unlinked", "subject and object are both there, and nothing of the kind links them");

        private final String label;
        private final String meaning;

        MissCause(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public String meaning() {
            return meaning;
        }
    }

    /** How a false fact stands to the gold of its document, as the first of these that holds. */
    public enum FalseCause implements Cause {
        SUBJECT_NOT_IN_GOLD("subject unknown", "no gold row of the document names the subject"),
        OBJECT_NOT_IN_GOLD("object unknown", "no gold row of the document names the object"),
        OTHER_PREDICATE("other predicate", "the gold links subject and object by another predicate"),
        OTHER_OBJECT("other object", "the gold gives the subject this predicate to something else"),
        OTHER_SUBJECT("other subject", "the gold gives the object this predicate from something else"),
        UNRELATED("unrelated", "both are in the gold, which says nothing of the kind about them");

        private final String label;
        private final String meaning;

        FalseCause(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public String meaning() {
            return meaning;
        }
    }

    public int missed(ScoredPredicate predicate, MissCause cause) {
        return misses.getOrDefault(predicate, Map.of()).getOrDefault(cause, 0);
    }

    public int falseFacts(ScoredPredicate predicate, FalseCause cause) {
        return falseFacts.getOrDefault(predicate, Map.of()).getOrDefault(cause, 0);
    }

    /** Counts being gathered, one fact at a time. */
    static final class Tally {
        private final Map<ScoredPredicate, Map<MissCause, Integer>> misses = new EnumMap<>(ScoredPredicate.class);
        private final Map<ScoredPredicate, Map<FalseCause, Integer>> falseFacts =
                new EnumMap<>(ScoredPredicate.class);
        private final Map<String, Integer> absentKeys = new java.util.TreeMap<>();

        void absentKey(String description) {
            absentKeys.merge(description, 1, Integer::sum);
        }

        void miss(ScoredPredicate predicate, MissCause cause) {
            misses.computeIfAbsent(predicate, p -> new EnumMap<>(MissCause.class)).merge(cause, 1, Integer::sum);
        }

        void falseFact(ScoredPredicate predicate, FalseCause cause) {
            falseFacts.computeIfAbsent(predicate, p -> new EnumMap<>(FalseCause.class))
                    .merge(cause, 1, Integer::sum);
        }

        Diagnosis done() {
            return new Diagnosis(misses, falseFacts, absentKeys);
        }
    }

    private static <C extends Enum<C>> Map<ScoredPredicate, Map<C, Integer>> frozen(
            Map<ScoredPredicate, Map<C, Integer>> counts) {
        Map<ScoredPredicate, Map<C, Integer>> copy = new EnumMap<>(ScoredPredicate.class);
        counts.forEach((predicate, byCause) -> copy.put(predicate, Collections.unmodifiableMap(new EnumMap<>(byCause))));
        return Collections.unmodifiableMap(copy);
    }

    /** The predicates with any error, in {@link ScoredPredicate} order. */
    public List<ScoredPredicate> predicatesWithErrors() {
        return java.util.Arrays.stream(ScoredPredicate.values())
                .filter(p -> misses.containsKey(p) || falseFacts.containsKey(p)).toList();
    }
}
