package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;

/** The extractors on real CoreNLP parses of small invented articles (saved beside them, so no CoreNLP here). */
class ExtractionTest {

    private static List<String> council;
    private static List<String> evacuation;
    private static List<String> votes;
    private static List<String> cosponsored;
    private static List<String> resumed;

    @BeforeAll
    static void extract() throws IOException {
        council = ExtractionFixtures.lines(ExtractionFixtures.extract("council-vote"));
        evacuation = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation"));
        votes = ExtractionFixtures.lines(ExtractionFixtures.extract("council-votes"));
        cosponsored = ExtractionFixtures.lines(ExtractionFixtures.extract("cosponsored-veto"));
        resumed = ExtractionFixtures.lines(ExtractionFixtures.extract("evacuation-resumed"));
    }

    @Test
    void aHeadlineWhoseRootIsAStanceNounIsExtractedLikeAnyOtherSentence() throws IOException {
        // CoreNLP reads the headline's "vetoes" as a plural noun and makes it the root of the sentence
        List<String> headline = ExtractionFixtures.lines(ExtractionFixtures.extract("headline-veto"));
        assertHas(headline, "Kelmaria | abstainedOn | Resolution");
    }

    @Test
    void possessiveAppositionGivesTheRepresentedCountryAndTheRole() {
        assertHas(council, "Ingrid Haugen | represents | Norway");
        assertHas(council, "Ingrid Haugen | role | ambassador to the United Nations");
    }

    @Test
    void nationalityTitleBeforeTheNameGivesTheCountry() {
        assertHas(council, "Pablo Reyes | represents | Chile");
    }

    @Test
    void titleForAnOrganisationGivesTheOrganisation() {
        assertHas(council, "Tomas Lind | represents | International Committee of the Red Cross");
    }

    @Test
    void hyphenatedDrafterMakesTheResolution() {
        assertHas(council, "Brazil | drafted | Resolution drafted by Brazil");
    }

    @Test
    void negatedAcceptanceByARepresentativeIsOppositionOfTheCountry() {
        assertHas(council, "Norway | opposes | Resolution drafted by Brazil");
        assertFalse(council.contains("Ingrid Haugen | opposes | Resolution drafted by Brazil"));
    }

    @Test
    void supportIsHeldByTheSubjectCountry() {
        assertHas(council, "Chile | supports | Resolution drafted by Brazil");
    }

    @Test
    void quotesGetTheSpeakerOfTheirAttributionAndContinuations() {
        assertHas(council, "We cannot support it, | speaker | Ingrid Haugen");
        assertHas(council, "The text ignores what is happening on the … | speaker | Ingrid Haugen");
        assertHas(council, "It would only make matters worse. | speaker | Ingrid Haugen");
        assertHas(council, "It would only make matters worse. | onBehalfOf | Norway");
        assertHas(council, "This is the only way forward for the … | speaker | Tomas Lind");
    }

    @Test
    void aQuoteFromAnUnnamedPersonHasNoSpeaker() {
        assertHas(council, "You will never leave, | quote | You will never leave,");
        assertTrue(council.stream().noneMatch(l -> l.startsWith("You will never leave, | speaker")), council::toString);
    }

    @Test
    void evacuationSlots() {
        assertHas(evacuation, "Evacuation from Marenburg | from | Marenburg");
        assertHas(evacuation, "Evacuation from Marenburg | to | Kestel");
        assertHas(evacuation, "Evacuation from Marenburg | obstructedBy | Valoria Liberation Front");
        assertHas(evacuation, "Evacuation from Marenburg | facilitatedBy | World Food Programme");
        assertHas(evacuation, "Evacuation from Marenburg | facilitatedBy | Red Crescent");
        assertHas(evacuation, "Evacuation from Marenburg | status | Suspended");
        assertHas(evacuation, "Evacuation from Marenburg | evacuees | civilians");
    }

    @Test
    void adoptedNumberedResolutionWithItsBodyAndAbstentions() {
        assertHas(votes, "Resolution 2417 | number | 2417");
        assertHas(votes, "Resolution 2417 | status | Adopted");
        assertHas(votes, "Resolution 2417 | consideredBy | UN Security Council");
        assertHas(votes, "China | abstainedOn | Resolution 2417");
        assertHas(votes, "Kenya | abstainedOn | Resolution 2417");
    }

    @Test
    void aVetoThatHappenedIsAVetoAndRecordedVotesAreVotes() {
        assertHas(votes, "Japan | drafted | Resolution drafted by Japan");
        assertHas(votes, "China | vetoed | Resolution drafted by Japan");
        assertHas(votes, "Resolution drafted by Japan | status | Vetoed");
        assertHas(votes, "Brazil | votedFor | Resolution drafted by Japan");
        assertHas(votes, "Egypt | votedAgainst | Resolution drafted by Japan");
    }

    @Test
    void aDraftThatFailedToWinVotesFailed() {
        assertHas(votes, "Egypt | drafted | Resolution drafted by Egypt");
        assertHas(votes, "Resolution drafted by Egypt | status | Failed");
    }

    @Test
    void coSponsorsAllDraftOneResolutionThatTwoCountriesVetoed() {
        String resolution = "Resolution drafted by Egypt, New Zealand, Spain";
        assertHas(cosponsored, "Egypt | drafted | " + resolution);
        assertHas(cosponsored, "New Zealand | drafted | " + resolution);
        assertHas(cosponsored, "Spain | drafted | " + resolution);
        assertHas(cosponsored, "Russia | vetoed | " + resolution);
        assertHas(cosponsored, "China | vetoed | " + resolution);
        assertHas(cosponsored, "Venezuela | votedAgainst | " + resolution);
        assertHas(cosponsored, "Angola | abstainedOn | " + resolution);
        assertHas(cosponsored, resolution + " | status | Vetoed");
        assertHas(cosponsored, resolution + " | concerns | Dorvik");
    }

    @Test
    void aDeputyAmbassadorSpeaksForHerCountry() {
        assertHas(cosponsored, "Helen Marsh | represents | United Kingdom");
        assertHas(cosponsored, "We are appalled that this council has failed … | speaker | Helen Marsh");
    }

    @Test
    void theCurrentStateBeatsWhatHadHappenedBeforeAndSmallPlacesAreFound() {
        assertHas(resumed, "Evacuation from Marrow | from | Marrow");
        assertHas(resumed, "Evacuation from Marrow | status | Resumed");
        assertHas(resumed, "Evacuation from Marrow | evacuees | Hundreds of civilians and wounded fighters");
    }

}
