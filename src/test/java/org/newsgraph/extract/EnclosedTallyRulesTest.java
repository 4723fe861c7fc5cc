package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;

/**
 * Tallies whose voters stand in brackets or between dashes, beside another voter ("besides X"), in what a class of
 * voters includes, or behind the vote they cast ("cast the lone dissenting vote").
 */
class EnclosedTallyRulesTest {

    private static final String DRAFT = "Resolution drafted by Norway";

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("stance-enclosed-tallies"));
    }

    @Test
    void aListBetweenDashesAfterACountVotedAsTheVerbAfterItSays() {
        assertHas(facts, "Peru | votedAgainst | " + DRAFT);
        assertHas(facts, "Chile | votedAgainst | " + DRAFT);
    }

    @Test
    void theCountOfTheOtherClauseLendsNoVoteToTheList() {
        assertFalse(facts.contains("Peru | votedFor | " + DRAFT));
        assertFalse(facts.contains("Chile | votedFor | " + DRAFT));
    }

    @Test
    void membersInBracketsAbstainedAsTheVerbAfterTheBracketSays() {
        assertHas(facts, "Kenya | abstainedOn | " + DRAFT);
        assertHas(facts, "Ghana | abstainedOn | " + DRAFT);
    }

    @Test
    void theOneBesidesTheSubjectVotedTheSame() {
        assertHas(facts, "Fiji | votedFor | " + DRAFT);
        assertHas(facts, "Nepal | votedFor | " + DRAFT);
    }

    @Test
    void whatTheVotersIncludedVoted() {
        assertHas(facts, "Japan | votedFor | " + DRAFT);
        assertHas(facts, "Mexico | votedFor | " + DRAFT);
    }

    @Test
    void theOneSetApartFromAllOthersDidNotVoteWithThem() {
        assertFalse(facts.contains("Brazil | votedFor | " + DRAFT));
    }

    @Test
    void theLoneDissentingVoteIsAVoteAgainst() {
        assertHas(facts, "Uruguay | votedAgainst | " + DRAFT);
    }
}
