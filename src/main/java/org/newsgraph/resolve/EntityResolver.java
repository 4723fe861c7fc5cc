package org.newsgraph.resolve;

import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.rdf.Iris;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives every entity one IRI across all documents. Actors and places match by any of their names (after
 * normalisation), persons also by surname with a close given name ("Sergei"/"Sergey Orlov"). Resolutions match by
 * number, or by drafter within a window of days, so two drafts by one country weeks apart stay two; a mention
 * without a drafter joins the only resolution in its window. An undated article's resolution joins only by number. What is already in the store keeps its IRI and label,
 * so adding articles never renames what earlier builds minted.
 */
public final class EntityResolver {

    /** Articles on one draft cluster within days; the next draft by the same country usually comes weeks later. */
    static final int RESOLUTION_WINDOW_DAYS = 10;

    private final Map<String, KnownEntity> byName = new HashMap<>();
    private final Map<String, List<KnownEntity>> personsBySurname = new HashMap<>();
    private final List<KnownEntity> resolutions = new ArrayList<>();
    private final Set<String> mintedIris = new HashSet<>();
    private final List<KnownEntity> entities = new ArrayList<>();
    private final Set<String> wikidataIris = new HashSet<>();
    private final EvacuationIdentity evacuations;

    public EntityResolver(Collection<KnownEntity> known) {
        this(known, List.of());
    }

    /** Seeded with the store's entities and the evacuation operations its articles reported. */
    public EntityResolver(Collection<KnownEntity> known, Collection<EvacuationIdentity.KnownEvacuation> operations) {
        known.forEach(this::remember);
        evacuations = new EvacuationIdentity(operations);
    }

    /** Resolves documents in order; call with documents sorted by date for the most natural canonical names. */
    public ResolvedDocument resolve(DocumentFacts document) {
        Map<String, KnownEntity> resolved = new LinkedHashMap<>();
        Map<String, String> actorIris = new HashMap<>();
        for (LocalEntity e : document.entities()) {
            if (isNamed(e)) {
                KnownEntity entity = resolveNamed(e);
                resolved.put(e.key(), entity);
                actorIris.put(e.key(), entity.iri());
            }
        }
        for (LocalEntity e : document.entities()) {
            if (e.kind() == EntityKind.RESOLUTION) {
                resolved.put(e.key(), resolveResolution(document.date(), document.documentId(), e, actorIris));
            }
        }
        resolveEvacuations(document, resolved, evacuations);
        return assemble(document, resolved);
    }

    /**
     * Each evacuation of the document joins the operation it reports ({@link EvacuationIdentity}), given the IRIs
     * its named entities resolved to; the results go into {@code resolved} by local key.
     */
    public static void resolveEvacuations(DocumentFacts document, Map<String, KnownEntity> resolved,
                                          EvacuationIdentity evacuations) {
        Map<String, String> iris = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        resolved.forEach((key, entity) -> {
            iris.put(key, entity.iri());
            labels.put(key, entity.label());
        });
        for (EvacuationIdentity.Report report : EvacuationReports.of(document, iris, labels)) {
            EvacuationIdentity.KnownEvacuation operation = evacuations.resolve(report);
            resolved.put(report.key(), new KnownEntity(operation.iri(), EntityKind.EVACUATION, operation.label(),
                    Set.of(), null, operation.firstDate(), operation.lastDate()));
        }
    }

    /**
     * Actors and places: matched by name across the corpus. Each decision depends only on the entities that share
     * a {@link MentionKeys#named blocking key} with the mention, which is what lets the resolution be distributed.
     */
    public static boolean isNamed(LocalEntity e) {
        return e.kind().isActor() || e.kind() == EntityKind.PLACE;
    }

