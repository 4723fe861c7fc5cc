package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

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

    private static String statementQuoting(String words) {
        return facts.stream().filter(f -> f.contains("| quote | ") && f.contains(words))
                .map(f -> f.substring(0, f.indexOf(" | "))).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in\n" + String.join("\n", facts)));
    }

    private static void assertSaid(String speaker, String words) {
        assertHas(facts, statementQuoting(words) + " | speaker | " + speaker);
    }

    @Test
    void anUnnamedSpokespersonAfterABodySpeaksForIt() {
        assertSaid("World Food Programme", "Our teams are waiting for access to the warehouse");
    }

    @Test
    void aSpokespersonNamedWithTheirBodySpeaksForIt() {
        assertSaid("UNICEF", "We thank our partners for their swift action");
    }

    @Test
    void theyAfterABodysSpokespersonIsThatBody() {
        assertSaid("International Organization for Migration", "Every family will get a place to sleep tonight");
    }

    @Test
    void anUnnamedSpokespersonAfterAPersonIsNobodyNamed() {
        assertNone(facts, statementQuoting("It was a difficult night for everyone") + " | speaker |");
    }

    @Test
    void singleMarksQuoteAcrossParagraphs() {
        assertSaid("Tomas Brellin", "We will not leave anyone behind");
        assertSaid("Tomas Brellin", "The council’s members know what is at stake");
    }

    @Test
    void aQuoteParagraphAfterReportedSpeechIsTheReportedSpeakers() {
        assertSaid("Tomas Brellin", "We are ready to talk to everyone");
    }

    @Test
    void aNameBeforeAColonSignsTheQuote() {
        assertSaid("Tomas Brellin", "Nobody can justify these attacks");
    }
}
