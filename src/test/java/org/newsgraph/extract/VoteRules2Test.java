package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.EntityResolver;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;

/**
 * Ways of reporting a vote and a stance on it (answers, company, refusals, datelines, reactions to the outcome) and
 * earlier resolutions recalled by number beside the one voted on.
 */
class VoteRules2Test {

    private static final String RESOLUTION = "Resolution drafted by Ireland";

    private static final String FAILED_DRAFT = "Resolution drafted by Chile";

    private static List<String> stances;
    private static List<String> shared;
    private static List<String> members;
    private static DocumentFacts recalledFacts;
    private static List<String> recalled;
    private static List<String> counted;

    @BeforeAll
    static void extract() throws IOException {
        stances = ExtractionFixtures.lines(ExtractionFixtures.extract("votes2-stances"));
        shared = ExtractionFixtures.lines(ExtractionFixtures.extract("votes2-shared"));
        members = ExtractionFixtures.lines(ExtractionFixtures.extract("votes2-members"));
        recalledFacts = ExtractionFixtures.extract("votes2-recalled");
        recalled = ExtractionFixtures.lines(recalledFacts);
        counted = ExtractionFixtures.lines(ExtractionFixtures.extract("votes2-counted"));
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
    void demandingAVoteIsNoReactionToItsOutcome() {
        assertHas(stances, "Peru | supports | " + RESOLUTION);
        assertFalse(stances.contains("Peru | opposes | " + RESOLUTION));
    }

    @Test
    void welcomingTheOutcomeOfAVetoOpposesTheTextAndDenouncingItSupportsIt() {
        assertHas(stances, "Niger | opposes | " + RESOLUTION);
        assertFalse(stances.contains("Niger | supports | " + RESOLUTION));
        assertHas(stances, "Estonia | supports | " + RESOLUTION);
        assertFalse(stances.contains("Estonia | opposes | " + RESOLUTION));
    }

    @Test
    void aResolutionRecalledByNumberIsAnotherTextWithItsOwnVotesAndOutcome() {
        // "the resolution numbered 2519, which the council adopted last year when Ecuador abstained"
        assertHas(recalled, "Ecuador | abstainedOn | Resolution 2519");
        assertHas(recalled, "Resolution 2519 | status | Adopted");
        assertFalse(recalled.contains("Ecuador | abstainedOn | " + FAILED_DRAFT));
        // "Resolution 2471, which was approved unanimously"
        assertHas(recalled, "Resolution 2471 | status | Adopted");
        assertHas(recalled, FAILED_DRAFT + " | status | Failed");
        assertFalse(recalled.contains(FAILED_DRAFT + " | status | Adopted"));
    }

    @Test
    void aVoteAfterARecalledResolutionIsOnTheTextTheReportLeadsWith() {
        assertHas(recalled, "Ghana | votedFor | " + FAILED_DRAFT);
        assertFalse(recalled.contains("Ghana | votedFor | Resolution 2471"));
    }

    @Test
    void aResolutionKnownOnlyByItsNumberIsNotTheDraftOfTheSameDay() {
        String draft = recalledFacts.entities().stream().filter(e -> e.label().equals(FAILED_DRAFT))
                .findFirst().orElseThrow().key();
        String numbered = recalledFacts.entities().stream().filter(e -> e.label().equals("Resolution 2519"))
                .findFirst().orElseThrow().key();
        var resolved = new EntityResolver(List.of()).resolve(recalledFacts);
        assertNotEquals(resolved.iri(draft), resolved.iri(numbered));
    }

    @Test
    void actorsAfterAsDidCastTheSameVote() {
        assertHas(shared, "Brazil | abstainedOn | Resolution drafted by Norway");
        assertHas(shared, "Gabon | abstainedOn | Resolution drafted by Norway");
        assertHas(shared, "India | abstainedOn | Resolution drafted by Norway");
    }

    @Test
    void theCouncilApprovingATextIsItsOutcomeNotItsStance() {
        assertHas(shared, "Resolution drafted by Norway | status | Adopted");
        assertFalse(shared.stream().anyMatch(f -> f.contains("Council | supports")), () -> String.join("\n", shared));
    }

    @Test
    void membersIncludedAfterTheVoteCastIt() {
        // "Six members voted in favour, including Norway and Guyana"
        assertHas(members, "Norway | votedFor | Resolution drafted by Chile");
        assertHas(members, "Guyana | votedFor | Resolution drafted by Chile");
    }

    @Test
    void regrettingWhatBefellATextSupportsIt() {
        // "her country regretted that the text had been blocked", "deplored the outcome" of a failed vote
        assertHas(members, "Peru | supports | Resolution drafted by Chile");
        assertFalse(members.contains("Peru | opposes | Resolution drafted by Chile"));
        assertHas(members, "Slovenia | supports | Resolution drafted by Chile");
        assertFalse(members.contains("Slovenia | opposes | Resolution drafted by Chile"));
    }

    @Test
    void inAHeadlineTheVetoersClauseIsNotTheSubjectOfTheAbstention() throws IOException {
        // "Kenya vetoes U.N. text on river pollution, Peru abstains"
        List<String> headline = ExtractionFixtures.lines(ExtractionFixtures.extract("votes2-headline"));
        assertHas(headline, "Peru | abstainedOn | Resolution drafted by Norway");
        assertFalse(headline.contains("Kenya | abstainedOn | Resolution drafted by Norway"));
    }

    @Test
    void aGerundTakenForANounStillVotesOnTheTextTheReportLeadsWith() throws IOException {
        // "turned down a Chilean bid ..., with only Peru joining Ecuador in voting yes" before any draft is named
        List<String> gerund = ExtractionFixtures.lines(ExtractionFixtures.extract("votes2-gerund"));
        assertHas(gerund, "Peru | votedFor | Resolution drafted by Chile");
        assertHas(gerund, "Ecuador | votedFor | Resolution drafted by Chile");
    }

    @Test
    void aCountAndASideBeforeAColonLabelTheNamesAfterIt() {
        // "two against and two abstentions: A and B": only the side right before the colon is the list's
        assertHas(counted, "Chile | abstainedOn | Resolution drafted by Norway");
        assertHas(counted, "Kenya | abstainedOn | Resolution drafted by Norway");
        assertFalse(counted.stream().anyMatch(f -> f.startsWith("Chile | votedAgainst")), () -> String.join("\n", counted));
    }

    @Test
    void aRelativeClauseWithAFloatingQuantifierIsSaidOfTheNamesBeforeIt() {
        assertHas(counted, "Ghana | votedAgainst | Resolution drafted by Norway");
        assertHas(counted, "Fiji | votedAgainst | Resolution drafted by Norway");
    }
}
