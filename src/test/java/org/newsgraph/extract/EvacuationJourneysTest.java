package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * Where evacuations start and go in the less plain ways news tells it: a dateline in ordinary case, the journey's next
 * leg, an arrival still to come, homes in a country, and a town's own evacuation.
 */
class EvacuationJourneysTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation6-journeys"));
    }

    @Test
    void aDatelineInOrdinaryCaseIsNoOrigin() {
        assertHas(facts, "Evacuation from Dunmere | from | Dunmere");
        assertNone(facts, "| from | Carnwell");
    }

    @Test
    void theNextLegOfTheJourneyTellsTheDestination() {
        assertHas(facts, "Evacuation from Ostwick | to | Pelham Bay");
    }

    @Test
    void anArrivalStillToComeTellsTheDestination() {
        assertHas(facts, "Evacuation from Tarnbury | to | Rosslyn");
    }

    @Test
    void homesInACountryAreLeftFromThatCountry() {
        assertHas(facts, "Evacuation from Portugal | from | Portugal");
    }

    @Test
    void aTownOwningItsEvacuationIsThePlaceEmptied() {
        assertHas(facts, "Evacuation from Elmsford | from | Elmsford");
    }
}
