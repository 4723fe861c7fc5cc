package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;

/** Ways of reporting a vote and a stance on it: answers, company, refusals, datelines, reactions to the outcome. */
class VoteRules2Test {

    private static final String RESOLUTION = "Resolution drafted by Ireland";

    private static List<String> stances;

    @BeforeAll
    static void extract() throws IOException {
        stances = ExtractionFixtures.lines(ExtractionFixtures.extract("votes2-stances"));
    }

    @Test
    void votingNoOrYesIsARecordedVote() {
        // "Nairobi and Quito voted no": capitals stand for their states
        assertHas(stances, "Kenya | votedAgainst | " + RESOLUTION);
        assertHas(stances, "Ecuador | votedAgainst | " + RESOLUTION);
        assertHas(stances, "Norway | votedFor | " + RESOLUTION);
    }

    @Test
    void whoeverIsJoinedInAVoteCastsItToo() {
        assertHas(stances, "Ghana | votedAgainst | " + RESOLUTION);
        assertHas(stances, "Mexico | votedAgainst | " + RESOLUTION);
    }

    @Test
    void notVotingInFavourIsNeitherSupportNorAVote() {
        assertFalse(stances.stream().anyMatch(f -> f.startsWith("Gabon | ")), () -> String.join("\n", stances));
    }

    @Test
    void refusingToBackATextOpposesIt() {
        assertHas(stances, "Mozambique | opposes | " + RESOLUTION);
        assertFalse(stances.contains("Mozambique | supports | " + RESOLUTION));
    }

    @Test
    void notBeingAbleToVoteForATextOpposesIt() {
        assertHas(stances, "Albania | opposes | " + RESOLUTION);
        assertFalse(stances.contains("Albania | supports | " + RESOLUTION));
    }

    @Test
    void theDatelineIsNotTheSubjectOfTheLead() {
        assertHas(stances, "Russia | vetoed | " + RESOLUTION);
        assertHas(stances, "France | vetoed | " + RESOLUTION);
        assertFalse(stances.stream().anyMatch(f -> f.startsWith("United Nations | ")), () -> String.join("\n", stances));
    }

    @Test
    void welcomingTheOutcomeOfAVetoOpposesTheTextAndDenouncingItSupportsIt() {
        assertHas(stances, "Niger | opposes | " + RESOLUTION);
        assertFalse(stances.contains("Niger | supports | " + RESOLUTION));
        assertHas(stances, "Estonia | supports | " + RESOLUTION);
        assertFalse(stances.contains("Estonia | opposes | " + RESOLUTION));
    }
}
