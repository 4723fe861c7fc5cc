package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;
import static org.newsgraph.extract.ExtractionFixtures.assertSaid;
import static org.newsgraph.extract.ExtractionFixtures.statementQuoting;

/** Offices and speech of disaster and local news, on a saved parse of an invented article (roles-disaster.txt). */
class RoleDisasterRulesTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("roles-disaster"));
    }

    @Test
    void theChiefOfALocalServiceInAPlace() {
        assertHas(facts, "Rafael Penhallow | represents | Oakhurst police");
        assertHas(facts, "Selma Lockhart | represents | Brackley");
    }

    @Test
    void abbreviatedRanksAndGovernors() {
        assertHas(facts, "Hugo Ellsworth | represents | Thornbury Police Department");
        assertHas(facts, "Anton Falkner | represents | Redvale");
    }

    @Test
    void anOccupationWrittenAsATitleIsNoPartOfTheName() {
        assertSaid(facts, "Marta Quillon", "The water came in very fast");
        assertSaid(facts, "Marta Quillon", "We left everything behind");
    }

    @Test
    void aCopulaAndALineBreakBeforeTheOffice() {
        assertHas(facts, "Tariq Fairholm | represents | Namibia");
        assertHas(facts, "Leila Brightwater | represents | Namibia");
    }

    @Test
    void aPlaceOwningItsService() {
        assertHas(facts, "Carmen Galbraith | represents | Dunmere civil defence");
    }

    @Test
    void aChantedSloganIsNoStatement() {
        assertNone(facts, statementQuoting(facts, "Let the families go home") + " | speaker |");
    }
}
