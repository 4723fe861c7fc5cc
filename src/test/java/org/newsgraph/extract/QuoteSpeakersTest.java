package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/** Speakers of quotes written as news writes them, on a saved parse of an invented article (attribution-turns.txt). */
class QuoteSpeakersTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("attribution-turns"));
    }

    private static String statementQuoting(String words) {
        return facts.stream().filter(f -> f.contains("| quote | ") && f.contains(words))
                .map(f -> f.substring(0, f.indexOf(" | "))).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in\n" + String.join("\n", facts)));
    }

    private static void assertSaid(String speaker, String words) {
        assertHas(facts, statementQuoting(words) + " | speaker | " + speaker);
    }

    @Test
    void aNegationInsideTheQuoteLeavesTheVerbOfSpeechSaid() {
        assertSaid("Talia Fennimore", "Are we where we should be? Probably not");
        assertSaid("Talia Fennimore", "Will we get there? Certainly.");
    }

    @Test
    void aVerbOfSpeechInsideAnotherQuoteAttributesNothing() {
        assertSaid("Talia Fennimore", "Maybe we can, by working together");
    }

    @Test
    void aColonInsideTheSentenceIntroducesTheQuote() {
        assertSaid("Rolan Dusk", "The budget is about trust.");
    }

    @Test
    void theNameRightAfterTheQuoteSpeaksAndAnAgencyReports() {
        assertSaid("Corvin Astley", "The numbers simply do not add up this year");
        assertSaid("Amnesty International", "The deficit is roughly the same");
    }

    @Test
    void theOwnerOfAClaimSpeaksTheQuoteInsideItsClause() {
        assertSaid("Rolan Dusk", "fallen in every single department");
    }

    @Test
    void speechThatDidNotHappenStillHasNoSpeaker() {
        assertNone(facts, statementQuoting("the audit is closed for good") + " | speaker |");
    }

    @Test
    void wordsCapitalisedAsATitleNameAWorkNotAStatement() {
        assertTrue(QuoteExtractor.titleOfWork("State of the Union."));
        assertTrue(QuoteExtractor.titleOfWork("Face the Nation,"));
        assertTrue(QuoteExtractor.titleOfWork("The Evening Report With 2 Guests"));
        assertFalse(QuoteExtractor.titleOfWork("We need change,"));
        assertFalse(QuoteExtractor.titleOfWork("Hands up, don't shoot."));
        assertFalse(QuoteExtractor.titleOfWork("The Long Road Home Is Not Over Yet For Us"));
    }
}
