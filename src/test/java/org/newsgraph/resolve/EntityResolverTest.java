package org.newsgraph.resolve;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.LocalEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class EntityResolverTest {

    private static DocumentFacts document(String id, LocalDate date, LocalEntity... entities) {
        return new DocumentFacts(id, date, List.of(entities), List.of());
    }

    private static LocalEntity person(String key, String name) {
        return new LocalEntity(key, EntityKind.PERSON, name, Set.of(name), null, Map.of());
    }

    private static LocalEntity country(String key, String name) {
        return new LocalEntity(key, EntityKind.COUNTRY, name, Set.of(name), null, Map.of());
    }

    private static LocalEntity resolution(String key, String drafterKey) {
        return new LocalEntity(key, EntityKind.RESOLUTION, "Resolution", Set.of(), null,
                drafterKey == null ? Map.of() : Map.of("drafter", drafterKey));
    }

    @Test
    void transliteratedGivenNamesAndBareSurnamesJoinOnePerson() {
        EntityResolver resolver = new EntityResolver(List.of());
        String first = resolver.resolve(document("a", LocalDate.of(2024, 1, 1), person("p1", "Pavel Orlov"))).iri("p1");
        String variant = resolver.resolve(document("b", LocalDate.of(2024, 1, 2), person("p1", "Pavl Orlov"))).iri("p1");
        String surname = resolver.resolve(document("c", LocalDate.of(2024, 1, 3), person("p1", "Orlov"))).iri("p1");
        String other = resolver.resolve(document("d", LocalDate.of(2024, 1, 4), person("p1", "Maria Orlov"))).iri("p1");
        assertEquals(first, variant);
        assertEquals(first, surname);
        assertNotEquals(first, other);
    }

    @Test
    void resolutionsMergeByDrafterWithinAWindowAndStayApartAcrossWeeks() {
        EntityResolver resolver = new EntityResolver(List.of());
        String october = resolver.resolve(document("a", LocalDate.of(2024, 10, 6),
                country("c1", "Brazil"), resolution("r1", "c1"))).iri("r1");
        String nextDay = resolver.resolve(document("b", LocalDate.of(2024, 10, 7),
                country("c1", "Brazil"), resolution("r1", "c1"))).iri("r1");
        String december = resolver.resolve(document("c", LocalDate.of(2024, 12, 18),
                country("c1", "Brazil"), resolution("r1", "c1"))).iri("r1");
        String undraftedSameDay = resolver.resolve(document("d", LocalDate.of(2024, 12, 18),
                resolution("r1", null))).iri("r1");
        assertEquals(october, nextDay);
        assertNotEquals(october, december);
        assertEquals(december, undraftedSameDay);
    }

    @Test
    void knownEntitiesKeepTheirIris() {
        KnownEntity stored = new KnownEntity("https://example.org/country/brazil-1", EntityKind.COUNTRY, "Brazil",
                Set.of("Brasil"), null, null, null);
        EntityResolver resolver = new EntityResolver(List.of(stored));
        assertEquals(stored.iri(), resolver.resolve(document("a", null, country("c1", "Brasil"))).iri("c1"));
    }

    @Test
    void transliterationsOfAPlaceShareASkeletonAndOtherPlacesDoNot() {
        assertEquals(Names.transliterationSkeleton("Tal Hamra"), Names.transliterationSkeleton("Tel Hamra"));
        assertEquals(Names.transliterationSkeleton("Douma"), Names.transliterationSkeleton("Duma"));
        assertNotEquals(Names.transliterationSkeleton("Homs"), Names.transliterationSkeleton("Hama"));
    }

    @Test
    void abbreviationsAndFormerNamesJoinTheirOrganisation() {
        EntityResolver resolver = new EntityResolver(List.of());
        LocalEntity full = new LocalEntity("o1", EntityKind.ORGANIZATION, "Northern Liberation Front",
                Set.of("Northern Liberation Front"), null, Map.of());
        LocalEntity abbreviation = new LocalEntity("o1", EntityKind.ORGANIZATION, "NLF", Set.of("NLF"), null, Map.of());
        LocalEntity shorter = new LocalEntity("o1", EntityKind.ORGANIZATION, "Liberation Front",
                Set.of("Liberation Front"), null, Map.of());
        String iri = resolver.resolve(new DocumentFacts("a", null, List.of(full), List.of())).iri("o1");
        assertEquals(iri, resolver.resolve(new DocumentFacts("b", null, List.of(abbreviation), List.of())).iri("o1"));
        assertEquals(iri, resolver.resolve(new DocumentFacts("c", null, List.of(shorter), List.of())).iri("o1"));
    }

    @Test
    void namesKeysFoldCaseAccentsAndPunctuation() {
        assertEquals(Names.key("the U.N."), Names.key("UN"));
        assertEquals("francois-delattre", Names.slug("François Delattre"));
        assertEquals(Names.key("al-Nusra Front"), Names.key("Al Nusra Front"));
    }
}
