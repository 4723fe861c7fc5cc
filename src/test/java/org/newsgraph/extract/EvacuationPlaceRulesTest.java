package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evacuation places that real reports give by reference or by what lies around them: "the town" after a place named
 * before, "the town of A ... the devastated town", neighbourhoods near a place, the stretch between two towns,
 * neighbourhoods the tagger reads as companies, where evacuees shelter, "out of A to B", and a site whose common
 * nouns the tagger marked as places.
 */
class EvacuationPlaceRulesTest {

    private static List<String> facts;
    private static List<String> orders;
    private static List<String> shelter;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation5-references"));
        orders = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation6-orders"));
        shelter = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation7-shelter"));
    }

    @Test
    void theTownTakesUpThePlaceNamedBefore() {
        assertHas(facts, "Evacuation from Tarnhollow | from | Tarnhollow");
        assertHas(facts, "Evacuation from Tarnhollow | to | Veldmark");
    }

    @Test
    void theTownTakesUpTheTownOfANameRatherThanTheCapitalBesideIt() {
        assertHas(facts, "Evacuation from Corrisk | from | Corrisk");
        assertNone(facts, "| from | Lumenor");
    }

    @Test
    void neighbourhoodsNearAPlaceAreEvacuatedFromIt() {
        assertHas(facts, "Evacuation from Brackmoor | from | Brackmoor");
    }

    @Test
    void theStretchBetweenTwoTownsIsEvacuatedFromBoth() {
        assertHas(facts, "Evacuation from Ellsworth Quay and Pennrick | from | Ellsworth Quay");
        assertHas(facts, "Evacuation from Ellsworth Quay and Pennrick | from | Pennrick");
    }

    @Test
    void neighbourhoodsTakenForCompaniesAreOrigins() {
        // the town they lie in is an origin too, as in "evacuations in A"
        assertHas(facts, "Evacuation from Kalorama Estates and Fernbrook Gardens and Ostrel | from | Kalorama Estates");
        assertHas(facts, "Evacuation from Kalorama Estates and Fernbrook Gardens and Ostrel | from | Fernbrook Gardens");
    }

    @Test
    void whereEvacueesShelterIsTheirDestination() {
        // the tagger reads the origin of this sentence as a person's name, so only the destination is asked
        assertTrue(facts.stream().anyMatch(f -> f.endsWith("| to | Marlow Cross")), () -> String.join("\n", facts));
    }

    @Test
    void aSiteIsToldByItsNameAndNotByCommonNounsTaggedAsPlaces() {
        assertHas(facts, "Evacuation from Gethin | to | Saltreach");
        assertNone(facts, "| to | greenfield");
        assertNone(facts, "| to | airport");
    }

    @Test
    void outOfAToBGoesToB() {
        assertHas(facts, "Evacuation from Harrowgate | to | Quillon");
    }

    @Test
    void whereAnEvacuationOrItsOrderIsOrderedIsItsOrigin() {
        assertHas(orders, "Evacuation from Tarnhollow | from | Tarnhollow");
        assertHas(orders, "Evacuation from Veldmark | from | Veldmark");
    }

    @Test
    void theZoneAroundAPlaceIsEvacuatedFromIt() {
        assertHas(orders, "Evacuation from Brackmoor | from | Brackmoor");
    }

    @Test
    void evacueesNamedAfterTheirTownComeFromIt() {
        assertHas(orders, "Evacuation from Pennrick | from | Pennrick");
        assertHas(orders, "Evacuation from Pennrick | to | Quillon");
    }

    @Test
    void peopleLivingNearAPlaceLeaveIt() {
        assertHas(orders, "Evacuation from Harrowgate | from | Harrowgate");
    }

    @Test
    void aTitleCaseHeadlineOrdersNoEvacuationFromItsCapitals() {
        assertNone(orders, "| from | Kettering Vale");
    }

    @Test
    void campsSetUpInAPlaceAndShelterGivenThereMakeItTheDestination() {
        assertHas(shelter, "Evacuation from Tarnhollow | to | Veldmark");
        assertHas(shelter, "Evacuation from Brackmoor | to | Quillon");
    }
}
