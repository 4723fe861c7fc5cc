package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;

/**
 * Votes the parser reads poorly or the engine held back: a verb left out after the first clause, a vote refrained
 * from, an abstention only threatened, and officials voting in their own name where no state votes.
 */
class VoteGapsRulesTest {

    private static final String RESOLUTION = "Resolution drafted by Norway";

    private static List<String> gapped;
    private static List<String> cabinet;

    @BeforeAll
    static void extract() throws IOException {
        gapped = ExtractionFixtures.lines(ExtractionFixtures.extract("votes2-gapped"));
        cabinet = ExtractionFixtures.lines(ExtractionFixtures.extract("votes2-cabinet"));
    }

    @Test
    void aClauseWithoutItsVerbTakesTheSideAfterItsNames() {
        assertHas(gapped, "Chile | votedFor | " + RESOLUTION);
        assertHas(gapped, "Kenya | votedAgainst | " + RESOLUTION);
        assertHas(gapped, "Peru | abstainedOn | " + RESOLUTION);
        assertFalse(gapped.contains("Kenya | votedFor | " + RESOLUTION), () -> String.join("\n", gapped));
    }

    @Test
    void refrainingFromVotingIsAbstaining() {
        assertHas(gapped, "Ghana | abstainedOn | " + RESOLUTION);
        assertHas(gapped, "Fiji | abstainedOn | " + RESOLUTION);
    }

    @Test
    void aThreatenedAbstentionIsNoneCast() {
        assertHas(gapped, "Nepal | votedFor | " + RESOLUTION);
        assertFalse(gapped.contains("Nepal | abstainedOn | " + RESOLUTION), () -> String.join("\n", gapped));
    }

    @Test
    void officialsVoteInTheirOwnNameWhereNoStateVotes() {
        assertHas(cabinet, "Maren Kestrin | votedFor | Resolution");
        assertHas(cabinet, "Tom Ashcombe | votedFor | Resolution");
        assertHas(cabinet, "Leila Whitlow | votedAgainst | Resolution");
    }
}
