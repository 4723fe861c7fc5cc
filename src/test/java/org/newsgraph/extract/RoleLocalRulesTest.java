package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whom local officials, public services and people serving an organisation speak for, and the bystanders who speak
 * for no one.
 */
class RoleLocalRulesTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("roles-local"));
    }

    @Test
    void aTownTheTaggerTookForASurnameIsWhatItsMayorGoverns() {
        assertHas("Daniel Kinsella | represents | Brackley");
        assertHas("Rosa Pemberton | represents | Ashcombe");
    }

    @Test
    void theTownAfterTheMayorsNameOrFrontedBeforeTheOffice() {
        assertHas("Ada Calloway | represents | Oakhurst");
        assertHas("Lena Rosenthal | represents | Westfield");
    }

    @Test
    void aServiceNamedByACommonNounIsTheBodyNotThePlace() {
        assertHas("Tomas Reyvik | represents | coastguard");
        assertLacks("Tomas Reyvik | represents | Marlowe");
        assertHas("Edwin Sarto | represents | Thornvale police");
    }

    @Test
    void anOfficerWithADepartment() {
        assertHas("Hana Dunmore | represents | Redvale Fire Department");
    }

    @Test
    void workingForOrComingFromAnOrganisation() {
        assertHas("Vadim Orlenko | represents | World Food Programme");
        assertHas("Karim Lockhart | represents | World Food Programme");
    }

    @Test
    void speakingForACountryOrNamedWithItInBrackets() {
        assertHas("Alicia Orsini | represents | Bolivia");
        assertHas("Lydia Brenner | represents | Denmark");
    }

    @Test
    void aMinistryTaggedWithItsNationalityStandsForTheCountry() {
        assertHas("Nadia Ashdown | represents | Serbia");
    }

    @Test
    void aNounOfAKindBeforeAPossessiveTakesUpTheOrganisationNotItsClassifier() {
        assertHas("Ayla Sorvik | represents | World Health Organization");
        assertLacks("Ayla Sorvik | represents | United Nations");
    }

    @Test
    void anAmbassadorOfAStateHeldAtAWorldBodySpeaksForTheState() {
        assertHas("Tarek Vellan | represents | Chile");
        assertLacks("Tarek Vellan | represents | United Nations");
    }

    @Test
    void aPortfolioTaggedWithItsNationalityIsNoBodyOfItsOwn() {
        assertHas("Ines Dalmar | represents | Greece");
    }

    @Test
    void aResidentSpeaksForNoOne() {
        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Jodan Pell | represents")), () -> facts.toString());
    }

    private static void assertHas(String fact) {
        ExtractionFixtures.assertHas(facts, fact);
    }

    private static void assertLacks(String fact) {
        assertTrue(!facts.contains(fact), () -> "unexpected " + fact);
    }
}
