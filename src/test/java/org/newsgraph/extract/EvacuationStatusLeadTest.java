package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * The state an evacuation report is news about: the lead's state over a plan told after it, advice to leave still
 * ahead, an early stage ended, a craft arrived to evacuate.
 */
class EvacuationStatusLeadTest {

    private static List<String> facts(String name) throws IOException {
        return ExtractionFixtures.lines(ExtractionFixtures.extract(name));
    }

    @Test
    void aPlanToldAfterALeadUnderWayIsAStepOfIt() throws IOException {
        List<String> facts = facts("evacuation-status-lead");
        assertHas(facts, "Evacuation from Redvale | status | Ongoing");
        assertNone(facts, "| status | Planned");
    }

    @Test
    void adviceToLeaveIsStillAhead() throws IOException {
        List<String> facts = facts("evacuation-status-advice");
        assertHas(facts, "Evacuation from Ashcombe | status | Planned");
        assertNone(facts, "| status | Ongoing");
    }

    @Test
    void theFirstPhaseCompletedLeavesTheOperationGoingOn() throws IOException {
        List<String> facts = facts("evacuation-status-stage");
        assertHas(facts, "Evacuation from Redvale | status | Ongoing");
        assertNone(facts, "| status | Completed");
    }

    @Test
    void aShipThatDockedToEvacuateHasNotEvacuatedYet() throws IOException {
        List<String> facts = facts("evacuation-status-docked");
        assertHas(facts, "Evacuation | status | Planned");
        assertNone(facts, "| status | Completed");
    }
}
