package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * Evacuation states and participants as reports of evacuations run by agencies and governments give them: status
 * words that tell of something else in the sentence, a delay of some hours, amounts of people moved, and who runs an
 * evacuation told in a nominal ("with the support of", "under X mediation", "an X-brokered evacuation", "on X and Y
 * helicopters").
 */
class EvacuationRules5Test {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation5-agents"));
    }

    @Test
    void aStatusWordWithASubjectOfItsOwnOrABriefDelayTellsNoSuspension() {
        assertNone(facts, "| status | Suspended");
    }

    @Test
    void gunfireThatBeganUponADepartureDoesNotMakeTheEvacuationOngoing() {
        assertNone(facts, "Evacuation from Ostrel | status");
    }

    @Test
    void anAmountOfPeopleMovedIsAnEvacuation() {
        assertHas(facts, "Evacuation from Pellmark | from | Pellmark");
        assertHas(facts, "Evacuation from Pellmark | to | Venhollow");
        assertHas(facts, "Evacuation from Quennoch | from | Quennoch");
    }

    @Test
    void theFirstFlightCarryingStudentsHungLooselyIsOneStageArrived() {
        assertHas(facts, "Evacuation from Mirefield | status | Ongoing");
    }

    @Test
    void supportAndHyphenatedNominalsNameWhoRunsTheEvacuation() {
        assertHas(facts, "Evacuation from Carvel | facilitatedBy | International Committee of the Red Cross");
        assertHas(facts, "Evacuation from Galeth | facilitatedBy | International Committee of the Red Cross");
        assertHas(facts, "Evacuation from Harrow | facilitatedBy | United Nations");
        assertHas(facts, "Evacuation from Lunde | facilitatedBy | UNHCR");
    }

    @Test
    void aNameCoordinatedWithACraftsModifierRunsCraftOfItsOwn() {
        assertHas(facts, "Evacuation from Aidra | facilitatedBy | United Nations");
        assertHas(facts, "Evacuation from Aidra | facilitatedBy | Turkey");
    }
}
