package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Evacuations a report recalls from before its news: "In 2015 the town was evacuated for three weeks", "residents fled
 * the same valley two years ago". Their state is history, not the state of the evacuation the report tells.
 */
final class EvacuationBackground {

    private EvacuationBackground() {
    }

    private static final Set<String> PERIODS = Set.of("year", "decade", "century");
    private static final Set<String> EARLIER = Set.of("last", "previous", "past");

    /**
     * Whether the clause of {@code cue} is dated before the report: a year earlier than the report's own, "N years ago",
     * "last year", "the previous decade". Only the time adjuncts of the clause count, not a year named elsewhere in the
     * sentence.
     */
    static boolean datedEarlier(ExtractionContext context, Sentence s, Token cue) {
        for (Token head : EvacuationExtractor.clauseHeads(s, cue)) {
            for (Dependency d : s.dependentsOf(head.index())) {
                String rel = d.relation();
                boolean timeAdjunct = rel.startsWith("obl") || rel.equals("nmod:tmod") || rel.equals("advmod")
                        || rel.equals("nmod:in");
                if (timeAdjunct && earlierWithin(context.date(), s, d.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean earlierWithin(LocalDate published, Sentence s, int adjunct) {
        Deque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[]{adjunct, 0});
        while (!todo.isEmpty()) {
            int[] next = todo.poll();
            Token t = s.token(next[0]);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (word.equals("ago") && hasPeriodOrNumber(s, t)) {
                return true;
            }
            // "last year", "the previous decade"; "two years ago" parsed with "ago" under "years"
            if (PERIODS.contains(t.lemma().toLowerCase(Locale.ROOT)) && s.dependentsOf(t.index()).stream()
                    .anyMatch(m -> m.relation().equals("amod") && EARLIER.contains(s.token(m.dependent()).lemma().toLowerCase(Locale.ROOT))
                            || s.token(m.dependent()).word().equalsIgnoreCase("ago"))) {
                return true;
            }
            if (published != null && t.pos().equals("CD") && word.matches("(19|20)\\d\\d")
                    && Integer.parseInt(word) < published.getYear()) {
                return true;
            }
            if (next[1] < 2) {
                s.dependentsOf(next[0]).stream()
                        .filter(d -> !d.relation().startsWith("acl") && !d.relation().startsWith("advcl"))
                        .forEach(d -> todo.add(new int[]{d.dependent(), next[1] + 1}));
            }
        }
        return false;
    }

    /** "two years ago", "decades ago" (not "hours ago", which is the news itself). */
    private static boolean hasPeriodOrNumber(Sentence s, Token ago) {
        return s.dependentsOf(ago.index()).stream()
                .anyMatch(d -> PERIODS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    }
}
