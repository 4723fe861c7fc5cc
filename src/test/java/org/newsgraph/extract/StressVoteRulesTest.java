package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * Recorded votes as long General Assembly reports write them: a side joined right after the count, a label opened by
 * "among", names set in a counted subject, nationality adjectives of the delegations, a stance verb beside a count,
 * the votes a text won; a stance told outside any count stays a stance.
 */
class StressVoteRulesTest {

    private static final String RESOLUTION = "Resolution drafted by Ireland";

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("stance-stress-votes"));
    }

    @Test
    void joiningASideRightAfterTheCountIsVotingWithIt() {
        for (String country : List.of("Ghana", "Nepal", "Oman", "Kenya")) {
            assertHas(facts, country + " | votedAgainst | " + RESOLUTION);
        }
    }

    @Test
    void aLabelOpenedByAmongNamesTheAbstainers() {
        for (String country : List.of("Norway", "Fiji", "Malta")) {
            assertHas(facts, country + " | abstainedOn | " + RESOLUTION);
        }
    }

    @Test
    void namesSetInACountedSubjectCastItsVote() {
        assertHas(facts, "Laos | votedAgainst | " + RESOLUTION);
        assertHas(facts, "Samoa | votedAgainst | " + RESOLUTION);
    }

    @Test
    void delegationsNamedByNationalityCastTheirCountriesVotes() {
        assertHas(facts, "Chile | votedAgainst | " + RESOLUTION);
        assertHas(facts, "Peru | votedAgainst | " + RESOLUTION);
    }

    @Test
    void aStanceVerbBesideTheCountIsAVote() {
        assertHas(facts, "Bhutan | votedAgainst | " + RESOLUTION);
        assertHas(facts, "Tonga | votedAgainst | " + RESOLUTION);
        assertNone(facts, "Bhutan | votedFor");
        assertNone(facts, "Tonga | votedFor");
    }

    @Test
    void theVotesATextWonAreVotesForIt() {
        assertHas(facts, "Iceland | votedFor | " + RESOLUTION);
        assertHas(facts, "Estonia | votedFor | " + RESOLUTION);
    }

    @Test
    void backingOutsideACountIsNoVote() {
        assertNone(facts, "Zambia | votedFor");
    }

    @Test
    void joiningASideRightAfterAVetoIsVotingWithItButJoiningInOpposingAPlanIsNoVote() throws IOException {
        List<String> veto = ExtractionFixtures.lines(ExtractionFixtures.extract("stance-joined-after-veto"));
        for (String country : List.of("Norway", "Chile", "Ghana", "Nepal", "Fiji")) {
            assertHas(veto, country + " | votedAgainst | " + RESOLUTION);
        }
        assertNone(veto, "Peru | votedAgainst");
        assertNone(veto, "Tonga | votedAgainst");
    }
}
