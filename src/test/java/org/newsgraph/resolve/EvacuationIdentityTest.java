package org.newsgraph.resolve;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactValue;
import org.newsgraph.extract.LocalEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports of one evacuation operation become one resource; other operations stay apart. The places and dates are
 * invented; each test tells the case it stands for.
 */
class EvacuationIdentityTest {

    /** One article's evacuations: each from the places named, with the people it moves and a sentence. */
    private static final class Article {
        private final String id;
        private final LocalDate date;
        private final List<LocalEntity> entities = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
        private int places;

        Article(String id, LocalDate date) {
            this.id = id;
            this.date = date;
        }

        Article evacuation(String key, String evacuees, String sentence, String... origins) {
            entities.add(new LocalEntity(key, EntityKind.EVACUATION, "Evacuation from " + String.join(" and ", origins),
                    Set.of(), null, Map.of()));
            Evidence evidence = new Evidence(0, sentence, 0, sentence.length(), 0.8, "test");
            for (String origin : origins) {
                String placeKey = "place-" + (++places);
                entities.add(new LocalEntity(placeKey, EntityKind.PLACE, origin, Set.of(origin), null, Map.of()));
                facts.add(Fact.of(key, "from", placeKey, evidence));
            }
            if (evacuees != null) {
                facts.add(new Fact(key, "evacuees", FactValue.Literal.string(evacuees), evidence));
            }
            return this;
        }

        DocumentFacts facts() {
            return new DocumentFacts(id, date, entities, facts);
        }
    }

