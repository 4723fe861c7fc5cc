package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/** How evacuations are found and filled in: movers, vehicles, slots, participants and status. */
class EvacuationRulesTest {

    private static List<String> airlift;
    private static List<String> convoy;
    private static List<String> swap;
    private static List<String> bound;

    @BeforeAll
    static void extract() throws IOException {
        airlift = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation-rules-airlift"));
        convoy = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation-rules-convoy"));
        swap = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation-rules-swap"));
        bound = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation-rules-bound"));
    }

    @Test
    void movingPeopleOutOfAPlaceIsAnEvacuationFromIt() {
        assertHas(airlift, "Evacuation from Khartoum | from | Khartoum");
    }

    @Test
    void aPlaneLeavingAnAirportIsNoEvacuationFromIt() {
        assertNone(airlift, "Evacuation from Corvin International Airport");
    }

    @Test
    void aQuotedPromiseToLeaveIsNoEvacuation() {
        assertNone(airlift, "Evacuation from Cyprus");
    }

    @Test
    void aFacilityDestinationGivesThePlaceItLiesIn() {
        assertHas(airlift, "Evacuation from Khartoum | to | Cyprus");
    }

    @Test
    void passiveOrganisersAndHelpersFacilitateButWhatIsSaidOfThemDoesNot() {
        assertHas(airlift, "Evacuation from Khartoum | facilitatedBy | International Organization for Migration");
        assertHas(airlift, "Evacuation from Khartoum | facilitatedBy | Turkey");
        assertNone(airlift, "| facilitatedBy | Hamas");
    }

    @Test
    void attackersOfTheConvoyObstructIt() {
        assertHas(airlift, "Evacuation from Khartoum | obstructedBy | Hezbollah");
    }

    @Test
    void aCompletedEvacuationStaysCompletedWhateverTheArticleTellsAfter() {
        assertHas(airlift, "Evacuation from Khartoum | status | Completed");
        assertNone(airlift, "| status | Suspended");
        assertNone(airlift, "| status | Resumed");
    }

    @Test
    void theBesiegedPlantIsTheNamedPlantMentionedBefore() {
        assertHas(convoy, "Evacuation from Misrata | from | Misrata");
    }

    @Test
    void reachingAPlaceGivesTheDestination() {
        assertHas(convoy, "Evacuation from Misrata | to | Benghazi");
    }

    @Test
    void aConvoyOrganisedEscortedOrSupervisedByOrganisationsIsFacilitatedByThem() {
        assertHas(convoy, "Evacuation from Misrata | facilitatedBy | United Nations");
        assertHas(convoy, "Evacuation from Misrata | facilitatedBy | International Committee of the Red Cross");
    }

    @Test
    void aConvoyThatComesUnderFireIsObstructedByTheShooters() {
        assertHas(convoy, "Evacuation from Misrata | obstructedBy | Hezbollah");
    }

    @Test
    void shellingThatDelaysTheOperationObstructsIt() {
        assertHas(convoy, "Evacuation from Misrata | obstructedBy | Hamas");
    }

    @Test
    void anAidConvoyIsNoEvacuation() {
        assertNone(convoy, "Evacuation from Libya");
    }

    @Test
    void peopleTakenOrMovedSomewhereAreEvacuatedFromWhereTheyComeFrom() {
        assertHas(swap, "Evacuation from Mosul and Tikrit | from | Mosul");
        assertHas(swap, "Evacuation from Mosul and Tikrit | from | Tikrit");
        assertHas(swap, "Evacuation from Ramadi | from | Ramadi");
        assertHas(swap, "Evacuation from Ramadi | to | Basra");
    }

    @Test
    void busesDrivingOnInTheSameSentenceCarryThatEvacuation() {
        assertHas(swap, "Evacuation from Mosul and Tikrit | to | Najaf");
    }

    @Test
    void aConvoyFromAPlaceLeavingAnotherOnlyStopsThere() {
        assertNone(swap, "Evacuation from Fallujah");
    }

    @Test
    void aFirstPhaseReportedCompletedEndsNoOperationThatRestarted() {
        // the end of an early stage tells an operation going on, so the restart stands
        assertHas(swap, "Evacuation from Mosul and Tikrit | status | Resumed");
        assertNone(swap, "Evacuation from Mosul and Tikrit | status | Completed");
    }

    @Test
    void evacueesBoundForAPlaceGoThere() {
        assertHas(bound, "Evacuation from Derna | to | Tobruk");
    }

    @Test
    void peopleMovedWithoutAJourneyAreNotEvacuated() {
        assertNone(bound, "Evacuation from Sirte");
    }

    @Test
    void busesAndConvoysAloneAreNoEvacuation() throws IOException {
        List<String> buses = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation-rules-buses"));
        assertNone(buses, "Evacuation");
    }

}
