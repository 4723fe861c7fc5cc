package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Offices written at a distance from the name (relative clauses, the country after the name, a bare title after a
 * described office), county offices, occupations that speak for no one, and an office of state whose only possible
 * owner is the one country a report has named.
 */
class RoleDistanceRulesTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("roles-distance"));
    }

    @Test
    void anOfficeHeldInARelativeClause() {
        assertHas("Tarim Velasko | represents | Chile");
        assertHas("Mirela Dovan | represents | Peru");
        assertHas("Lena Marsh | represents | World Food Programme");
    }

    @Test
    void anOfficeHeldOnceIsNotHeldNow() {
        assertNone("Pavo Renk | represents");
    }

    @Test
    void theCountryAfterTheNameEvenForAnEnvoyHeldAtTheUnitedNations() {
        assertHas("Oskar Lindqvist | represents | Norway");
        assertHas("Hale Brunner | represents | Austria");
        assertLacks("Hale Brunner | represents | United Nations");
    }

    @Test
    void aBareTitleAfterADescribedOfficeTakesItsOwner() {
        assertHas("Ilkay Demren | represents | Kenya");
        assertLacks("Ilkay Demren | represents | Chile");
    }

    @Test
    void aJournalistSpeaksForNoOne() {
        assertNone("Selin Aukland | represents");
    }

    @Test
    void anOfficeOfACountyServesTheCounty() {
        assertHas("Corin Hask | represents | Redvale County");
        assertHas("Juno Pell | represents | Redvale County");
    }

    @Test
    void anOfficeOfStateAfterOneCountryIsThatCountrys() throws IOException {
        List<String> one = ExtractionFixtures.lines(ExtractionFixtures.extract("roles-report-country"));
        ExtractionFixtures.assertHas(one, "Radan Voss | represents | Serbia");
        List<String> two = ExtractionFixtures.lines(ExtractionFixtures.extract("roles-two-countries"));
        assertTrue(two.stream().noneMatch(f -> f.startsWith("Radan Voss | represents")), () -> two.toString());
    }

    private static void assertHas(String fact) {
        ExtractionFixtures.assertHas(facts, fact);
    }

    private static void assertLacks(String fact) {
        assertTrue(!facts.contains(fact), () -> "unexpected " + fact + "\n" + String.join("\n", facts));
    }

    private static void assertNone(String prefix) {
        assertTrue(facts.stream().noneMatch(f -> f.startsWith(prefix)), () -> "unexpected " + prefix + "\n" + String.join("\n", facts));
    }
}
