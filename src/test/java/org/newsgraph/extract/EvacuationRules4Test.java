package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * Evacuation places as real reports give them: a hospital by its own name, a shelter and the town it lies in, places
 * around the one evacuated, a title-case headline, people ordered to leave or trapped somewhere, a town the tagger
 * took for a common noun, flight to a place, a ship setting sail, and an order lifted.
 */
class EvacuationRules4Test {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation4-sites"));
    }

    @Test
    void aHospitalByItsOwnNameIsTheOriginAndTheTownOfANamedShelterTheDestination() {
        assertHas(facts, "Evacuation from Korvath General Hospital | from | Korvath General Hospital");
        assertHas(facts, "Evacuation from Korvath General Hospital | to | Ostrava Minor");
    }

    @Test
    void aPlaceOutsideTheOneEvacuatedIsNoOrigin() {
        assertHas(facts, "Evacuation from Dresvik | from | Dresvik");
        assertNone(facts, "| from | Almoria");
    }

    @Test
    void theCapitalsOfATitleCaseHeadlineMakeNoPlace() {
        assertNone(facts, "Voluntary Evacuation Order");
    }

    @Test
    void peopleOrderedToLeaveOrTrappedSomewhereLeaveIt() {
        assertHas(facts, "Evacuation from Pellmark | from | Pellmark");
        assertHas(facts, "Evacuation from Venhollow | from | Venhollow");
    }

    @Test
    void aTownTakenForACommonNounIsAPlaceWhenListedWithPlaces() {
        assertHas(facts, "Evacuation from Orchard and Lake Tarsen and Mirefield | from | Orchard");
    }

    @Test
    void fleeingToAPlaceAndSettingSailForOneGoThere() {
        assertHas(facts, "Evacuation from Quennoch | to | Brastow");
        assertHas(facts, "Evacuation from Saltreach | to | Dunmere");
    }

    @Test
    void anOrderLiftedEndsTheEvacuation() {
        assertHas(facts, "Evacuation from Gallowmere | status | Completed");
    }
}
