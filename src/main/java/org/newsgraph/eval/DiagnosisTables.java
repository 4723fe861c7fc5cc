package org.newsgraph.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.eval.Diagnosis.FalseCause;
import org.newsgraph.eval.Diagnosis.MissCause;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/** Renders a {@link Diagnosis} as two tables (misses by cause, false facts by cause) for a terminal, Markdown or JSON. */
public final class DiagnosisTables {

    private DiagnosisTables() {
    }

    /** Both tables, aligned for a terminal, with a legend of the causes. */
    public static String text(Diagnosis diagnosis) {
        StringBuilder out = new StringBuilder();
        out.append("\nWhere the missed gold facts were lost\n");
        out.append(EvalReport.align(headers("missed", MissCause.values()),
                rows(diagnosis, MissCause.values(), diagnosis::missed), -1));
        out.append(legend(MissCause.values()));
        if (!diagnosis.absentKeys().isEmpty()) {
            out.append("\nMissed facts whose resolution or evacuation key picks nothing\n");
            diagnosis.absentKeys().forEach((key, facts) ->
                    out.append("  ").append(key).append(": ").append(facts).append('\n'));
        }
        out.append("\nHow the false facts stand to the gold\n");
        out.append(EvalReport.align(headers("false", FalseCause.values()),
                rows(diagnosis, FalseCause.values(), diagnosis::falseFacts), -1));
        out.append(legend(FalseCause.values()));
        return out.toString();
    }

    /** Both tables as Markdown. */
    public static String markdown(Diagnosis diagnosis) {
        return "\n" + markdownTable(headers("missed", MissCause.values()),
                rows(diagnosis, MissCause.values(), diagnosis::missed))
                + "\n" + markdownTable(headers("false", FalseCause.values()),
                rows(diagnosis, FalseCause.values(), diagnosis::falseFacts));
    }

    static void json(ObjectNode node, Diagnosis diagnosis) {
        ObjectNode keys = node.putObject("absentKeys");
        diagnosis.absentKeys().forEach(keys::put);
        ObjectNode misses = node.putObject("misses");
        ObjectNode falseFacts = node.putObject("falseFacts");
        for (ScoredPredicate predicate : diagnosis.predicatesWithErrors()) {
            ObjectNode missed = misses.putObject(predicate.goldName());
            for (MissCause cause : MissCause.values()) {
                missed.put(cause.label(), diagnosis.missed(predicate, cause));
            }
            ObjectNode wrong = falseFacts.putObject(predicate.goldName());
            for (FalseCause cause : FalseCause.values()) {
                wrong.put(cause.label(), diagnosis.falseFacts(predicate, cause));
            }
        }
    }

    private static List<String> headers(String total, Diagnosis.Cause[] causes) {
        List<String> headers = new ArrayList<>(List.of("predicate", total));
        Arrays.stream(causes).map(Diagnosis.Cause::label).forEach(headers::add);
        return headers;
    }

    private static <C> List<List<String>> rows(Diagnosis diagnosis, C[] causes,
                                               BiFunction<ScoredPredicate, C, Integer> count) {
        List<List<String>> rows = new ArrayList<>();
        int[] totals = new int[causes.length];
        for (ScoredPredicate predicate : diagnosis.predicatesWithErrors()) {
            List<String> row = new ArrayList<>(List.of(predicate.goldName(), ""));
            int sum = 0;
            for (int c = 0; c < causes.length; c++) {
                int n = count.apply(predicate, causes[c]);
                totals[c] += n;
                sum += n;
                row.add(Integer.toString(n));
            }
            row.set(1, Integer.toString(sum));
            rows.add(row);
        }
        List<String> overall = new ArrayList<>(List.of("overall", Integer.toString(Arrays.stream(totals).sum())));
        Arrays.stream(totals).mapToObj(Integer::toString).forEach(overall::add);
        rows.add(overall);
        return rows;
    }

    private static String legend(Diagnosis.Cause[] causes) {
        StringBuilder out = new StringBuilder();
        for (Diagnosis.Cause cause : causes) {
            out.append("  ").append(cause.label()).append(": ").append(cause.meaning()).append('\n');
        }
        return out.toString();
    }

    private static String markdownTable(List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("| " + String.join(" | ", headers) + " |\n|---");
        out.append("|--:".repeat(headers.size() - 1)).append("|\n");
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }
}
