package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * A state's armed forces, army or embassy named by its nationality runs an evacuation as a body of its own, beside the
 * state whose service it is; forces that block one are told as their state alone.
 */
class EvacuationServicesTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation6-services"));
    }

    @Test
    void armedForcesByTheirNationalityRunTheAirlift() {
        assertHas(facts, "Evacuation from Redvale | facilitatedBy | Norwegian armed forces");
        assertHas(facts, "Evacuation from Redvale | facilitatedBy | Norway");
    }

    @Test
    void anEmbassyByItsNationalityFacilitatesTheEvacuation() {
        assertHas(facts, "Evacuation from Hedgeford | facilitatedBy | Chilean Embassy");
    }

    @Test
    void anArmyWhoseHelpMovesPeopleFacilitates() {
        assertHas(facts, "Evacuation from Lowmere | facilitatedBy | Norwegian Army");
    }

    @Test
    void forcesThatBlockAreNoBodyOfTheirOwn() {
        assertNone(facts, "obstructedBy | Chilean forces");
    }
}
