package org.newsgraph.resolve;

import org.newsgraph.rdf.Iris;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which reports tell of one evacuation operation. A report joins a known operation when
 * <ul>
 *   <li>its date (or the start it refers to: "the evacuation, which began on Thursday") lies within
 *       {@link #WINDOW_DAYS} days of a report of that operation, and</li>
 *   <li>their origins meet: a place in common, or one place named as a part of the other ("eastern Aleppo" and
 *       "Aleppo", see {@link PlaceParts}), and</li>
 *   <li>they do not move different people: foreign nationals flown out of a city are another operation than its
 *       residents bussed out ({@link EvacueeGroups}).</li>
 * </ul>
 * Otherwise it starts an operation of its own. Reports of an undated article, or without an origin, cannot be placed
 * and stay their own. Two evacuations one article keeps apart (their origins do not meet) never join one operation.
 * Decisions depend only on what came before in corpus order, so a later article joins the operation without any
 * earlier one being resolved again.
 */
public final class EvacuationIdentity {

    /**
     * Reports of one operation come within days of each other, and an operation that lasts weeks is reported on all
     * along; the same town evacuated again is months apart. Two weeks separate the two.
     */
    public static final int WINDOW_DAYS = 14;

    /** An operation as far as the reports resolved so far tell it. */
    public record KnownEvacuation(String iri, String label, Set<String> originIris, Set<String> originNames,
                                  Set<EvacueeGroups.Group> groups, LocalDate firstDate, LocalDate lastDate) {
        public KnownEvacuation {
            originIris = Set.copyOf(originIris);
            originNames = Set.copyOf(originNames);
            groups = Set.copyOf(groups);
        }
    }

    /**
     * One article's evacuation: its document and local key, its own label, its origins (IRIs and every name the
     * article and the store give them), who is moved, the article's date and the start date the article refers to.
     */
    public record Report(String documentId, LocalDate date, String key, String label, Set<String> originIris,
                         Set<String> originNames, Set<EvacueeGroups.Group> groups, LocalDate referredStart) {
        public Report {
            originIris = Set.copyOf(originIris);
            originNames = Set.copyOf(originNames);
            groups = Set.copyOf(groups);
        }
    }

    private final List<KnownEvacuation> operations = new ArrayList<>();
    private final Set<String> iris = new HashSet<>();
    /** Per document, what its evacuations resolved to so far: two of one article that it keeps apart stay apart. */
    private final Map<String, List<Report>> placedByDocument = new HashMap<>();
    private final Map<String, String> iriByPlacedReport = new HashMap<>();

    public EvacuationIdentity(Collection<KnownEvacuation> known) {
        known.forEach(k -> {
            operations.add(k);
            iris.add(k.iri());
        });
    }

    /** The operation the report belongs to, extended by it, or a new one. */
    public KnownEvacuation resolve(Report report) {
        if (report.date() == null || report.originIris().isEmpty()) {
            return own(report);
        }
        Optional<KnownEvacuation> match = operations.stream()
                .filter(k -> withinWindow(k, report))
                .filter(k -> originsMeet(k, report))
                .filter(k -> EvacueeGroups.compatible(k.groups(), report.groups()))
                .filter(k -> !keptApartInDocument(k, report))
                .max(Comparator.comparingInt((KnownEvacuation k) -> sharedOrigins(k, report))
                        .thenComparing(k -> -distance(k, report.date())));
        KnownEvacuation placed = match.map(k -> extend(k, report)).orElseGet(() -> mint(report));
        placedByDocument.computeIfAbsent(report.documentId(), d -> new ArrayList<>()).add(report);
        iriByPlacedReport.put(report.documentId() + "|" + report.key(), placed.iri());
        return placed;
    }

    /** An evacuation that cannot be placed in time or space: its own, document-scoped, as before identity. */
    private static KnownEvacuation own(Report report) {
        return new KnownEvacuation(Iris.documentEvent("evacuation", report.documentId(), report.key()),
                report.label(), report.originIris(), report.originNames(), report.groups(), report.date(),
                report.date());
    }

    private KnownEvacuation mint(Report report) {
        String slug = Names.slug(report.label().replaceFirst("(?i)^evacuation from ", "")) + "-" + report.date();
        String iri = Iris.entity("evacuation", slug);
        String candidate = iri;
        for (int n = 2; iris.contains(candidate); n++) {
            candidate = iri + "-" + n;
        }
        iris.add(candidate);
        KnownEvacuation minted = new KnownEvacuation(candidate, report.label() + " (" + report.date() + ")",
                report.originIris(), report.originNames(), report.groups(), report.date(), report.date());
        operations.add(minted);
        return minted;
    }

    private KnownEvacuation extend(KnownEvacuation k, Report report) {
        Set<String> originIris = new TreeSet<>(k.originIris());
        originIris.addAll(report.originIris());
        Set<String> originNames = new TreeSet<>(k.originNames());
        originNames.addAll(report.originNames());
        Set<EvacueeGroups.Group> groups = new TreeSet<>(k.groups());
        groups.addAll(report.groups());
        LocalDate first = report.date().isBefore(k.firstDate()) ? report.date() : k.firstDate();
        LocalDate last = report.date().isAfter(k.lastDate()) ? report.date() : k.lastDate();
        KnownEvacuation extended = new KnownEvacuation(k.iri(), k.label(), originIris, originNames, groups, first,
                last);
        operations.set(operations.indexOf(k), extended);
        return extended;
    }

    /**
     * Within the window of the operation's reports: the article's date, or the start it refers to, or anything in
     * between (a report of an operation that "began on Thursday" covers the days since).
     */
    static boolean withinWindow(KnownEvacuation k, Report report) {
        if (k.firstDate() == null) {
            return false;
        }
        LocalDate from = report.referredStart() != null && report.referredStart().isBefore(report.date())
                ? report.referredStart() : report.date();
        LocalDate windowStart = k.firstDate().minusDays(WINDOW_DAYS);
        LocalDate windowEnd = k.lastDate().plusDays(WINDOW_DAYS);
        return !from.isAfter(windowEnd) && !report.date().isBefore(windowStart);
    }

    private static long distance(KnownEvacuation k, LocalDate date) {
        if (date.isBefore(k.firstDate())) {
            return ChronoUnit.DAYS.between(date, k.firstDate());
        }
        return date.isAfter(k.lastDate()) ? ChronoUnit.DAYS.between(k.lastDate(), date) : 0;
    }

    static boolean originsMeet(KnownEvacuation k, Report report) {
        return sharedOrigins(k, report) > 0 || PlaceParts.anyContains(k.originNames(), report.originNames());
    }

    private static int sharedOrigins(KnownEvacuation k, Report report) {
        Set<String> shared = new LinkedHashSet<>(k.originIris());
        shared.retainAll(report.originIris());
        return shared.size();
    }

    /** Another evacuation of the same article already went to {@code k}, and the article keeps the two apart. */
    private boolean keptApartInDocument(KnownEvacuation k, Report report) {
        for (Report sibling : placedByDocument.getOrDefault(report.documentId(), List.of())) {
            boolean sameOperation = k.iri().equals(iriByPlacedReport.get(sibling.documentId() + "|" + sibling.key()));
            boolean siblingsMeet = !java.util.Collections.disjoint(sibling.originIris(), report.originIris())
                    || PlaceParts.anyContains(sibling.originNames(), report.originNames());
            if (sameOperation && !siblingsMeet) {
                return true;
            }
        }
        return false;
    }
}
