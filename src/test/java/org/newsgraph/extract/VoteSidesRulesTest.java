package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;
import static org.newsgraph.extract.ExtractionFixtures.assertSaid;

/**
 * Sides taken beside recorded votes or by a count of members are votes; coordinated clauses and counted clauses keep
 * their own subjects; agents and envoys stand for the members they include or come from; a negative vote cast is a
 * vote against, and a drafting participle the parser leaves loose still names the drafter; a participle on the text
 * tells its content, not a speech.
 */
class VoteSidesRulesTest {

    private static final String RESOLUTION = "Resolution drafted by Chile";

    private static List<String> sides;
    private static List<String> agents;
    private static List<String> drafts;
    private static List<String> quotes;
    private static List<String> outcomes;

    @BeforeAll
    static void extract() throws IOException {
        sides = ExtractionFixtures.lines(ExtractionFixtures.extract("votes7-sides"));
        agents = ExtractionFixtures.lines(ExtractionFixtures.extract("votes7-agents"));
        drafts = ExtractionFixtures.lines(ExtractionFixtures.extract("votes7-drafts"));
        quotes = ExtractionFixtures.lines(ExtractionFixtures.extract("votes7-quotes"));
        outcomes = ExtractionFixtures.lines(ExtractionFixtures.extract("votes7-outcomes"));
    }

    @Test
    void supportBesideOthersVotesIsAVoteFor() {
        assertHas(sides, "Nepal | votedFor | " + RESOLUTION);
        assertHas(sides, "Fiji | votedFor | " + RESOLUTION);
        assertHas(sides, "Malta | votedAgainst | " + RESOLUTION);
    }

    @Test
    void aCountOpeningTheSentenceCountsItsMembers() {
        assertHas(sides, "Peru | votedFor | " + RESOLUTION);
        assertHas(sides, "Bolivia | votedFor | " + RESOLUTION);
    }

    @Test
    void aConjunctWithItsOwnSubjectTakesTheVerbsAfterIt() {
        assertHas(sides, "Togo | votedAgainst | " + RESOLUTION);
        assertHas(sides, "Laos | abstainedOn | " + RESOLUTION);
        assertNone(sides, "Laos | votedAgainst");
        assertNone(sides, "Chad | votedAgainst");
    }

    @Test
    void envoysStandForTheStatesTheyComeFrom() {
        assertHas(sides, "Benin | opposes | " + RESOLUTION);
        assertHas(sides, "Gabon | opposes | " + RESOLUTION);
    }

    @Test
    void agentsStandForTheMembersTheyInclude() {
        assertHas(agents, "Nepal | supports | " + RESOLUTION);
        assertHas(agents, "Fiji | supports | " + RESOLUTION);
    }

    @Test
    void aCountedClauseKeepsItsOwnMembers() {
        assertHas(agents, "Laos | votedAgainst | " + RESOLUTION);
        assertNone(agents, "Laos | votedFor");
        assertNone(agents, "Chad | votedFor");
    }

    @Test
    void aDraftingParticipleLooseOnTheMainVerbStillNamesTheDrafter() {
        assertHas(drafts, "Chile | drafted | " + RESOLUTION);
        assertNone(drafts, "Peru | drafted");
    }

    @Test
    void aNegativeVoteCastIsAVoteAgainst() {
        assertHas(drafts, "Nepal | votedAgainst | " + RESOLUTION);
    }

    @Test
    void aParticipleOnTheTextTellsItsContentNotASpeech() {
        assertNone(quotes, "Chile | speaker");
        assertNone(quotes, "| speaker | Chile");
        assertSaid(quotes, "Peru", "a one-sided text that ignores the facts");
    }

    @Test
    void aBodyThatFailedToAdoptTheTextReportsItsFailure() {
        assertHas(outcomes, RESOLUTION + " | status | Failed");
        assertNone(outcomes, "status | Adopted");
    }
}
