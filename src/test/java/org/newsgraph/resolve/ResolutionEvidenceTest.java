package org.newsgraph.resolve;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.LocalEntity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Resolutions of two articles are one only on evidence: a number, or a drafter within the window of days. */
class ResolutionEvidenceTest {

    private static DocumentFacts article(String id, LocalDate date, String drafter, String number) {
        Map<String, String> attributes = new HashMap<>();
        if (drafter != null) {
            attributes.put("drafter", "c1");
        }
        if (number != null) {
            attributes.put("number", number);
        }
        List<LocalEntity> entities = drafter == null
                ? List.of(new LocalEntity("r1", EntityKind.RESOLUTION, "Resolution", Set.of(), null, attributes))
                : List.of(new LocalEntity("c1", EntityKind.COUNTRY, drafter, Set.of(drafter), null, Map.of()),
                new LocalEntity("r1", EntityKind.RESOLUTION, "Resolution", Set.of(), null, attributes));
        return new DocumentFacts(id, date, entities, List.of());
    }

    @Test
    void undatedArticlesByOneDrafterAreNotJoinedForTheirDrafterAlone() {
        EntityResolver resolver = new EntityResolver(List.of());
        String undated = resolver.resolve(article("a", null, "Ostrava", null)).iri("r1");
        String alsoUndated = resolver.resolve(article("b", null, "Ostrava", null)).iri("r1");
        String dated = resolver.resolve(article("c", LocalDate.of(2031, 5, 1), "Ostrava", null)).iri("r1");
        String undraftedUndated = resolver.resolve(article("d", null, null, null)).iri("r1");
        String undraftedUndatedToo = resolver.resolve(article("e", null, null, null)).iri("r1");
        assertNotEquals(undated, alsoUndated);
        assertNotEquals(undated, dated);
        assertNotEquals(undraftedUndated, undraftedUndatedToo);
    }

    @Test
    void aNumberJoinsResolutionsWhateverTheirDates() {
        EntityResolver resolver = new EntityResolver(List.of());
        String dated = resolver.resolve(article("a", LocalDate.of(2031, 5, 1), null, "9001")).iri("r1");
        String undated = resolver.resolve(article("b", null, null, "9001")).iri("r1");
        assertEquals(dated, undated);
    }
}
