package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;

/**
 * Origins told of the people moved or of the operation rather than of the verb: where the people are held when the
 * parser makes the holding verb the clausal subject or the root of a passive evacuation, and the landmark close to
 * which an evacuation, as subject, goes on.
 */
class EvacuationHeldTest {

    @Test
    void whereTouristsAreStrandedIsTheOriginWhenTheHoldingVerbIsTheRoot() throws IOException {
        assertHas(ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation10-held-root")),
                "Evacuation from Kigali | from | Kigali");
    }

    @Test
    void whereACountOfTravellersIsStrandedIsTheOrigin() throws IOException {
        assertHas(ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation11-held-count")),
                "Evacuation from Sofia | from | Sofia");
    }

    @Test
    void aMountainTheEvacuationGoesOnCloseToIsItsOrigin() throws IOException {
        assertHas(ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation12-landmark")),
                "Evacuation from Mount Redvale | from | Mount Redvale");
    }
}
