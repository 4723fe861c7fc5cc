package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/**
 * Voters named beside a side of the count ("four abstentions from A, B, C and D", "9 votes in favour, A against"), as
 * what a count of voters is ("The three countries to vote against it were A, B and C"), or as the one others joined
 * ("two countries joining A in voting against it"); the rule of a vote ("no vetoes by A, B or C") names no voter.
 */
class CountedListRulesTest {

    private static final String DRAFT = "Resolution drafted by Norway";

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("stance-counted-lists"));
    }

    @Test
    void theNamesAfterAbstentionsFromAbstained() {
        for (String country : List.of("Chile", "Peru", "Kenya", "Ghana")) {
            assertHas(facts, country + " | abstainedOn | " + DRAFT);
        }
    }

    @Test
    void theNamesACountOfVotersIsSaidToBeVotedAsTheCount() {
        for (String country : List.of("Cuba", "Bolivia", "Syria")) {
            assertHas(facts, country + " | votedAgainst | " + DRAFT);
        }
    }

    @Test
    void theOneJoinedInVotingVotedThatWay() {
        assertHas(facts, "Iran | votedAgainst | " + DRAFT);
    }

    @Test
    void aNameBeforeABareSideWordVotedThatWayNotAsTheCountBesideIt() {
        assertHas(facts, "Egypt | votedAgainst | " + DRAFT);
        assertFalse(facts.contains("Egypt | votedFor | " + DRAFT));
    }

    @Test
    void theRuleOfAVoteNamesNoVeto() {
        assertNone(facts, "| vetoed |");
        assertFalse(facts.contains(DRAFT + " | status | Vetoed"));
    }
}
