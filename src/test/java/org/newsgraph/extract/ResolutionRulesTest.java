package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;

/** How resolutions are told apart, who drafted them, what they are about and what became of them. */
class ResolutionRulesTest {

    private static List<String> cosponsors;
    private static List<String> several;
    private static List<String> undraftedLead;
    private static List<String> headline;
    private static List<String> outcomes;
    private static List<String> numbered;

    @BeforeAll
    static void extract() throws IOException {
        cosponsors = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-cosponsors"));
        several = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-several"));
        undraftedLead = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-undrafted-lead"));
        headline = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-headline"));
        outcomes = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-outcomes"));
        numbered = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-numbered-drafters"));
    }

    private static final String COSPONSORED = "Resolution drafted by Ireland, Japan, Mexico, Norway, United States";

    @Test
    void aSplitHyphenatedDrafterIsFoundWhateverRelationTheParserGivesIt() {
        // "U.S. - drafted": the parser hangs "U.S." on the participle as obl, and the recogniser fuses it into the body
        assertHas(cosponsors, "United States | drafted | " + COSPONSORED);
        assertFalse(cosponsors.stream().anyMatch(f -> f.startsWith("U.S.-drafted")), String.join("\n", cosponsors));
    }

    @Test
    void aRelativeClauseHungOnTheMainVerbStillNamesTheDrafterOfTheNounBeforeIt() {
        assertHas(cosponsors, "Norway | drafted | " + COSPONSORED);
    }

    @Test
    void coSponsorsAreDraftersAndCountryInitialsBeforeTheNounNameOneToo() {
        assertHas(cosponsors, "Ireland | drafted | " + COSPONSORED);
        assertHas(cosponsors, "Mexico | drafted | " + COSPONSORED);
    }

    @Test
    void whoseCountryCoDraftedTheTextIsTheCountryOfThePerson() {
        assertHas(cosponsors, "Japan | drafted | " + COSPONSORED);
    }

    @Test
    void voteAndSpeakersAreNotWhatTheResolutionIsAbout() {
        assertHas(cosponsors, COSPONSORED + " | concerns | Moldova");
        assertFalse(cosponsors.contains(COSPONSORED + " | concerns | Kenya"));
        assertFalse(cosponsors.contains(COSPONSORED + " | concerns | Gabon"));
    }

    @Test
    void aVetoCastToBlockTheResolutionIsItsOutcome() {
        assertHas(cosponsors, COSPONSORED + " | status | Vetoed");
    }

    @Test
    void theTextPutForwardByACountryGivesTheUndraftedLeadItsDrafter() {
        assertHas(several, "Japan | drafted | Resolution drafted by Japan");
        assertHas(several, "Resolution drafted by Japan | status | Vetoed");
        assertHas(several, "Resolution drafted by Japan | concerns | Yemen");
        assertHas(several, "Ghana | abstainedOn | Resolution drafted by Japan");
    }

    @Test
    void eachDraftOfAMultiResolutionArticleKeepsItsOwnFacts() {
        assertHas(several, "Resolution drafted by Mexico | status | Vetoed");
        assertHas(several, "Resolution drafted by China | status | Failed");
        assertHas(several, "France | votedAgainst | Resolution drafted by China");
    }

    @Test
    void aResolutionAimedAtAPlaceConcernsItButNotWhatItFailsToCondemnNorWhoHaggledOverIt() {
        assertHas(several, "Resolution drafted by Japan | concerns | Somalia");
        assertFalse(several.stream().anyMatch(f -> f.endsWith("| concerns | Lebanon")), String.join("\n", several));
        assertFalse(several.stream().anyMatch(f -> f.endsWith("| concerns | Turkey")), String.join("\n", several));
    }

    @Test
    void anUndraftedLeadResolutionIsTheArticlesTopicBesideTheDraftedOnes() {
        assertHas(undraftedLead, "Resolution | status | Adopted");
        assertHas(undraftedLead, "Resolution | concerns | Yemen");
        assertHas(undraftedLead, "Resolution drafted by United Kingdom | status | Vetoed");
        assertHas(undraftedLead, "Resolution drafted by Russia | status | Failed");
    }

    @Test
    void theHeadlinesResolutionIsTheOneTheLeadReports() {
        assertHas(headline, "Resolution drafted by France | concerns | Yemen");
        assertHas(headline, "Brazil | abstainedOn | Resolution drafted by France");
        assertHas(headline, "China | abstainedOn | Resolution drafted by United Kingdom");
        assertFalse(headline.stream().anyMatch(f -> f.startsWith("Resolution |")), String.join("\n", headline));
    }

    @Test
    void aCouncilThatVotedToAdoptAResolutionAdoptedIt() throws IOException {
        List<String> votedToAdopt = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-voted-to-adopt"));
        assertHas(votedToAdopt, "Resolution | status | Adopted");
        assertHas(votedToAdopt, "Resolution | concerns | Liberia");
    }

    @Test
    void aPlaceInACompoundBeforeTheResolutionIsItsTopic() throws IOException {
        List<String> compound = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-compound-topic"));
        assertHas(compound, "Resolution drafted by Denmark | concerns | Yemen");
    }

    @Test
    void aTextThatFailedToMentionSomethingDidNotFail() {
        assertFalse(outcomes.contains("Resolution drafted by Canada | status | Failed"), String.join("\n", outcomes));
    }

    @Test
    void laterMentionsOfANumberedResolutionsDrafterAreThatResolution() {
        assertHas(numbered, "Ghana | drafted | Resolution 2799");
        assertHas(numbered, "Peru | drafted | Resolution 2799");
        assertHas(numbered, "Russia | abstainedOn | Resolution 2799");
        assertFalse(numbered.stream().anyMatch(f -> f.contains("Resolution drafted by")), String.join("\n", numbered));
    }

    @Test
    void whatABodyDidByItsVoteOnATextAndWhoseLeaderAMeasureFallsOnAreItsTopic() throws IOException {
        List<String> acts = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-act-of-vote"));
        assertHas(acts, "Resolution drafted by Norway | concerns | Chad");
        assertHas(acts, "Resolution drafted by Kenya | concerns | Gabon");
        // the rest of the sentence after the vote tells of something else
        assertFalse(acts.stream().anyMatch(f -> f.matches(".*\\| concerns \\| (Peru|Ecuador)")), String.join("\n", acts));
    }
}
