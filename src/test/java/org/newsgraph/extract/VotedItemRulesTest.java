package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/** Items other than resolutions that a body votes on, and the act a body votes to take, are the report's resolution. */
class VotedItemRulesTest {

    private static List<String> items;
    private static List<String> act;

    @BeforeAll
    static void extract() throws IOException {
        items = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-voted-items"));
        act = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-voted-act"));
    }

    @Test
    void aVetoedBudgetIsTheResolutionItsVetoersVetoed() {
        assertHas(items, "Estonia | vetoed | Resolution");
        assertHas(items, "Malawi | vetoed | Resolution");
        assertHas(items, "Resolution | status | Vetoed");
    }

    @Test
    void votesAgainstAMoveAreVotesOnTheItem() {
        assertHas(items, "Estonia | votedAgainst | Resolution");
        assertHas(items, "Malawi | votedAgainst | Resolution");
    }

    @Test
    void aThreatToVoteAgainstIsNoVote() {
        assertNone(items, "Fiji | votedAgainst");
    }

    @Test
    void theActABodyVotedToTakeIsTheDecisionItAdopted() {
        assertHas(act, "Resolution | status | Adopted");
        assertHas(act, "Resolution | concerns | Paraguay");
        assertHas(act, "Fiji | votedAgainst | Resolution");
        assertHas(act, "Estonia | votedAgainst | Resolution");
    }

    @Test
    void aPlanRejectedOutsideAVoteIsNoVotedItem() {
        assertNone(act, "Failed");
    }
}
