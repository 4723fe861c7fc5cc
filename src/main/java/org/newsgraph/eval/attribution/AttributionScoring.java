package org.newsgraph.eval.attribution;

import org.newsgraph.eval.attribution.GoldAttribution.Kind;
import org.newsgraph.eval.attribution.GoldAttribution.SourceKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores the store's statements against brat attributions.
 * <p>
 * A statement matches a gold attribution when at least half of the statement's span lies inside the gold content and
 * one of the speaker's names shares a word with the gold source (function words aside). A statement is counted in the
 * class (direct, mixed or indirect; named or pronoun/description source) of the gold attribution it matches, else of
 * the one whose content holds most of it, else (it overlaps no gold content) of its own form with a named source,
 * since the store only names speakers by name. A gold attribution is found when some statement matches it; a statement
 * is correct when it matches some gold attribution. Precision is correct / predicted, recall found / gold.
 */
public final class AttributionScoring {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "for", "in", "on", "at",
            "to", "by", "de", "la", "le", "van", "von", "der", "jr", "sr", "mr", "mrs", "ms", "dr");

    private AttributionScoring() {
    }

    /** A gold attribution with whether it was found, and the statements that cover its content. */
    public record GoldResult(GoldAttribution gold, boolean found, List<PredictedStatement> covering) {}

    /** A statement with its class, whether it matched, and the gold attribution whose content holds it, if any. */
    public record StatementResult(PredictedStatement statement, Kind kind, SourceKind sourceKind, boolean correct,
                                  Optional<GoldAttribution> gold) {}

    public static AttributionReport score(String folder, BratAttributions gold,
                                          Map<String, List<PredictedStatement>> predictions) {
        List<GoldResult> golds = new ArrayList<>();
        List<StatementResult> statements = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String document : gold.documents()) {
            if (!predictions.containsKey(document)) {
                missing.add(document);
            }
            List<PredictedStatement> predicted = predictions.getOrDefault(document, List.of());
            List<GoldAttribution> attributions = gold.attributionsOf(document);
            for (GoldAttribution g : attributions) {
                List<PredictedStatement> covering = predicted.stream().filter(p -> mostlyInside(p, g)).toList();
                boolean found = covering.stream().anyMatch(p -> sharesWord(p, g));
                golds.add(new GoldResult(g, found, covering));
            }
            for (PredictedStatement p : predicted) {
                Optional<GoldAttribution> matched = attributions.stream()
                        .filter(g -> mostlyInside(p, g) && sharesWord(p, g)).findFirst();
                Optional<GoldAttribution> holder = matched.or(() -> attributions.stream()
                        .filter(g -> mostlyInside(p, g))
                        .max(Comparator.comparingInt(g -> g.insideContent(p.begin(), p.end()))));
                statements.add(holder
                        .map(g -> new StatementResult(p, g.kind(), g.sourceKind(), matched.isPresent(), Optional.of(g)))
                        .orElseGet(() -> new StatementResult(p, p.direct() ? Kind.DIRECT : Kind.INDIRECT,
                                SourceKind.NAMED, false, Optional.empty())));
            }
        }
        return new AttributionReport(folder, gold, gold.documents().size(), missing, golds, statements);
    }

    static boolean mostlyInside(PredictedStatement statement, GoldAttribution gold) {
        return statement.length() > 0 && 2 * gold.insideContent(statement.begin(), statement.end()) >= statement.length();
    }

    static boolean sharesWord(PredictedStatement statement, GoldAttribution gold) {
        if (gold.sourceText() == null) {
            return false;
        }
        Set<String> source = words(gold.sourceText());
        return statement.speakerNames().stream().anyMatch(name -> words(name).stream().anyMatch(source::contains));
    }

    static Set<String> words(String text) {
        Set<String> words = new java.util.HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 2 && !FUNCTION_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
