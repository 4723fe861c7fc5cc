package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;
import static org.newsgraph.extract.ExtractionFixtures.assertSaid;
import static org.newsgraph.extract.ExtractionFixtures.statementQuoting;

/** Speakers of quotes written as news writes them, on a saved parse of an invented article (attribution-turns.txt). */
class QuoteSpeakersTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("attribution-turns"));
    }

    @Test
    void aNegationInsideTheQuoteLeavesTheVerbOfSpeechSaid() {
        assertSaid(facts, "Talia Fennimore", "Are we where we should be? Probably not");
        assertSaid(facts, "Talia Fennimore", "Will we get there? Certainly.");
    }

    @Test
    void aVerbOfSpeechInsideAnotherQuoteAttributesNothing() {
        assertSaid(facts, "Talia Fennimore", "Maybe we can, by working together");
    }

    @Test
    void aColonInsideTheSentenceIntroducesTheQuote() {
        assertSaid(facts, "Rolan Dusk", "The budget is about trust.");
    }

    @Test
    void theNameRightAfterTheQuoteSpeaksAndAnAgencyReports() {
        assertSaid(facts, "Corvin Astley", "The numbers simply do not add up this year");
        assertSaid(facts, "Amnesty International", "The deficit is roughly the same");
    }

    @Test
    void theOwnerOfAClaimSpeaksTheQuoteInsideItsClause() {
        assertSaid(facts, "Rolan Dusk", "fallen in every single department");
    }

    @Test
    void speechThatDidNotHappenStillHasNoSpeaker() {
        assertNone(facts, statementQuoting(facts, "the audit is closed for good") + " | speaker |");
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

    @Test
    void quotedWordsAfterANamingWordAreANameNotAStatement() {
        assertTrue(named("The report, titled \"Protecting civilians in armed conflict\", was out."));
        assertTrue(named("She spoke at a conference entitled “A new agenda for peace”."));
        assertTrue(named("The plan, dubbed 'Operation Safe Return', began."));
        assertFalse(named("He told the council that \"the text is unbalanced and flawed\"."));
        assertFalse(named("The agency, named in the report, said \"we are ready to help now\"."));
    }

    /** Whether the first quote of the sentence is a name, as the quote rules read it. */
    private static boolean named(String text) {
        QuoteSpan first = QuoteFinder.find(text).get(0);
        return QuoteExtractor.named(text, first);
    }
}
