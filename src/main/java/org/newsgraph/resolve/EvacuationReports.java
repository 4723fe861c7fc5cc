package org.newsgraph.resolve;

import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactValue;
import org.newsgraph.extract.LocalEntity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's evacuations as {@link EvacuationIdentity.Report}s: origins by the IRIs they resolved to and by every
 * name the article uses for them, who is moved, and the start date the article refers to, if any.
 */
public final class EvacuationReports {

    /**
     * "The evacuation, which began on Thursday", "the airlift that started on 14 August": an explicit reference to an
     * operation already under way, by the day it began.
     */
    private static final Pattern STARTED = Pattern.compile(
            "\\b(?:began|begun|started|commenced|got under way|got underway|was launched|were launched)\\s+"
                    + "(?:on\\s+|last\\s+)?(?<when>(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "|(?<day1>\\d{1,2})\\s+(?<month1>[a-z]+)|(?<month2>[a-z]+)\\s+(?<day2>\\d{1,2})\\b)",
            Pattern.CASE_INSENSITIVE);

    private EvacuationReports() {
    }

    /**
     * The document's evacuations; {@code iris} and {@code labels} give each named entity's IRI and canonical label by
     * local key.
     */
    public static List<EvacuationIdentity.Report> of(DocumentFacts document, Map<String, String> iris,
                                                      Map<String, String> labels) {
        List<EvacuationIdentity.Report> reports = new ArrayList<>();
        for (LocalEntity e : document.entities()) {
            if (e.kind() != EntityKind.EVACUATION) {
                continue;
            }
            Set<String> originIris = new LinkedHashSet<>();
            Set<String> originNames = new LinkedHashSet<>();
            List<String> evacuees = new ArrayList<>();
            LocalDate start = null;
            for (Fact fact : document.facts()) {
                if (!fact.subject().equals(e.key())) {
                    continue;
                }
                if (fact.predicate().equals("from") && fact.object() instanceof FactValue.EntityRef ref
                        && iris.containsKey(ref.key())) {
                    originIris.add(iris.get(ref.key()));
                    Optional.ofNullable(labels.get(ref.key())).ifPresent(originNames::add);
                    document.entity(ref.key()).ifPresent(place -> originNames.addAll(place.names()));
                }
                if (fact.predicate().equals("evacuees") && fact.object() instanceof FactValue.Literal literal) {
                    evacuees.add(literal.lexical());
                }
                if (start == null && fact.evidence() != null && document.date() != null) {
                    start = referredStart(fact.evidence().sentence(), document.date()).orElse(null);
                }
            }
            reports.add(new EvacuationIdentity.Report(document.documentId(), document.date(), e.key(), e.label(),
                    originIris, originNames, EvacueeGroups.of(evacuees), start));
        }
        return reports;
    }

    /** The day a sentence says the operation began, read against the article's date; never after it. */
    static Optional<LocalDate> referredStart(String sentence, LocalDate articleDate) {
        Matcher m = STARTED.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group("weekday") != null) {
            DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
            LocalDate date = articleDate.minusDays(1);
            while (date.getDayOfWeek() != day) {
                date = date.minusDays(1);
            }
            return Optional.of(date);
        }
        String month = m.group("month1") != null ? m.group("month1") : m.group("month2");
        String day = m.group("day1") != null ? m.group("day1") : m.group("day2");
        Optional<Month> named = month(month);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        int dayOfMonth = Integer.parseInt(day);
        if (dayOfMonth < 1 || dayOfMonth > named.get().length(true)) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(articleDate.getYear(), named.get(), Math.min(dayOfMonth,
                named.get().length(articleDate.isLeapYear())));
        return Optional.of(date.isAfter(articleDate) ? date.minusYears(1) : date);
    }

    private static Optional<Month> month(String word) {
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(word)
                    || (word.length() >= 3 && m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    .equalsIgnoreCase(word.replace(".", "")))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