    private static Article article(String id, LocalDate date) {
        return new Article(id, date);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2031, month, day);
    }

    private static String iri(EntityResolver resolver, Article article, String key) {
        return resolver.resolve(article.facts()).iri(key);
    }

    @Test
    void reportsOfOneOperationDaysApartAreOneEvacuation() {
        EntityResolver resolver = new EntityResolver(List.of());
        String first = iri(resolver, article("a", day(3, 1))
                .evacuation("evacuation-1", "civilians", "Buses left Varnholt.", "Varnholt"), "evacuation-1");
        String second = iri(resolver, article("b", day(3, 5))
                .evacuation("evacuation-1", null, "The evacuation of Varnholt was halted.", "Varnholt"), "evacuation-1");
        // a chain of reports carries the operation on: each is within two weeks of the one before
        String third = iri(resolver, article("c", day(3, 17))
                .evacuation("evacuation-1", null, "The Varnholt evacuation ended.", "Varnholt"), "evacuation-1");
        assertEquals(first, second);
        assertEquals(first, third);
        assertTrue(first.contains("/evacuation/varnholt-2031-03-01"), first);
    }

    @Test
    void theSameTownEvacuatedMonthsLaterIsAnotherOperation() {
        EntityResolver resolver = new EntityResolver(List.of());
        String march = iri(resolver, article("a", day(3, 1))
                .evacuation("evacuation-1", null, "Buses left Varnholt.", "Varnholt"), "evacuation-1");
        String june = iri(resolver, article("b", day(6, 10))
                .evacuation("evacuation-1", null, "Buses left Varnholt again.", "Varnholt"), "evacuation-1");
        assertNotEquals(march, june);
    }

    @Test
    void corridorsFromTwoTownsInOneWeekStayApart() {
        EntityResolver resolver = new EntityResolver(List.of());
        String north = iri(resolver, article("a", day(3, 1))
                .evacuation("evacuation-1", null, "A corridor opened from Varnholt.", "Varnholt"), "evacuation-1");
        String south = iri(resolver, article("b", day(3, 3))
                .evacuation("evacuation-1", null, "A corridor opened from Kessmoor.", "Kessmoor"), "evacuation-1");
        assertNotEquals(north, south);
    }

    @Test
    void foreignNationalsAndResidentsOfOneCityAreTwoOperations() {
        EntityResolver resolver = new EntityResolver(List.of());
        String residents = iri(resolver, article("a", day(3, 1))
                .evacuation("evacuation-1", "thousands of residents", "Residents fled Varnholt.", "Varnholt"),
                "evacuation-1");
        String foreigners = iri(resolver, article("b", day(3, 2))
                .evacuation("evacuation-1", "foreign nationals", "Planes flew foreign nationals out of Varnholt.",
                        "Varnholt"), "evacuation-1");
        String moreResidents = iri(resolver, article("c", day(3, 3))
                .evacuation("evacuation-1", "civilians", "More civilians left Varnholt.", "Varnholt"), "evacuation-1");
        assertNotEquals(residents, foreigners);
        assertEquals(residents, moreResidents);
    }

    @Test
    void anOriginThatIsPartOfTheOtherIsTheSameOperation() {
        EntityResolver resolver = new EntityResolver(List.of());
        String city = iri(resolver, article("a", day(3, 1))
                .evacuation("evacuation-1", null, "Buses left Varnholt.", "Varnholt"), "evacuation-1");
        String east = iri(resolver, article("b", day(3, 2))
                .evacuation("evacuation-1", null, "Buses left eastern Varnholt.", "eastern Varnholt"), "evacuation-1");
        String newVarnholt = iri(resolver, article("c", day(3, 2))
                .evacuation("evacuation-1", null, "Buses left New Varnholt.", "New Varnholt"), "evacuation-1");
        assertEquals(city, east);
        assertNotEquals(city, newVarnholt);
    }

    @Test
    void anExplicitReferenceToTheStartJoinsAReportBeyondTheWindow() {
        EntityResolver resolver = new EntityResolver(List.of());
        String start = iri(resolver, article("a", day(3, 2))
                .evacuation("evacuation-1", null, "The airlift from Varnholt began.", "Varnholt"), "evacuation-1");
        // 2031-03-31 is a Monday; "began on 2 March" points at the first report, four weeks before
        String late = iri(resolver, article("b", day(3, 31))
                .evacuation("evacuation-1", null, "The airlift from Varnholt, which began on 2 March, ended on Sunday.",
                        "Varnholt"), "evacuation-1");
        String unreferenced = iri(resolver, article("c", day(4, 30))
                .evacuation("evacuation-1", null, "Flights from Varnholt ended.", "Varnholt"), "evacuation-1");
        assertEquals(start, late);
        assertNotEquals(start, unreferenced);
    }

    @Test
    void theStartAReportRefersToIsReadAgainstItsDate() {
        LocalDate monday = LocalDate.of(2031, 3, 31);
        assertEquals(LocalDate.of(2031, 3, 27), EvacuationReports.referredStart(
                "the evacuation, which began on Thursday, resumed", monday).orElseThrow());
        assertEquals(LocalDate.of(2030, 12, 30), EvacuationReports.referredStart(
                "the airlift that started on December 30", LocalDate.of(2031, 1, 4)).orElseThrow());
        assertTrue(EvacuationReports.referredStart("the evacuation was halted on Thursday", monday).isEmpty());
    }

    @Test
    void anUndatedArticleOrOneWithoutOriginKeepsItsOwnEvacuation() {
        EntityResolver resolver = new EntityResolver(List.of());
        String dated = iri(resolver, article("a", day(3, 1))
                .evacuation("evacuation-1", null, "Buses left Varnholt.", "Varnholt"), "evacuation-1");
        String undated = iri(resolver, article("b", null)
                .evacuation("evacuation-1", null, "Buses left Varnholt.", "Varnholt"), "evacuation-1");
        String undatedToo = iri(resolver, article("c", null)
                .evacuation("evacuation-1", null, "Buses left Varnholt.", "Varnholt"), "evacuation-1");
        String nowhere = iri(resolver, article("d", day(3, 1)).evacuation("evacuation-1", null, "Buses left."),
                "evacuation-1");
        assertNotEquals(dated, undated);
        assertNotEquals(undated, undatedToo);
        assertNotEquals(dated, nowhere);
        assertTrue(undated.endsWith("/evacuation/b/1"), undated);
    }

    @Test
    void twoEvacuationsOneArticleKeepsApartNeverJoinOneOperation() {
        EntityResolver resolver = new EntityResolver(List.of());
        String both = iri(resolver, article("a", day(3, 1))
                .evacuation("evacuation-1", null, "Evacuees left Varnholt and Kessmoor.", "Varnholt", "Kessmoor"),
                "evacuation-1");
        var split = resolver.resolve(article("b", day(3, 2))
                .evacuation("evacuation-1", null, "Buses left Varnholt.", "Varnholt")
                .evacuation("evacuation-2", null, "Ships left Kessmoor.", "Kessmoor").facts());
        assertEquals(both, split.iri("evacuation-1"));
        assertNotEquals(split.iri("evacuation-1"), split.iri("evacuation-2"));
    }

    @Test
    void aLaterArticleJoinsAnOperationTheStoreAlreadyHolds() {
        EvacuationIdentity.KnownEvacuation stored = new EvacuationIdentity.KnownEvacuation(
                "https://example.org/evacuation/varnholt-2031-03-01", "Evacuation from Varnholt (2031-03-01)",
                Set.of("https://example.org/place/varnholt"), Set.of("Varnholt"), Set.of(), day(3, 1), day(3, 4));
        KnownEntity place = new KnownEntity("https://example.org/place/varnholt", EntityKind.PLACE, "Varnholt",
                Set.of("Varnholt"), null, null, null);
        EntityResolver resolver = new EntityResolver(List.of(place), List.of(stored));
        var resolved = resolver.resolve(article("b", day(3, 9))
                .evacuation("evacuation-1", null, "Buses left Varnholt.", "Varnholt").facts());
        assertEquals(stored.iri(), resolved.iri("evacuation-1"));
        assertEquals(stored.label(), resolved.labelByKey().get("evacuation-1"));
    }

    @Test
    void theDistributedResolutionGivesTheSequentialOperations() {
        java.util.Random random = new java.util.Random(18);
        String[] origins = {"Varnholt", "eastern Varnholt", "Kessmoor", "Kessmoor province", "Tarrow"};
        String[] evacuees = {null, "civilians", "foreign nationals", "wounded fighters"};
        List<DocumentFacts> corpus = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LocalDate date = random.nextInt(10) == 0 ? null : day(1, 1).plusDays(random.nextInt(120));
            Article article = article("doc-" + i, date);
            int evacuations = 1 + random.nextInt(2);
            for (int j = 1; j <= evacuations; j++) {
                article.evacuation("evacuation-" + j, evacuees[random.nextInt(evacuees.length)],
                        "Buses left, the operation began on " + (1 + random.nextInt(28)) + " March.",
                        origins[random.nextInt(origins.length)]);
            }
            corpus.add(article.facts());
        }
        List<DocumentFacts> ordered = new ArrayList<>(corpus);
        ordered.sort(java.util.Comparator.comparing((DocumentFacts d) -> java.util.Optional.ofNullable(d.date())
                .orElse(LocalDate.MIN)).thenComparing(DocumentFacts::documentId));
        EntityResolver sequential = new EntityResolver(List.of());
        Map<String, ResolvedDocument> expected = new java.util.HashMap<>();
        ordered.forEach(d -> expected.put(d.documentId(), sequential.resolve(d)));
        List<DocumentFacts> shuffled = new ArrayList<>(corpus);
        java.util.Collections.shuffle(shuffled, random);
        Map<String, ResolvedDocument> blocked = BlockedResolution.resolveAll(shuffled);
        Set<String> operations = new java.util.HashSet<>();
        for (DocumentFacts d : corpus) {
            assertEquals(expected.get(d.documentId()).iriByKey(), blocked.get(d.documentId()).iriByKey(),
                    "IRIs of " + d.documentId());
            assertEquals(expected.get(d.documentId()).labelByKey(), blocked.get(d.documentId()).labelByKey(),
                    "labels of " + d.documentId());
            d.entities().stream().filter(e -> e.kind() == EntityKind.EVACUATION)
                    .forEach(e -> operations.add(blocked.get(d.documentId()).iri(e.key())));
        }
        // some reports joined, and not all into one
        assertTrue(operations.size() > 5 && operations.size() < 80, operations.size() + " operations");
    }

    @Test
    void placePartsContainOneAnotherOnlyByPartWords() {
        assertTrue(PlaceParts.containOneAnother("eastern Varnholt", "Varnholt"));
        assertTrue(PlaceParts.containOneAnother("Varnholt province", "rebel-held eastern Varnholt"));
        assertTrue(!PlaceParts.containOneAnother("New Varnholt", "Varnholt"));
        assertTrue(!PlaceParts.containOneAnother("eastern", "eastern Varnholt"));
    }
}
