package org.newsgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one evaluation: precision, recall and F1 per predicate and overall, the scores of each document,
 * every miss and false fact, and the entity pairs. Renders as an aligned text table, a Markdown table and JSON.
 *
 * @param gold              the gold file
 * @param documents         the documents scored: those of the gold file
 * @param missingDocuments  gold documents the store does not hold; all their gold facts are misses
 * @param predicates        one row per scored predicate, in {@link ScoredPredicate} order
 * @param overall           the sum over predicates
 * @param perDocument       the sum over predicates of each document
 * @param misses            gold facts no prediction matched
 * @param falseFacts        predictions that matched no gold fact, with their evidence
 * @param optionalOnly      predictions not counted because they match only optional gold facts
 * @param pairs             entity pairs, or null when no pair file was given
 * @param diagnosis         where the misses were lost and how the false facts stand to the gold
 */
public record EvalReport(Path gold, List<String> documents, List<String> missingDocuments,
                         List<PredicateScore> predicates, Score overall, List<DocumentScore> perDocument,
                         List<Miss> misses, List<PredictedFact> falseFacts, int optionalOnly, PairScore pairs,
                         Diagnosis diagnosis) {

    public EvalReport {
        documents = List.copyOf(documents);
        missingDocuments = List.copyOf(missingDocuments);
        predicates = List.copyOf(predicates);
        perDocument = List.copyOf(perDocument);
        misses = List.copyOf(misses);
        falseFacts = List.copyOf(falseFacts);
    }

    /**
     * Counts for one predicate, document or the whole set. {@code matched} gold facts were found by some prediction;
     * {@code correct} predictions match some gold fact. The two differ when one prediction matches several gold facts
     * (a long quote holding two gold snippets) or several predictions one gold fact (two resolutions a key picks).
     */
    public record Score(int gold, int predicted, int matched, int correct) {

        public static final Score ZERO = new Score(0, 0, 0, 0);

        /** NaN when nothing was predicted. */
        public double precision() {
            return predicted == 0 ? Double.NaN : (double) correct / predicted;
        }

        /** NaN when there is no gold fact. */
        public double recall() {
            return gold == 0 ? Double.NaN : (double) matched / gold;
        }

        /** NaN when there is neither a gold fact nor a prediction; an undefined precision or recall counts as 0. */
        public double f1() {
            if (gold == 0 && predicted == 0) {
                return Double.NaN;
            }
            double p = predicted == 0 ? 0 : precision();
            double r = gold == 0 ? 0 : recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public Score plus(Score other) {
            return new Score(gold + other.gold, predicted + other.predicted, matched + other.matched,
                    correct + other.correct);
        }
    }

    public record PredicateScore(ScoredPredicate predicate, Score score) {
    }

    public record DocumentScore(String document, Score score) {
    }

    /** A gold fact no prediction matched: its document, line, the row as written and where it was lost. */
    public record Miss(String document, int line, ScoredPredicate predicate, String fact,
                       Diagnosis.MissCause cause) {
    }

    /** One entity pair and the entities each side stands for, as their labels (or IRIs). */
    public record PairResult(EntityPair pair, boolean held, List<String> first, List<String> second) {
        public PairResult {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }
    }

    public record PairScore(Path file, List<PairResult> results) {

        public PairScore {
            results = List.copyOf(results);
        }

        public int held() {
            return (int) results.stream().filter(PairResult::held).count();
        }

        public int total() {
            return results.size();
        }

        public int held(EntityPair.Kind kind) {
            return (int) results.stream().filter(r -> r.pair().kind() == kind && r.held()).count();
        }

        public int total(EntityPair.Kind kind) {
            return (int) results.stream().filter(r -> r.pair().kind() == kind).count();
        }

        /** Percentage of pairs that hold; NaN for an empty file. */
        public double percent() {
            return total() == 0 ? Double.NaN : 100.0 * held() / total();
        }
    }

    public Score score(ScoredPredicate predicate) {
        return predicates.stream().filter(p -> p.predicate() == predicate).map(PredicateScore::score)
                .findFirst().orElse(Score.ZERO);
    }

    // ---------------------------------------------------------------- text

    private static final List<String> HEADERS = List.of("predicate", "gold", "predicted", "matched", "correct",
            "P", "R", "F1");

    /** The table for a terminal; with {@code explain}, also per-document scores, misses, false facts, failed pairs. */
    public String toText(boolean explain) {
        StringBuilder out = new StringBuilder();
        out.append("Evaluation against ").append(gold).append(": ").append(plural(documents.size(), "document"))
                .append(", ").append(plural(overall.gold(), "gold fact")).append(", ")
                .append(plural(overall.predicted(), "scored prediction")).append('\n');
        if (!missingDocuments.isEmpty()) {
            out.append("Not in the store (every gold fact of theirs is a miss): ")
                    .append(String.join(", ", missingDocuments)).append('\n');
        }
        out.append('\n');
        List<List<String>> rows = new ArrayList<>();
        for (PredicateScore row : predicates) {
            rows.add(cells(row.predicate().goldName(), row.score()));
        }
        rows.add(cells("overall", overall));
        out.append(align(HEADERS, rows, rows.size() - 1));
        out.append("matched: gold facts found; correct: predictions that match a gold fact\n");
        if (optionalOnly > 0) {
            out.append("Not counted: ").append(plural(optionalOnly, "prediction"))
                    .append(" matching only optional gold facts\n");
        }
        if (pairs != null) {
            out.append('\n').append(pairSummary()).append('\n');
        }
        if (explain) {
            out.append(explanation());
        }
        return out.toString();
    }

    private String pairSummary() {
        return "Entity pairs (" + pairs.file() + "): " + pairs.held() + " of " + pairs.total() + " hold ("
                + percent(pairs.percent()) + "); same " + pairs.held(EntityPair.Kind.SAME) + "/"
                + pairs.total(EntityPair.Kind.SAME) + ", distinct " + pairs.held(EntityPair.Kind.DISTINCT) + "/"
                + pairs.total(EntityPair.Kind.DISTINCT);
    }

    /**
     * The reasons behind the numbers, for {@code --explain}: the scores of each document, every miss with its gold
     * line, every false fact with the sentence and rule that produced it, and the entity pairs that do not hold.
     */
    public String explanation() {
        StringBuilder out = new StringBuilder();
        out.append("\nPer document\n");
        List<List<String>> rows = new ArrayList<>();
        for (DocumentScore row : perDocument) {
            rows.add(cells(row.document(), row.score()));
        }
        List<String> headers = new ArrayList<>(HEADERS);
        headers.set(0, "document");
        out.append(align(headers, rows, -1));

        out.append("\nMisses: gold facts no prediction matched (").append(misses.size()).append(")\n");
        for (Miss miss : misses) {
            out.append("  ").append(gold.getFileName()).append(':').append(miss.line()).append("  ")
                    .append(miss.document()).append("  ").append(miss.fact()).append("  [")
                    .append(miss.cause().label()).append("]\n");
        }
        out.append("\nFalse facts: predictions that match no gold fact (").append(falseFacts.size()).append(")\n");
        for (PredictedFact fact : falseFacts) {
            out.append("  ").append(fact.document()).append("  ").append(fact.describe()).append('\n');
            if (fact.evidence().isEmpty()) {
                out.append("      (no evidence node)\n");
            }
            for (FactEvidence evidence : fact.evidence()) {
                out.append("      rule ").append(evidence.rule().isEmpty() ? "(none)" : evidence.rule());
                if (!Double.isNaN(evidence.confidence())) {
                    out.append(String.format(Locale.ROOT, ", confidence %.2f", evidence.confidence()));
                }
                out.append(": ").append(oneLine(evidence.sentence())).append('\n');
            }
        }
        if (pairs != null) {
            List<PairResult> failed = pairs.results().stream().filter(r -> !r.held()).toList();
            out.append("\nEntity pairs that do not hold (").append(failed.size()).append(")\n");
            for (PairResult result : failed) {
                EntityPair pair = result.pair();
                out.append("  ").append(pairs.file().getFileName()).append(':').append(pair.line()).append("  ")
                        .append(pair.describe()).append('\n')
                        .append("      ").append(pair.first().text()).append(" -> ").append(entities(result.first()))
                        .append('\n')
                        .append("      ").append(pair.second().text()).append(" -> ")
                        .append(entities(result.second())).append('\n');
            }
        }
        return out.toString();
    }

    private static String entities(List<String> found) {
        return found.isEmpty() ? "(no entity)" : String.join("; ", found);
    }

    private static String oneLine(String text) {
        return text.isEmpty() ? "(no sentence)" : text.replaceAll("\\s+", " ").strip();
    }

    private static List<String> cells(String name, Score s) {
        return List.of(name, Integer.toString(s.gold()), Integer.toString(s.predicted()),
                Integer.toString(s.matched()), Integer.toString(s.correct()),
                ratio(s.precision()), ratio(s.recall()), ratio(s.f1()));
    }

    /** Columns padded to their widest cell, numbers right-aligned; a rule above row {@code ruleBefore}. */
    static String align(List<String> headers, List<List<String>> rows, int ruleBefore) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, headers, widths);
        for (int r = 0; r < rows.size(); r++) {
            if (r == ruleBefore) {
                List<String> rule = new ArrayList<>();
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                appendRow(out, rule, widths);
            }
            appendRow(out, rows.get(r), widths);
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            if (c > 0) {
                line.append("  ");
            }
            line.append(c == 0 ? cell + pad : pad + cell);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    // ---------------------------------------------------------------- markdown

    /** The per-predicate table as Markdown, for pasting into a README, and the pair summary below it. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| predicate | gold | predicted | matched | correct | P | R | F1 |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|\n");
        for (PredicateScore row : predicates) {
            out.append(markdownRow(row.predicate().goldName(), row.score()));
        }
        out.append(markdownRow("**overall**", overall));
        if (!missingDocuments.isEmpty()) {
            out.append("\nNot in the store (every gold fact of theirs is a miss): ")
                    .append(String.join(", ", missingDocuments)).append('\n');
        }
        if (pairs != null) {
            out.append('\n').append(pairSummary()).append('\n');
        }
        return out.toString();
    }

    private static String markdownRow(String name, Score s) {
        return "| " + String.join(" | ", cells(name, s)) + " |\n";
    }

    // ---------------------------------------------------------------- json

    /** The report as pretty-printed JSON; undefined ratios are null. With {@code explain}, the lists too. */
    public String toJson(boolean explain) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("gold", gold.toString());
        ArrayNode docs = root.putArray("documents");
        documents.forEach(docs::add);
        ArrayNode missing = root.putArray("missingDocuments");
        missingDocuments.forEach(missing::add);
        ArrayNode rows = root.putArray("predicates");
        for (PredicateScore row : predicates) {
            scoreJson(rows.addObject().put("predicate", row.predicate().goldName()), row.score());
        }
        scoreJson(root.putObject("overall"), overall);
        root.put("optionalOnly", optionalOnly);
        DiagnosisTables.json(root.putObject("diagnosis"), diagnosis);
        if (pairs != null) {
            ObjectNode p = root.putObject("pairs");
            p.put("file", pairs.file().toString());
            p.put("held", pairs.held());
            p.put("total", pairs.total());
            number(p, "percent", pairs.percent());
            for (EntityPair.Kind kind : EntityPair.Kind.values()) {
                p.putObject(kind.word()).put("held", pairs.held(kind)).put("total", pairs.total(kind));
            }
            if (explain) {
                ArrayNode results = p.putArray("results");
                for (PairResult result : pairs.results()) {
                    ObjectNode r = results.addObject();
                    r.put("line", result.pair().line());
                    r.put("kind", result.pair().kind().word());
                    r.put("first", result.pair().first().text());
                    r.put("second", result.pair().second().text());
                    r.put("held", result.held());
                    ArrayNode first = r.putArray("firstEntities");
                    result.first().forEach(first::add);
                    ArrayNode second = r.putArray("secondEntities");
                    result.second().forEach(second::add);
                }
            }
        }
        if (explain) {
            ArrayNode perDoc = root.putArray("perDocument");
            for (DocumentScore row : perDocument) {
                scoreJson(perDoc.addObject().put("document", row.document()), row.score());
            }
            ArrayNode missNodes = root.putArray("misses");
            for (Miss miss : misses) {
                missNodes.addObject().put("document", miss.document()).put("line", miss.line())
                        .put("predicate", miss.predicate().goldName()).put("fact", miss.fact())
                        .put("cause", miss.cause().label());
            }
            ArrayNode falseNodes = root.putArray("falseFacts");
            for (PredictedFact fact : falseFacts) {
                ObjectNode f = falseNodes.addObject();
                f.put("document", fact.document());
                f.put("predicate", fact.predicate().goldName());
                f.put("subject", fact.subjectText());
                f.put("subjectIri", fact.subject().isURI() ? fact.subject().getURI() : fact.subject().toString());
                f.put("object", fact.objectText());
                if (fact.object().isURI()) {
                    f.put("objectIri", fact.object().getURI());
                }
                ArrayNode evidence = f.putArray("evidence");
                for (FactEvidence e : fact.evidence()) {
                    ObjectNode node = evidence.addObject().put("sentence", e.sentence()).put("rule", e.rule());
                    number(node, "confidence", e.confidence());
                }
            }
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scoreJson(ObjectNode node, Score s) {
        node.put("gold", s.gold()).put("predicted", s.predicted()).put("matched", s.matched())
                .put("correct", s.correct());
        number(node, "precision", s.precision());
        number(node, "recall", s.recall());
        number(node, "f1", s.f1());
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", value);
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
