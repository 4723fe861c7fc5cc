package org.newsgraph.resolve;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.LocalEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resolution by blocks must give every mention the IRI and label one sequential resolver gives it. */
class BlockedResolutionTest {

    /** Invented names with the variants the resolver merges or must keep apart. */
    private static final List<String> PERSONS = List.of("Pavel Orlov", "Pavl Orlov", "Orlov", "Maria Orlov",
            "Ines Kalder", "Kalder", "Ines Kaldér", "Tomas Brenner", "Tomasz Brenner", "Brenner", "Lea Vantongeren");
    private static final List<String> ORGANIZATIONS = List.of("World Maritime Alliance", "WMA", "the WMA",
            "Northern Liberation Front", "Liberation Front", "Southern Liberation Front", "Zeta", "Zetaø", "Zeta 2",
            "Harbour Workers Union", "HWU", "Union");
    private static final List<String> COUNTRIES = List.of("Veloria", "Republic of Veloria", "Ostmark", "Kesland");
    private static final List<String> PLACES = List.of("Tal Hamra", "Tel Hamra", "Douma Lake", "Duma Lake", "Ostmark",
            "Port Selen", "Port Sellen");

    @Test
    void randomCorporaResolveAsTheSequentialResolverDoes() {
        for (int seed = 1; seed <= 40; seed++) {
            List<DocumentFacts> corpus = corpus(new Random(seed), 60);
            assertSameAsSequential(corpus, "seed " + seed);
        }
    }

    @Test
    void blocksThatMintTheSameIriAreMergedAndNumberedAsInOneRun() {
        // "Zetaø" and "Zeta" slug alike, so they share a block and mint zeta and zeta-2; "Zeta 2" mints zeta-2 in
        // another block, which only the collision check can see.
        List<DocumentFacts> corpus = List.of(
                document("a", LocalDate.of(2024, 3, 1), organization("o1", "Zeta")),
                document("b", LocalDate.of(2024, 3, 2), organization("o1", "Zeta 2")),
                document("c", LocalDate.of(2024, 3, 3), organization("o1", "Zetaø")));
        assertSameAsSequential(corpus, "collision");
        Map<String, ResolvedDocument> blocked = BlockedResolution.resolveAll(corpus);
        assertNotEquals(blocked.get("b").iri("o1"), blocked.get("c").iri("o1"));

        KeyComponents components = new KeyComponents();
        assertTrue(BlockedResolution.mergeCollisions(Map.of("x", Set.of("i1", "i2"), "y", Set.of("i2")), components));
        assertEquals(components.root("x"), components.root("y"));
        assertFalse(BlockedResolution.mergeCollisions(Map.of("x", Set.of("i1"), "z", Set.of("i3")), components));
    }

    @Test
    void mentionsTheResolverCouldMergeShareAKey() {
        assertShareKey(organization("a", "WMA"), organization("b", "World Maritime Alliance"));
        assertShareKey(organization("a", "Liberation Front"), organization("b", "Northern Liberation Front"));
        assertShareKey(person("a", "Orlov"), person("b", "Pavel Orlov"));
        assertShareKey(place("a", "Tal Hamra"), place("b", "Tel Hamra"));
        Set<String> keys = MentionKeys.named(person("a", "Ines Kalder"));
        assertFalse(keys.stream().anyMatch(MentionKeys.named(person("b", "Tomas Brenner"))::contains));
    }

    private static void assertShareKey(LocalEntity a, LocalEntity b) {
        Set<String> shared = new LinkedHashSet<>(MentionKeys.named(a));
        shared.retainAll(MentionKeys.named(b));
        assertFalse(shared.isEmpty(), a.label() + " / " + b.label());
    }

    private static void assertSameAsSequential(List<DocumentFacts> corpus, String what) {
        List<DocumentFacts> ordered = new ArrayList<>(corpus);
        ordered.sort(Comparator.comparing((DocumentFacts d) -> Optional.ofNullable(d.date()).orElse(LocalDate.MIN))
                .thenComparing(DocumentFacts::documentId));
        EntityResolver sequential = new EntityResolver(List.of());
        Map<String, ResolvedDocument> expected = new HashMap<>();
        ordered.forEach(d -> expected.put(d.documentId(), sequential.resolve(d)));
        // the blocked procedure must not depend on the order it is handed the documents in
        List<DocumentFacts> shuffled = new ArrayList<>(corpus);
        java.util.Collections.shuffle(shuffled, new Random(what.hashCode()));
        Map<String, ResolvedDocument> actual = BlockedResolution.resolveAll(shuffled);
        for (DocumentFacts d : corpus) {
            assertEquals(expected.get(d.documentId()).iriByKey(), actual.get(d.documentId()).iriByKey(),
                    what + ", IRIs of " + d.documentId());
            assertEquals(expected.get(d.documentId()).labelByKey(), actual.get(d.documentId()).labelByKey(),
                    what + ", labels of " + d.documentId());
        }
    }

    private static List<DocumentFacts> corpus(Random random, int size) {
        List<DocumentFacts> documents = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            LocalDate date = random.nextInt(12) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(90));
            List<LocalEntity> entities = new ArrayList<>();
            List<String> actorKeys = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int j = 0; j < count; j++) {
                String key = "e" + j;
                LocalEntity e = switch (random.nextInt(4)) {
                    case 0 -> person(key, pick(random, PERSONS));
                    case 1 -> organization(key, pick(random, ORGANIZATIONS));
                    case 2 -> country(key, pick(random, COUNTRIES));
                    default -> place(key, pick(random, PLACES));
                };
                if (e.kind().isActor()) {
                    actorKeys.add(key);
                }
                entities.add(e);
            }
            int resolutions = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
            for (int r = 0; r < resolutions; r++) {
                Map<String, String> attributes = new LinkedHashMap<>();
                if (!actorKeys.isEmpty() && random.nextBoolean()) {
                    attributes.put("drafter", pick(random, actorKeys));
                }
                if (random.nextInt(4) == 0) {
                    attributes.put("number", String.valueOf(100 + random.nextInt(3)));
                }
                entities.add(new LocalEntity("r" + r, EntityKind.RESOLUTION, "Draft resolution", Set.of(), null,
                        attributes));
            }
            documents.add(new DocumentFacts(String.format("doc-%03d", i), date, entities, List.of()));
        }
        return documents;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static DocumentFacts document(String id, LocalDate date, LocalEntity... entities) {
        return new DocumentFacts(id, date, List.of(entities), List.of());
    }

    private static LocalEntity person(String key, String name) {
        return new LocalEntity(key, EntityKind.PERSON, name, Set.of(name), null, Map.of());
    }

    private static LocalEntity organization(String key, String name) {
        return new LocalEntity(key, EntityKind.ORGANIZATION, name, Set.of(name), null, Map.of());
    }

    private static LocalEntity country(String key, String name) {
        return new LocalEntity(key, EntityKind.COUNTRY, name, Set.of(name), "Q" + Math.abs(name.hashCode() % 1000),
                Map.of());
    }

    private static LocalEntity place(String key, String name) {
        return new LocalEntity(key, EntityKind.PLACE, name, Set.of(name), null, Map.of());
    }
}
