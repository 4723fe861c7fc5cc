package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertNone;
import static org.newsgraph.extract.ExtractionFixtures.assertSaid;
import static org.newsgraph.extract.ExtractionFixtures.statementQuoting;

/**
 * Bodies speaking through spokespeople, quotes in single marks, a quote paragraph after reported speech and a name
 * before a colon, on a saved parse of an invented article (attribution-bodies.txt).
 */
class QuoteBodiesTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("attribution-bodies"));
    }

    @Test
    void anUnnamedSpokespersonAfterABodySpeaksForIt() {
        assertSaid(facts, "World Food Programme", "Our teams are waiting for access to the warehouse");
    }

    @Test
    void aSpokespersonNamedWithTheirBodySpeaksForIt() {
        assertSaid(facts, "UNICEF", "We thank our partners for their swift action");
    }

    @Test
    void theyAfterABodysSpokespersonIsThatBody() {
        assertSaid(facts, "International Organization for Migration", "Every family will get a place to sleep tonight");
    }

    @Test
    void anUnnamedSpokespersonAfterAPersonIsNobodyNamed() {
        assertNone(facts, statementQuoting(facts, "It was a difficult night for everyone") + " | speaker |");
    }

    @Test
    void singleMarksQuoteAcrossParagraphs() {
        assertSaid(facts, "Tomas Brellin", "We will not leave anyone behind");
        assertSaid(facts, "Tomas Brellin", "The council’s members know what is at stake");
    }

    @Test
    void aQuoteParagraphAfterReportedSpeechIsTheReportedSpeakers() {
        assertSaid(facts, "Tomas Brellin", "We are ready to talk to everyone");
    }

    @Test
    void aNameBeforeAColonSignsTheQuote() {
        assertSaid(facts, "Tomas Brellin", "Nobody can justify these attacks");
    }
}
