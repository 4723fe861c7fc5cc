package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.Gazetteer.Entry;
import org.newsgraph.resolve.Gazetteer.Kind;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.standard();

    private Entry get(String name) {
        return g.lookup(name).orElseThrow(() -> new AssertionError("no entry for " + name));
    }

    @Test
    void loadsOnceAndCoversEveryState() {
        assertSame(g, Gazetteer.standard());
        assertTrue(g.countries().size() >= 195, "193 members + 2 observers at least: " + g.countries().size());
        assertTrue(g.organizations().size() >= 40, "organisations: " + g.organizations().size());
        assertEquals(g.entries().size(), g.countries().size() + g.organizations().size());
    }

    @Test
    void oneCountryUnderAllItsNames() {
        Entry us = get("United States");
        for (String name : new String[] {"US", "U.S.", "USA", "U.S.A.", "United States of America", "the United States",
                "America", "American", "Americans", "the U.S."}) {
            assertEquals(us, get(name), name);
        }
        assertEquals("United States", us.canonical());
        assertEquals(Kind.COUNTRY, us.kind());
        assertEquals(us, g.byDemonym("American").orElseThrow());

        Entry uk = get("United Kingdom");
        for (String name : new String[] {"UK", "U.K.", "Britain", "Great Britain", "British"}) {
            assertEquals(uk, get(name), name);
        }
        assertEquals("Russia", get("Russian Federation").canonical());
        assertEquals("Russia", g.byDemonym("Russian").orElseThrow().canonical());
        assertEquals("Syria", get("Syrian Arab Republic").canonical());
        assertEquals("France", g.byDemonym("French").orElseThrow().canonical());
    }

    @Test
    void normalisationFoldsCaseDotsDiacriticsHyphensAndArticles() {
        assertEquals("Ivory Coast", get("Côte d'Ivoire").canonical());
        assertEquals("Ivory Coast", get("Cote d’Ivoire").canonical());
        assertEquals("Guinea-Bissau", get("guinea bissau").canonical());
        assertEquals("Netherlands", get("the Netherlands").canonical());
        assertEquals("Turkey", get("Türkiye").canonical());
        assertEquals("Médecins Sans Frontières", get("Medecins Sans Frontieres").canonical());
        assertEquals("Médecins Sans Frontières", get("Doctors Without Borders").canonical());
        assertEquals("Antigua and Barbuda", get("Antigua & Barbuda").canonical());
        assertEquals("Russia", get("Russia's").canonical());
        assertEquals("United States", get("U.S.'s").canonical());
        assertEquals("south sudan", Gazetteer.normalize("  The  South-Sudan "));
    }

    @Test
    void abbreviationsMatchOnlyInCapitals() {
        assertEquals("World Health Organization", get("WHO").canonical());
        assertTrue(g.lookup("who").isEmpty(), "the pronoun is not the WHO");
        assertTrue(g.lookup("Who").isEmpty());
        assertTrue(g.lookup("us").isEmpty(), "the pronoun is not the US");
        assertEquals("United Nations", get("U.N.").canonical());
        assertTrue(g.lookup("un").isEmpty());
        assertEquals("NATO", get("Nato").canonical(), "a title-case spelling listed as an alias still matches");
    }

    @Test
    void unitedNationsAndItsBodiesStayApart() {
        Entry un = get("UN");
        Entry council = get("UN Security Council");
        assertNotEquals(un, council);
        for (String name : new String[] {"United Nations Security Council", "Security Council", "UNSC",
                "U.N. Security Council", "the Security Council"}) {
            assertEquals(council, get(name), name);
        }
        assertEquals(un, get("United Nations"));
        assertNotEquals(council, get("General Assembly"));
        assertEquals("un-body", council.orgKind());
        assertEquals("OHCHR", get("UN human rights office").canonical());
        assertEquals("International Committee of the Red Cross", get("ICRC").canonical());
        assertEquals("Agence France-Presse", get("AFP").canonical());
        assertEquals("news-agency", get("Reuters").orgKind());
    }

    @Test
    void capitalsResolveForMetonymy() {
        assertEquals("Russia", g.byCapital("Moscow").orElseThrow().canonical());
        assertEquals("France", g.byCapital("Paris").orElseThrow().canonical());
        assertEquals("United States", g.byCapital("Washington").orElseThrow().canonical());
        assertEquals("China", g.byCapital("Beijing").orElseThrow().canonical());
        assertEquals("Syria", g.byCapital("Damascus").orElseThrow().canonical());
        assertEquals("Turkey", g.byCapital("Ankara").orElseThrow().canonical());
        assertEquals("Ukraine", g.byCapital("Kiev").orElseThrow().canonical());
        assertTrue(g.byCapital("Springfield").isEmpty());
        assertTrue(g.lookup("Moscow").isEmpty(), "a capital is a place, not a name of its country");
        assertEquals("Moscow", g.capitals(get("Russia")).get(0));
        assertTrue(g.demonyms(get("Russia")).contains("Russian"));
        assertTrue(g.capitals(get("UN")).isEmpty());
    }

    @Test
    void sharedNamesResolveToNeither() {
        assertTrue(g.lookup("Congo").isEmpty());
        assertTrue(g.byDemonym("Congolese").isEmpty());
        assertTrue(g.byDemonym("Korean").isEmpty());
        assertTrue(g.byDemonym("Dominican").isEmpty());
        assertEquals("Democratic Republic of the Congo", get("DRC").canonical());
        assertEquals("Republic of the Congo", get("Congo-Brazzaville").canonical());
        // Any new clash must be added here on purpose, never by accident.
        Map<String, Set<String>> clashes = g.ambiguousNames();
        assertEquals(Set.of("congo", "congolese", "korean", "dominican"), clashes.keySet(), clashes.toString());
    }

    @Test
    void everyEntryIsWellFormed() {
        Pattern qid = Pattern.compile("Q[1-9][0-9]*");
        Set<String> ids = new HashSet<>();
        Set<String> canonicals = new HashSet<>();
        for (Entry e : g.entries()) {
            assertFalse(e.canonical().isBlank(), "empty canonical name");
            assertTrue(canonicals.add(Gazetteer.normalize(e.canonical())), "canonical name twice: " + e.canonical());
            assertFalse(e.aliases().contains(e.canonical()), e.canonical());
            if (e.wikidata() != null) {
                assertTrue(qid.matcher(e.wikidata()).matches(), e.canonical() + ": " + e.wikidata());
                assertTrue(ids.add(e.wikidata()), "Wikidata id used twice: " + e.wikidata());
                assertEquals(e, g.byWikidata(e.wikidata()).orElseThrow());
                assertEquals("http://www.wikidata.org/entity/" + e.wikidata(), e.wikidataIri().orElseThrow());
            }
            if (e.kind() == Kind.ORGANIZATION) {
                assertTrue(Set.of("un-body", "un-agency", "intergovernmental", "ngo", "news-agency").contains(e.orgKind()),
                        e.canonical() + ": " + e.orgKind());
            }
            // A canonical name always finds its own entry, unless it is one of the pinned shared names.
            if (!g.ambiguousNames().containsKey(Gazetteer.normalize(e.canonical()))) {
                assertEquals(e, get(e.canonical()), e.canonical());
            }
        }
    }

    @Test
    void wellKnownWikidataIds() {
        Map<String, String> known = Map.ofEntries(
                Map.entry("Russia", "Q159"), Map.entry("France", "Q142"), Map.entry("United States", "Q30"),
                Map.entry("United Kingdom", "Q145"), Map.entry("China", "Q148"), Map.entry("Germany", "Q183"),
                Map.entry("Syria", "Q858"), Map.entry("Turkey", "Q43"), Map.entry("Iran", "Q794"),
                Map.entry("Saudi Arabia", "Q851"), Map.entry("Egypt", "Q79"), Map.entry("Spain", "Q29"),
                Map.entry("Japan", "Q17"), Map.entry("Italy", "Q38"), Map.entry("India", "Q668"),
                Map.entry("Israel", "Q801"), Map.entry("Ukraine", "Q212"), Map.entry("Qatar", "Q846"),
                Map.entry("Jordan", "Q810"), Map.entry("Lebanon", "Q822"), Map.entry("Iraq", "Q796"),
                Map.entry("United Nations", "Q1065"), Map.entry("UN Security Council", "Q37470"),
                Map.entry("European Union", "Q458"), Map.entry("NATO", "Q7184"));
        known.forEach((name, id) -> assertEquals(id, get(name).wikidata(), name));
    }

    @Test
    void malformedFilesAreRejected() {
        String header = "# comment\n";
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(
                new StringReader(header + "Q1\tOnly three\tcolumns\n"), new StringReader("")));
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(
                new StringReader("X12\tNowhere\t\t\t\n"), new StringReader("")));
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(
                new StringReader("Q5\tA\t\t\t\nQ5\tB\t\t\t\n"), new StringReader("")));
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(
                new StringReader(""), new StringReader("\tSome Body\t\tclub\n")));
    }

    @Test
    void loadsAnyPairOfFiles() throws Exception {
        Gazetteer small = Gazetteer.load(
                new StringReader("Q1\tFreedonia\tRepublic of Freedonia|RF\tFreedonian\tFreedon City\n"),
                new StringReader("\tLeague of Examples\tLoE|LOE\tintergovernmental\n"));
        assertEquals(2, small.entries().size());
        assertEquals("Freedonia", small.lookup("RF").orElseThrow().canonical());
        assertEquals("Freedonia", small.byCapital("freedon city").orElseThrow().canonical());
        assertEquals("League of Examples", small.lookup("LOE").orElseThrow().canonical());
        assertEquals(null, small.lookup("League of Examples").orElseThrow().wikidata());
    }
}
