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

/** Persons spelled differently across articles. */
class NameVariantResolutionTest {

    private static String resolve(EntityResolver resolver, String document, String name) {
        LocalEntity person = new LocalEntity("p1", EntityKind.PERSON, name, Set.of(name), null, Map.of());
        return resolver.resolve(new DocumentFacts(document, LocalDate.of(2024, 1, 1), List.of(person), List.of()))
                .iri("p1");
    }

    @Test
    void aLongSurnameTransliteratedOneLetterApartWithTheSameGivenNameIsOnePerson() {
        EntityResolver resolver = new EntityResolver(List.of());
        String first = resolve(resolver, "a", "Oleksandr Kovalenkiy");
        assertEquals(first, resolve(resolver, "b", "Oleksandr Kovalenkyy"));
    }

    @Test
    void shortSurnamesOrOtherGivenNamesOneLetterApartStayApart() {
        EntityResolver resolver = new EntityResolver(List.of());
        String first = resolve(resolver, "a", "Anna Berg");
        assertNotEquals(first, resolve(resolver, "b", "Anna Borg"));
        String long1 = resolve(resolver, "c", "Oleksandr Kovalenkiy");
        assertNotEquals(long1, resolve(resolver, "d", "Petro Kovalenkyy"));
    }
}
