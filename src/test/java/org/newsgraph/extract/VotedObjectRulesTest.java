package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * What a vote was on in a report that names no resolution nor item of the lexicons: the noun the votes were cast on,
 * the vote itself; and a named item ("the Ashcombe Pact") taken for an organisation's name.
 */
class VotedObjectRulesTest {

    private static List<String> theVote;
    private static List<String> tariffs;
    private static List<String> named;
    private static List<String> notCast;
    private static List<String> verbOnly;
    private static List<String> onAPerson;

    @BeforeAll
    static void extract() throws IOException {
        theVote = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-voted-objects"));
        tariffs = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-voted-tariffs"));
        named = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-named-item"));
        notCast = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-vote-not-cast"));
        verbOnly = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-voted-verb"));
        onAPerson = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-voted-person"));
    }

    @Test
    void votesCastInAnElectionLandOnTheVote() {
        assertHas(theVote, "Estonia | votedAgainst | Resolution");
        assertHas(theVote, "Malawi | votedAgainst | Resolution");
        assertHas(theVote, "Fiji | abstainedOn | Resolution");
    }

    @Test
    void aNounTheVotesWereCastOnIsTheItem() {
        assertHas(tariffs, "Estonia | votedAgainst | Resolution");
        assertHas(tariffs, "Fiji | votedFor | Resolution");
        assertHas(tariffs, "Resolution | status | Adopted");
    }

    @Test
    void aNamedItemIsTheTextVotedOn() {
        assertHas(named, "Redvale Party | votedAgainst | Resolution");
        assertHas(named, "John Hedge | votedFor | Resolution");
        assertHas(named, "Resolution | status | Adopted");
    }

    @Test
    void votesCastOnNothingNamedLandOnOneDecision() {
        assertHas(verbOnly, "Estonia | votedAgainst | Resolution");
        assertHas(verbOnly, "Malawi | votedAgainst | Resolution");
        assertHas(verbOnly, "Fiji | abstainedOn | Resolution");
    }

    @Test
    void votesAgainstThePersonVotedOnLandOnTheDecision() {
        assertHas(onAPerson, "Estonia | votedAgainst | Resolution");
        assertHas(onAPerson, "Malawi | votedAgainst | Resolution");
        assertHas(onAPerson, "Fiji | abstainedOn | Resolution");
    }

    @Test
    void aVoteNotYetCastIsNoText() {
        assertNone(notCast, "Resolution");
    }
}