    /**
     * A document's resolved entities: {@code resolved} holds the named entities and resolutions by key, events and
     * statements get their document-scoped IRIs here.
     */
    public static ResolvedDocument assemble(DocumentFacts document, Map<String, KnownEntity> resolved) {
        Map<String, String> iris = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (LocalEntity e : document.entities()) {
            if (isNamed(e)) {
                put(resolved, e, iris, labels);
            }
        }
        for (LocalEntity e : document.entities()) {
            switch (e.kind()) {
                case RESOLUTION -> put(resolved, e, iris, labels);
                // an evacuation joins its operation; one left unresolved (a distributed build) stays the article's own
                case EVACUATION -> {
                    if (resolved.containsKey(e.key())) {
                        put(resolved, e, iris, labels);
                    } else {
                        iris.put(e.key(), Iris.documentEvent("evacuation", document.documentId(), e.key()));
                        labels.put(e.key(), e.label());
                    }
                }
                case STATEMENT -> {
                    iris.put(e.key(), Iris.documentEvent(e.kind().name().toLowerCase(Locale.ROOT),
                            document.documentId(), e.key()));
                    labels.put(e.key(), e.label());
                }
                default -> {
                }
            }
        }
        return new ResolvedDocument(document, iris, labels);
    }

    private static void put(Map<String, KnownEntity> resolved, LocalEntity e, Map<String, String> iris,
                            Map<String, String> labels) {
        KnownEntity entity = resolved.get(e.key());
        if (entity == null) {
            throw new IllegalStateException("entity " + e.key() + " was not resolved");
        }
        iris.put(e.key(), entity.iri());
        labels.put(e.key(), entity.label());
    }

    /** The IRIs this resolver minted or was seeded with. */
    public Set<String> mintedIris() {
        return java.util.Collections.unmodifiableSet(mintedIris);
    }

    /** One named mention ({@link #isNamed}), in corpus order: the entity it joins, or a new one. */
    public KnownEntity resolveNamed(LocalEntity e) {
        for (String name : orderedNames(e)) {
            KnownEntity hit = byName.get(indexKey(e.kind(), name));
            if (hit != null) {
                return extend(hit, e);
            }
        }
        Optional<KnownEntity> variant = switch (e.kind()) {
            case PERSON -> personVariant(e.label());
            case ORGANIZATION -> organizationVariant(e);
            case PLACE -> placeVariant(e);
            default -> Optional.empty();
        };
        if (variant.isPresent()) {
            return extend(variant.get(), e);
        }
        String iri = unique(Iris.entity(e.kind().name().toLowerCase(Locale.ROOT), Names.slug(e.label())));
        KnownEntity minted = new KnownEntity(iri, e.kind(), e.label(), new HashSet<>(e.names()), null, null, null);
        remember(minted);
        if (e.wikidata() != null) {
            wikidataIris.add(iri);
        }
        return minted;
    }

    private Optional<KnownEntity> personVariant(String name) {
        List<KnownEntity> sameSurname = personsBySurname.getOrDefault(Names.surname(name), List.of());
        String given = Names.givenNames(name);
        List<KnownEntity> close = sameSurname.stream()
                .filter(p -> Names.similarGivenNames(given, Names.givenNames(p.label())))
                .toList();
        // a bare surname only joins when the corpus knows exactly one person by it
        if (given.isEmpty() && close.size() != 1) {
            return Optional.empty();
        }
        return close.stream().findFirst().or(() -> surnameSpellingVariant(name));
    }

