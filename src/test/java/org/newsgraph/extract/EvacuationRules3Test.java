package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * Evacuations as real reports tell them: airlifts of one person, evacuation orders placed on towns and extended to
 * more, nominal evacuations of residents of unnamed sites, ships flying an agency's flag, whole place names the tagger
 * splits, and the state that tense and aspect give.
 */
class EvacuationRules3Test {

    private static List<String> airlift;
    private static List<String> orders;
    private static List<String> ferry;
    private static List<String> flights;
    private static List<String> nominal;
    private static List<String> speech;
    private static List<String> remaining;

    @BeforeAll
    static void extract() throws IOException {
        airlift = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation3-airlift"));
        orders = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation3-orders"));
        ferry = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation3-ferry"));
        flights = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation3-flights"));
        nominal = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation3-nominal"));
        speech = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation3-speech"));
        remaining = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation3-remaining"));
    }

    @Test
    void onePersonAirliftedAwayIsEvacuatedAndItIsDone() {
        assertHas(airlift, "Evacuation | to | Venholm");
        assertHas(airlift, "Evacuation | status | Completed");
    }

    @Test
    void whoProvidesForTheEvacuationFacilitatesIt() {
        assertHas(airlift, "Evacuation | facilitatedBy | Arvida Peace Foundation");
    }

    @Test
    void evacuationsInAPlaceLeaveIt() {
        assertHas(orders, "Evacuation from Mirin Beach County | from | Mirin Beach County");
    }

    @Test
    void townsPlacedUnderEvacuationOrdersAreOrigins() {
        assertHas(orders, "Evacuation from Halvik and Osterby | from | Osterby");
    }

    @Test
    void anOrderExpandedToAPlaceEmptiesItRatherThanGoingThere() {
        assertHas(orders, "Evacuation from Dalmont | from | Dalmont");
        assertNone(orders, "| to | Dalmont");
    }

    @Test
    void anOrderedEvacuationIsUnderWay() {
        assertHas(orders, "Evacuation from Mirin Beach County | status | Ongoing");
    }

    @Test
    void whoseFlagTheShipFliesFacilitates() {
        assertHas(ferry, "Evacuation from Pellio | facilitatedBy | Norvik Relief Agency");
        assertHas(ferry, "Evacuation from Pellio | to | Dunmarra");
    }

    @Test
    void aProgressiveEvacuationIsOngoing() {
        assertHas(ferry, "Evacuation from Pellio | status | Ongoing");
    }

    @Test
    void aPlaceNameTheTaggerSplitsStaysWhole() {
        // the headline's evacuation from the country is the body's from its capital, and keeps the country's whole name
        assertTrue(flights.stream().anyMatch(f -> f.startsWith("Evacuation from Essimo and New Tarvania |")), flights::toString);
        assertNone(flights, "| from | Tarvania");
    }

    @Test
    void passengersFlownFromACapitalAreEvacuated() {
        assertHas(flights, "Evacuation from Essimo and New Tarvania | from | Essimo");
        assertHas(flights, "Evacuation from Essimo and New Tarvania | to | Pradel");
    }

    @Test
    void residentsOfUnnamedTownsLeaveTheProvinceTheyLieIn() {
        assertHas(nominal, "Evacuation from Sorvano province | from | Sorvano province");
    }

    @Test
    void anEvacuationOrderedInTheLeadIsUnderWay() {
        assertHas(nominal, "Evacuation from Sorvano province | status | Ongoing");
    }

    @Test
    void aShipCarryingEvacueesFromAPlaceToAnotherEvacuatesThem() {
        assertHas(speech, "Evacuation from Port Lomas | from | Port Lomas");
    }

    @Test
    void aDestinationWhoseWordsTheTaggerTypesApartStaysWhole() {
        assertHas(speech, "Evacuation from Port Lomas | to | Vesta Bay");
        assertNone(speech, "| to | Bay");
    }

    @Test
    void whatRemainsForAStateToDoIsNoDepartureFromIt() {
        assertHas(remaining, "Evacuation from Paraguay | from | Paraguay");
        assertNone(remaining, "Uruguay");
    }
}
