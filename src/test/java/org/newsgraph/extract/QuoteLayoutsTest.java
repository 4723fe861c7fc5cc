package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertNone;
import static org.newsgraph.extract.ExtractionFixtures.assertSaid;
import static org.newsgraph.extract.ExtractionFixtures.statementQuoting;

/**
 * Statements and their sources, descriptions taken up from an apposition, an organ of a state named with "of", a
 * participle before a colon, a quote after an inverted verb and a body's office-holder in apposition, on a saved parse of an invented article
 * (attribution-layouts.txt).
 */
class QuoteLayoutsTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("attribution-layouts"));
    }

    @Test
    void aDescriptionTakesUpThePersonOfAnEarlierApposition() {
        assertSaid(facts, "Marta Quillane", "Nobody should try to ride out this storm");
    }

    @Test
    void aStatementSpeaksForItsSource() {
        assertSaid(facts, "World Food Programme", "Our trucks are ready to move tonight");
        assertSaid(facts, "International Organization for Migration", "The roads north are still open");
    }

    @Test
    void anOrganOfAStateNamedWithOfSpeaksForTheState() {
        assertSaid(facts, "Norway", "We are sending two ships to the port");
    }

    @Test
    void theQuoteAfterAnInvertedVerbKeepsItsSpeaker() {
        assertSaid(facts, "Olek Marrin", "We have not lost a single life so far");
        assertSaid(facts, "Olek Marrin", "Every hour counts for the people on the islands");
    }

    @Test
    void aParticipleBeforeAColonGoesOnWithTheSubject() {
        assertSaid(facts, "Dana Fitch", "Please leave now while the bridges are open");
    }

    @Test
    void theHolderApposedToABodysOfficeSpeaksNotTheBody() {
        assertSaid(facts, "Ruben Hallorann", "The shelters on the hill are already full");
    }

    @Test
    void aPersonsTitleNeverSpeaksForTheCountryInIt() {
        assertSaid(facts, "Ivo Stanek", "This is a dark day for the whole region");
        assertNone(facts, statementQuoting(facts, "This is a dark day for the whole region") + " | speaker | Estonia");
    }
}
