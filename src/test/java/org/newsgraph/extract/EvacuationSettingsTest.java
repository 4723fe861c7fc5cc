package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * Origins news gives as the setting of the evacuation ("the evacuation took place at A", craft "converging on A to
 * help with evacuations") and, in a report that names no place left, the evacuees' own country.
 */
class EvacuationSettingsTest {

    @Test
    void whereTheEvacuationTookPlaceAndWhereCraftConvergeAreOrigins() throws IOException {
        List<String> facts = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation6-settings"));
        assertHas(facts, "Evacuation from Redvale General Hospital | from | Redvale General Hospital");
        assertHas(facts, "Evacuation from Ostrel | from | Ostrel");
        assertHas(facts, "Evacuation from Ostrel | to | Venhollow");
        assertNone(facts, "| from | Venhollow");
    }

    @Test
    void childrenOfOneNationTakenElsewhereComeFromTheirCountry() throws IOException {
        List<String> facts = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation6-homeland"));
        assertHas(facts, "Evacuation from Chile | from | Chile");
        assertHas(facts, "Evacuation from Chile | to | Venhollow");
    }
}
