package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;

/** Tallies and stances written the way wire copy writes them: lists after a dash, refusals, abstentions. */
class TallyListRulesTest {

    private static final String DRAFT = "Resolution drafted by Kellmark, Ostrovia";

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("stance-web-tallies"));
    }

    @Test
    void aTextNotAdoptedHasFailed() {
        assertHas(facts, DRAFT + " | status | Failed");
    }

    @Test
    void theMembersListedAfterADashVotedLikeTheOneTheyJoined() {
        assertHas(facts, "Castova | votedAgainst | " + DRAFT);
        assertHas(facts, "Merrin | votedAgainst | " + DRAFT);
        assertFalse(facts.contains(DRAFT + " | concerns | Castova"));
        assertFalse(facts.contains(DRAFT + " | concerns | Merrin"));
    }

    @Test
    void abstainingFromAVoteIsNoSupport() {
        assertFalse(facts.contains("Norland | supports | " + DRAFT));
    }

    @Test
    void aDemandForAnActAndDenouncedPollsAreNoStanceOnTheText() {
        assertFalse(facts.contains("Merrin | supports | " + DRAFT));
        assertFalse(facts.contains("Kellmark | opposes | " + DRAFT));
    }
}
