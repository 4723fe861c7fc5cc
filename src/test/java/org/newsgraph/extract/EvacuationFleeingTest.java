package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * Evacuations told as people fleeing a danger, forced out, seeking refuge, taken on in the next sentence, or emptied
 * where a clause says so ("A, where 5,000 people were evacuated"), and fleeing that is none.
 */
class EvacuationFleeingTest {

    private static List<String> fled;
    private static List<String> taken;

    @BeforeAll
    static void extract() throws IOException {
        fled = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation-fled-danger"));
        taken = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation-taken-next"));
    }

    @Test
    void peopleFleeingAFireOrEruptionEvacuateThePlaceTheyLeave() {
        assertHas(fled, "Evacuation from Orvieto | from | Orvieto");
        assertHas(fled, "Evacuation from Pienza | from | Pienza");
    }

    @Test
    void fleeingTheSceneOrAWarAndWhereADangerLiesAreNoOrigin() {
        assertNone(fled, "| from | Lucca");
        assertNone(fled, "| from | Tessaly");
        assertNone(fled, "| from | Corvara");
    }

    @Test
    void forcedOutEmptiedHomesAndAWhereClauseNameThePlaceLeft() {
        assertHas(fled, "Evacuation from Bastia | from | Bastia");
        assertHas(fled, "Evacuation from Arezzo | from | Arezzo");
        assertHas(fled, "Evacuation from Cortona | from | Cortona");
    }

    @Test
    void refugeSoughtAndEvacueesPouringInNameTheDestination() {
        assertHas(fled, "Evacuation from Urbino | to | Ancona");
        assertHas(fled, "Evacuation from Assisi | to | Perugia");
    }

    @Test
    void theyTakenToANamedPlaceInTheNextSentenceIsTheEvacuationsDestination() {
        assertHas(taken, "Evacuation from Tartu | to | Tallinn");
    }
}
