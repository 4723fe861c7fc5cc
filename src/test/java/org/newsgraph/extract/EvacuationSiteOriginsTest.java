package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * Origins no "from" names outright: a named site evacuating its own patients, unnamed rooftops along a named river,
 * and a headline's passive without its auxiliary.
 */
class EvacuationSiteOriginsTest {

    @Test
    void aSiteEvacuatingItsPatientsRooftopsAlongARiverAndAHeadlinePassiveGiveOrigins() throws IOException {
        List<String> facts = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation7-site-origins"));
        assertHas(facts, "Evacuation from Redvale Regional Medical Center | from | Redvale Regional Medical Center");
        assertHas(facts, "Evacuation from Limmat | from | Limmat");
        assertHas(facts, "Evacuation from Ostrel | from | Ostrel");
        assertNone(facts, "| from | Venhollow");
    }

    @Test
    void peopleSpreadAboutALandmarkOrANumberedPlantAreTakenFromIt() throws IOException {
        List<String> facts = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation7-spread-about"));
        assertHas(facts, "Evacuation from Mount Ardmore | from | Mount Ardmore");
        assertHas(facts, "Evacuation from Redvale | from | Redvale");
        assertHas(facts, "Evacuation from Ostrava No. 1 nuclear plant | from | Ostrava No. 1 nuclear plant");
        assertNone(facts, "| from | Venhollow");
    }

    @Test
    void nationalitiesWhatAConvoyIsKeptFromAndAHomeArrivedAtAreNoOrigins() throws IOException {
        List<String> facts = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation7-not-origins"));
        assertHas(facts, "Evacuation from Ostrel | from | Ostrel");
        assertNone(facts, "| from | Chile");
        assertNone(facts, "| from | Peru");
        assertNone(facts, "| from | Venhollow");
        assertNone(facts, "| from | Kenya");
    }

    @Test
    void aReportWithoutAnOriginTakesThePlaceItsFirstMentionIsSetIn() throws IOException {
        List<String> facts = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation7-lead-origin"));
        assertHas(facts, "Evacuation from Ostrel | from | Ostrel");
        assertHas(facts, "Evacuation from Ostrel | to | Venhollow");
        assertNone(facts, "| from | Venhollow");
    }
}
