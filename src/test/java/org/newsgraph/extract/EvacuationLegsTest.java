package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * Where evacuees go and who helps, told beside the clause of the evacuation: the main clause of a craft a relative
 * clause describes, a "with" clause of the operation, a convoy setting off, a craft arriving in a sentence of its own;
 * help "from" a body; an end still ahead.
 */
class EvacuationLegsTest {

    private static List<String> legs;
    private static List<String> arrival;
    private static List<String> arrivalAlone;

    @BeforeAll
    static void extract() throws IOException {
        legs = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation7-legs"));
        arrival = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation8-arrival"));
        arrivalAlone = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation9-arrival-alone"));
    }

    @Test
    void theCraftARelativeClauseDescribesDocksWhereTheEvacueesGo() {
        assertHas(legs, "Evacuation from Dunmere | to | Pelham Bay");
    }

    @Test
    void aWithClauseOfTheOperationTellsTheDestination() {
        assertHas(legs, "Evacuation from Ostwick | to | Rosslyn");
    }

    @Test
    void aConvoyThatSetOffForAPlaceGoesThere() {
        assertHas(legs, "Evacuation from Tarnbury | to | Carnwell");
    }

    @Test
    void helpFromABodyIsItsPart() {
        assertHas(legs, "Evacuation from Elmsford | facilitatedBy | Red Crescent");
    }

    @Test
    void anEndStillAheadIsAnOperationGoingOn() {
        assertHas(legs, "Evacuation from Ashcombe | status | Ongoing");
        assertNone(legs, "Evacuation from Ashcombe | status | Completed");
    }

    @Test
    void theReportsCraftArrivingInASentenceOfItsOwnTellsTheDestination() {
        assertHas(arrival, "Evacuation from Dunmere | to | Pelham Bay");
    }

    @Test
    void aCraftArrivingInAReportWithoutEvacuationFoundsNone() {
        assertNone(arrivalAlone, "Evacuation");
    }
}
