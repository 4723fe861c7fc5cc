package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whom an office makes a person speak for, where the owner is not written next to the name. */
class RoleOwnersRulesTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("roles-owners"));
    }

    @Test
    void aNameTheTaggerLeftUntypedAfterAnOfficeIsAPerson() {
        assertHas("Tarvo Kesh-lund | represents | United Nations");
    }

    @Test
    void anOfficeHeldAtAnOrganisationBeforeTheNameKeepsItsCountry() {
        assertHas("Joren Pallik | represents | United States");
    }

    @Test
    void anOfficeInCommasAfterAnOpeningConjunction() {
        assertHas("Mirela Dostany | represents | United States");
    }

    @Test
    void aDefiniteNounTakesUpTheCountryOrOrganisationNamedBefore() {
        assertHas("Ilse Brannock | represents | Moldova");
        assertHas("Aurel Venski | represents | World Food Programme");
    }

    @Test
    void anUnnamedOfficeInTheSentenceBeforeGoesToTheNextSpeaker() {
        assertHas("Omar Felsted | represents | Mozambique");
    }

    @Test
    void aNationalityBeforeAnAidSocietyIsPartOfItsNameNotTheOffice() {
        assertLacks("Pavo Ruutel | represents | Estonia");
        assertHas("Pavo Ruutel | represents | Estonian Red Cross");
    }

    @Test
    void theFirstHalfOfABodysNameBeforeAndBelongsToIt() {
        assertHas("Lio Marrant | represents | Valdor Disaster Relief and Rescue Council");
    }

    @Test
    void aMayorSpeaksForTheTownHeGoverns() {
        assertHas("Maren Quist | represents | Tarnowo");
    }

    private static void assertHas(String fact) {
        assertTrue(facts.contains(fact), () -> "missing " + fact + " in " + facts);
    }

    private static void assertLacks(String fact) {
        assertTrue(!facts.contains(fact), () -> "unexpected " + fact);
    }
}
