package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/** Evacuations by sea, air and road: ships and planes, who runs them, who holds them up, and where they stand. */
class EvacuationRules2Test {

    private static List<String> sea;
    private static List<String> road;
    private static List<String> ferry;

    @BeforeAll
    static void extract() throws IOException {
        sea = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation2-sea"));
        road = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation2-road"));
        ferry = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation2-ferry"));
    }

    @Test
    void evacueesDockingInACountryTaggedAsANationalityGoThere() {
        assertHas(sea, "Evacuation from Kismayo | to | Djibouti");
    }

    @Test
    void theCountryARegionLiesInIsNoOrigin() {
        assertHas(road, "Evacuation from Mtwara | from | Mtwara");
        assertNone(road, "| from | Tanzania");
    }

    @Test
    void theStateWhoseShipCarriesTheEvacueesFacilitates() {
        assertHas(sea, "Evacuation from Kismayo | facilitatedBy | Turkey");
    }

    @Test
    void anAgencyWhoseOwnStaffEscortTheEvacueesFacilitates() {
        assertHas(sea, "Evacuation from Kismayo | facilitatedBy | World Health Organization");
    }

    @Test
    void anAirliftThatHasYetToBeginIsPlanned() {
        assertHas(sea, "Evacuation from Mogadishu | status | Planned");
    }

    @Test
    void aStateThatHasNotClearedTheFlightsObstructsThem() {
        assertHas(sea, "Evacuation from Mogadishu | obstructedBy | Ethiopia");
    }

    @Test
    void aStateThatEvacuatesStudentsFacilitates() {
        assertHas(sea, "Evacuation from Baidoa | facilitatedBy | Kenya");
        assertHas(sea, "Evacuation from Baidoa | evacuees | 150 students");
    }

    @Test
    void nationalsDrivenOnBusesSomeoneProvidedAreEvacuated() {
        assertHas(sea, "Evacuation from Baidoa | to | Mandera");
        assertHas(sea, "Evacuation from Baidoa | facilitatedBy | International Organization for Migration");
    }

    @Test
    void whoProvidesTheBusesFacilitatesOnlyTheEvacuationWhoseClauseTellsIt() {
        assertFalse(sea.stream().anyMatch(f -> f.startsWith("Evacuation from Nairobi")
                        && f.endsWith("| facilitatedBy | International Organization for Migration")),
                () -> String.join("\n", sea));
    }

    @Test
    void aClauseOfItsOwnKeepsItsOwnOrigin() {
        assertHas(sea, "Evacuation from Nairobi | from | Nairobi");
        assertNone(sea, "Evacuation from Nairobi and Baidoa");
    }

    @Test
    void theLastResidentsLeavingCompleteTheEvacuation() {
        assertHas(road, "Evacuation from Palma | status | Completed");
    }

    @Test
    void sheltersInAPlaceGiveThePlaceWhenItHangsOnTheVerb() {
        assertHas(road, "Evacuation from Palma | to | Pemba");
    }

    @Test
    void whoeverAccompaniesTheBusesFacilitates() {
        assertHas(road, "Evacuation from Palma | facilitatedBy | Mozambique Red Cross");
    }

    @Test
    void itsShipInWhatANavySaysIsTheNavysState() {
        assertHas(road, "Evacuation from Palma | facilitatedBy | Portugal");
    }

    @Test
    void aColumnSettingOffTowardsAPlaceGoesThere() {
        assertHas(road, "Evacuation from Macomia | to | Montepuez");
    }

    @Test
    void theEvacuationOfAPlaceIsFromItAndFiringOnItsBridgeObstructsIt() {
        assertHas(road, "Evacuation from Macomia | status | Suspended");
        assertHas(road, "Evacuation from Macomia | obstructedBy | Islamic State");
    }

    @Test
    void aStateRefusingPermissionForTheBusesObstructsThem() {
        assertHas(road, "Evacuation from Palma | obstructedBy | Tanzania");
    }

    @Test
    void aShipCarryingPeopleIsAnEvacuationFromWhereItsVoyageBeganToWhereItDocked() {
        assertHas(ferry, "Evacuation from Tripoli | to | Piraeus");
        assertHas(ferry, "Evacuation from Tripoli | facilitatedBy | Greece");
    }

    @Test
    void arrivingCompletesAnEvacuationUnlessTheArticleTellsItsState() {
        assertHas(ferry, "Evacuation from Tripoli | status | Completed");
        assertHas(ferry, "Evacuation from Sirte | status | Ongoing");
        assertNone(ferry, "Evacuation from Sirte | status | Completed");
    }

    @Test
    void theStateThatLeadsACoalitionWithholdingClearanceObstructs() {
        assertHas(ferry, "Evacuation from Benghazi | obstructedBy | Egypt");
    }
}
