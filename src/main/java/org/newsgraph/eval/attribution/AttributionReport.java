package org.newsgraph.eval.attribution;

import org.newsgraph.eval.attribution.AttributionScoring.GoldResult;
import org.newsgraph.eval.attribution.AttributionScoring.StatementResult;
import org.newsgraph.eval.attribution.GoldAttribution.Kind;
import org.newsgraph.eval.attribution.GoldAttribution.SourceKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The scores of {@link AttributionScoring}: one row per class of attribution, then the misses and false ones. */
public record AttributionReport(String folder, BratAttributions gold, int documents, List<String> missingDocuments,
                                List<GoldResult> golds, List<StatementResult> statements) {

    /** Gold, found, predicted, correct for one class of attributions. */
    public record Row(String name, int gold, int found, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The headline class: direct and mixed quotes whose source names someone. */
    public Row quotesNamed() {
        return row("direct+mixed, named source", EnumSet.of(Kind.DIRECT, Kind.MIXED), EnumSet.of(SourceKind.NAMED));
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (SourceKind source : List.of(SourceKind.NAMED, SourceKind.DESCRIPTION)) {
                rows.add(row(kind.label() + ", " + source.label() + " source", EnumSet.of(kind), EnumSet.of(source)));
            }
        }
        rows.add(quotesNamed());
        rows.add(row("direct+mixed, any source", EnumSet.of(Kind.DIRECT, Kind.MIXED),
                EnumSet.of(SourceKind.NAMED, SourceKind.DESCRIPTION)));
        rows.add(row("indirect, any source", EnumSet.of(Kind.INDIRECT),
                EnumSet.of(SourceKind.NAMED, SourceKind.DESCRIPTION)));
        rows.add(row("all", EnumSet.allOf(Kind.class), EnumSet.of(SourceKind.NAMED, SourceKind.DESCRIPTION)));
        return rows;
    }

    /** Statements inside the content of an attribution the article gives no source for: never correct. */
    public long unsourcedPredictions() {
        return statements.stream().filter(s -> s.sourceKind() == SourceKind.NONE).count();
    }

    private Row row(String name, Set<Kind> kinds, Set<SourceKind> sources) {
        Predicate<GoldAttribution> inGold = g -> kinds.contains(g.kind()) && sources.contains(g.sourceKind());
        int gold = (int) golds.stream().filter(g -> inGold.test(g.gold())).count();
        int found = (int) golds.stream().filter(g -> inGold.test(g.gold()) && g.found()).count();
        List<StatementResult> predicted = statements.stream()
                .filter(s -> kinds.contains(s.kind()) && sources.contains(s.sourceKind())).toList();
        int correct = (int) predicted.stream().filter(StatementResult::correct).count();
        return new Row(name, gold, found, predicted.size(), correct);
    }

    public String toText(boolean explain) {
        StringBuilder out = new StringBuilder();
        out.append("Attributions of ").append(folder).append(": ").append(documents).append(" documents, ")
                .append(golds.size()).append(" attributions (")
                .append(golds.stream().filter(g -> g.gold().sourceKind() == SourceKind.NONE).count())
                .append(" without a source, not scored), ").append(statements.size())
                .append(" statements with a speaker\n");
        if (!missingDocuments.isEmpty()) {
            out.append("Not in the store (scored as having no statements): ").append(missingDocuments.size())
                    .append(" documents, e.g. ").append(missingDocuments.get(0)).append('\n');
        }
        out.append('\n');
        String format = "%-40s %6s %6s %9s %7s %6s %6s %6s%n";
        out.append(String.format(Locale.ROOT, format, "class", "gold", "found", "predicted", "correct", "P", "R", "F1"));
        for (Row row : rows()) {
            out.append(String.format(Locale.ROOT, format, row.name(), row.gold(), row.found(), row.predicted(),
                    row.correct(), decimal(row.precision()), decimal(row.recall()), decimal(row.f1())));
        }
        out.append(String.format(Locale.ROOT, "%nStatements inside unsourced attributions (counted false): %d%n",
                unsourcedPredictions()));
        if (explain) {
            out.append(explanation());
        }
        return out.toString();
    }

    public String explanation() {
        StringBuilder out = new StringBuilder("\nMissed attributions (gold not found):\n");
        for (GoldResult g : golds) {
            if (g.found() || g.gold().sourceKind() == SourceKind.NONE) {
                continue;
            }
            GoldAttribution a = g.gold();
            out.append("  ").append(a.document()).append(" [").append(a.kind().label()).append(", ")
                    .append(a.sourceKind().label()).append("] source \"").append(oneLine(a.sourceText()))
                    .append("\": ").append(abbreviate(oneLine(a.contentText()), 160));
            if (!g.covering().isEmpty()) {
                out.append("  (given to ").append(String.join(", ",
                        g.covering().stream().map(PredictedStatement::speaker).distinct().toList())).append(')');
            }
            out.append('\n');
        }
        out.append("\nFalse attributions (statement matches no gold attribution):\n");
        for (StatementResult s : statements) {
            if (s.correct()) {
                continue;
            }
            PredictedStatement p = s.statement();
            out.append("  ").append(p.document()).append(" [").append(s.kind().label()).append(", ")
                    .append(s.sourceKind().label()).append("] ").append(p.speaker()).append(": ")
                    .append(abbreviate(oneLine(sentenceAround(p)), 200));
            s.gold().ifPresent(g -> out.append("  (gold source \"").append(oneLine(g.sourceText() == null ? "" : g.sourceText())).append("\")"));
            out.append('\n');
        }
        return out.toString();
    }

    /** The statement in the sentence (or paragraph) around it, so a reader sees the speaker's cue. */
    private String sentenceAround(PredictedStatement p) {
        String text = gold.text(p.document());
        if (text == null || p.end() > text.length()) {
            return "";
        }
        int begin = Math.max(text.lastIndexOf('\n', Math.max(0, p.begin() - 1)) + 1, p.begin() - 150);
        int lineEnd = text.indexOf('\n', p.end());
        int end = Math.min(lineEnd < 0 ? text.length() : lineEnd, p.end() + 120);
        return text.substring(begin, end);
    }

    public String toJson() {
        StringBuilder out = new StringBuilder("{\"folder\":").append(quoted(folder))
                .append(",\"documents\":").append(documents).append(",\"rows\":[");
        List<Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.append(i == 0 ? "" : ",").append("{\"class\":").append(quoted(r.name())).append(",\"gold\":")
                    .append(r.gold()).append(",\"found\":").append(r.found()).append(",\"predicted\":")
                    .append(r.predicted()).append(",\"correct\":").append(r.correct()).append(",\"precision\":")
                    .append(decimal(r.precision())).append(",\"recall\":").append(decimal(r.recall()))
                    .append(",\"f1\":").append(decimal(r.f1())).append('}');
        }
        return out.append("]}\n").toString();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