    /**
     * "Volodymyr Zelenskiy"/"Volodymyr Zelenskyy": transliterations of a long surname differ in one letter; with the
     * same given names that is the same person, when exactly one known person fits.
     */
    private Optional<KnownEntity> surnameSpellingVariant(String name) {
        String surname = Names.surname(name);
        String given = Names.givenNames(name);
        if (given.isEmpty() || surname.length() < MIN_VARIANT_SURNAME) {
            return Optional.empty();
        }
        List<KnownEntity> fits = personsBySurname.entrySet().stream()
                .filter(e -> e.getKey().length() >= MIN_VARIANT_SURNAME && Names.editDistance(e.getKey(), surname) == 1)
                .flatMap(e -> e.getValue().stream())
                .filter(p -> Names.givenNames(p.label()).equals(given))
                .distinct()
                .toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private static final int MIN_VARIANT_SURNAME = 7;

    /**
     * An abbreviation and the name it abbreviates ("IFRC", "International Federation of Red Cross and Red Crescent Societies"), or a shorter form of a name
     * that is not in the gazetteer ("Liberation Front", "Northern Liberation Front"); only when exactly one entity fits.
     */
    private Optional<KnownEntity> organizationVariant(LocalEntity e) {
        List<KnownEntity> fits = new ArrayList<>();
        for (KnownEntity known : byKind(EntityKind.ORGANIZATION)) {
            boolean fit = false;
            for (String name : e.names()) {
                for (String knownName : allNames(known)) {
                    fit |= abbreviates(name, knownName) || abbreviates(knownName, name)
                            || (e.wikidata() == null && !gazetteerNamed(known) && isWordSuffix(name, knownName));
                }
            }
            if (fit) {
                fits.add(known);
            }
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** Transliterations of one place name ("Tal Hamra", "Tel Hamra"); only places no gazetteer pins down. */
    private Optional<KnownEntity> placeVariant(LocalEntity e) {
        String skeleton = Names.transliterationSkeleton(e.label());
        if (skeleton.length() < 2) {
            return Optional.empty();
        }
        List<KnownEntity> fits = byKind(EntityKind.PLACE).stream()
                .filter(k -> allNames(k).stream().anyMatch(n -> Names.transliterationSkeleton(n).equals(skeleton)))
                .toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    static boolean looksLikeAbbreviation(String name) {
        return name.matches("[A-Z]{2,8}");
    }

    private static boolean abbreviates(String abbreviation, String name) {
        return looksLikeAbbreviation(abbreviation) && name.contains(" ")
                && Names.initials(name).equals(abbreviation);
    }

    /** "Liberation Front" ends "Northern Liberation Front": two words or more, on word boundaries. */
    private static boolean isWordSuffix(String a, String b) {
        String ka = Names.key(a);
        String kb = Names.key(b);
        String shorter = ka.length() < kb.length() ? ka : kb;
        String longer = ka.length() < kb.length() ? kb : ka;
        return !shorter.equals(longer) && shorter.contains(" ") && longer.endsWith(" " + shorter);
    }

    private boolean gazetteerNamed(KnownEntity known) {
        return wikidataIris.contains(known.iri());
    }

    private List<KnownEntity> byKind(EntityKind kind) {
        return entities.stream().filter(k -> k.kind() == kind).toList();
    }

    private static Set<String> allNames(KnownEntity known) {
        Set<String> names = new HashSet<>(known.names());
        names.add(known.label());
        return names;
    }

    /**
     * One resolution mention, in corpus order, with the IRIs its document's actors resolved to ({@code actorIris}
     * by local key): matched by number, else by drafter or as the only draft within the date window.
     */
    public KnownEntity resolveResolution(LocalDate date, String documentId, LocalEntity e,
                                         Map<String, String> actorIris) {
        Map<String, String> iris = actorIris;
        Set<String> drafterIris = new java.util.TreeSet<>();
        Optional.ofNullable(e.attributes().get("drafter"))
                .ifPresent(keys -> List.of(keys.split(" ")).forEach(k -> drafterIris.add(iris.get(k))));
        String number = e.attributes().get("number");
        if (number != null) {
            Optional<KnownEntity> byNumber = Optional.ofNullable(byName.get(indexKey(EntityKind.RESOLUTION, "number " + number)));
            if (byNumber.isPresent()) {
                return extendResolution(byNumber.get(), date, drafterIris);
            }
        }
        List<KnownEntity> inWindow = resolutions.stream().filter(r -> withinWindow(r, date))
                // a number and a drafter each identify a text: a numbered text is no other numbered one, and one known
                // only by its number is not a drafted text of the same days ("resolution 2231" recalled beside a draft)
                .filter(r -> number == null || !hasNumber(r) && (!drafterIris.isEmpty() || r.drafterIris().isEmpty()))
                .toList();
        // co-sponsors listed differently by two articles are still one text: any shared drafter will do
        Optional<KnownEntity> match = !drafterIris.isEmpty()
                ? inWindow.stream().filter(r -> !java.util.Collections.disjoint(drafterIris, r.drafterIris())).findFirst()
                : (inWindow.size() == 1 ? Optional.of(inWindow.get(0)) : Optional.empty());
        if (match.isEmpty() && !drafterIris.isEmpty()) {
            // the text an earlier article reported without its drafter, when it is the only one of those days
            List<KnownEntity> undrafted = inWindow.stream().filter(r -> r.drafterIris().isEmpty()).toList();
            if (undrafted.size() == 1 && inWindow.size() == 1) {
                match = Optional.of(undrafted.get(0));
            }
        }
        if (match.isPresent()) {
            return extendResolution(match.get(), date, drafterIris);
        }
        String slug;
        if (number != null) {
            slug = number;
        } else if (!drafterIris.isEmpty()) {
            String first = drafterIris.iterator().next();
            slug = first.substring(first.lastIndexOf('/') + 1) + (date != null ? "-" + date : "");
        } else {
            slug = Names.slug(documentId) + "-" + e.key();
        }
        String label = e.label() + (date != null ? " (" + date + ")" : "");
        KnownEntity minted = new KnownEntity(unique(Iris.entity("resolution", slug)), EntityKind.RESOLUTION, label,
                number != null ? Set.of("number " + number) : Set.of(), drafterIris, date, date);
        remember(minted);
        return minted;
    }

    private static boolean hasNumber(KnownEntity r) {
        return r.names().stream().anyMatch(n -> n.startsWith("number "));
    }

    /**
     * An undated article cannot be placed in any window: its resolution joins another only by number, never by
     * drafter or as the only draft of some days, since those days are unknown (two undated articles may be years
     * apart).
     */
    private static boolean withinWindow(KnownEntity r, LocalDate date) {
        if (date == null || r.firstDate() == null) {
            return false;
        }
        long before = ChronoUnit.DAYS.between(date, r.firstDate());
        long after = ChronoUnit.DAYS.between(r.lastDate(), date);
        return before <= RESOLUTION_WINDOW_DAYS && after <= RESOLUTION_WINDOW_DAYS;
    }

    private KnownEntity extendResolution(KnownEntity r, LocalDate date, Set<String> newDrafters) {
        if (date == null) {
            return r;
        }
        LocalDate first = r.firstDate() == null || date.isBefore(r.firstDate()) ? date : r.firstDate();
        LocalDate last = r.lastDate() == null || date.isAfter(r.lastDate()) ? date : r.lastDate();
        Set<String> drafters = new java.util.TreeSet<>(r.drafterIris());
        drafters.addAll(newDrafters);
        KnownEntity extended = new KnownEntity(r.iri(), r.kind(), r.label(), r.names(), drafters, first, last);
        resolutions.remove(r);
        resolutions.add(extended);
        return extended;
    }

    private KnownEntity extend(KnownEntity hit, LocalEntity e) {
        for (String name : e.names()) {
            byName.putIfAbsent(indexKey(hit.kind(), name), hit);
            hit.names().add(name);
        }
        if (e.wikidata() != null) {
            wikidataIris.add(hit.iri());
        }
        return hit;
    }

    private void remember(KnownEntity e) {
        mintedIris.add(e.iri());
        entities.add(e);
        if (e.kind() == EntityKind.RESOLUTION) {
            resolutions.add(e);
        }
        byName.putIfAbsent(indexKey(e.kind(), e.label()), e);
        for (String name : e.names()) {
            byName.putIfAbsent(indexKey(e.kind(), name), e);
        }
        if (e.kind() == EntityKind.PERSON && !Names.givenNames(e.label()).isEmpty()) {
            personsBySurname.computeIfAbsent(Names.surname(e.label()), k -> new ArrayList<>()).add(e);
        }
    }

    private String unique(String iri) {
        String candidate = iri;
        for (int n = 2; mintedIris.contains(candidate); n++) {
            candidate = iri + "-" + n;
        }
        return candidate;
    }

    /** The label first: it is the fullest name the document used. */
    private static List<String> orderedNames(LocalEntity e) {
        List<String> names = new ArrayList<>();
        names.add(e.label());
        e.names().stream().filter(n -> !n.equals(e.label())).sorted().forEach(names::add);
        return names;
    }

    static String indexKey(EntityKind kind, String name) {
        // a country also acts as a place: one index for both, so "Syria" is one entity either way
        String group = kind == EntityKind.COUNTRY ? "COUNTRY" : kind.name();
        return group + "|" + Names.key(name);
    }
}
