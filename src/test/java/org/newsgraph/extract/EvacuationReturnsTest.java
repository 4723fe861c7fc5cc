package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/** Evacuees taken back home from where they had stayed, which tells the evacuation backwards, and a repatriation. */
class EvacuationReturnsTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation-return-home"));
    }

    @Test
    void theWayBackFromWhereEvacueesStayedNamesTheOriginAndTheDestination() {
        assertHas(facts, "Evacuation from Tarsel | from | Tarsel");
        assertHas(facts, "Evacuation from Tarsel | to | Brindmoor");
        assertNone(facts, "| to | Tarsel");
    }

    @Test
    void broughtBackWithoutAPlaceStayedAtIsAJourneyHome() {
        assertHas(facts, "Evacuation from Valletta | to | Lisbon");
    }
}
