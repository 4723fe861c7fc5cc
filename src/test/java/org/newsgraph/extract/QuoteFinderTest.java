package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {

    @Test
    void pairsStraightAndCurlyMarksAndKeepsOffsets() {
        String text = "“We are ready,” she said. \"Now more than ever.\"";
        List<QuoteSpan> spans = QuoteFinder.find(text);
        assertEquals(2, spans.size());
        assertEquals("We are ready,", spans.get(0).text());
        assertEquals(spans.get(0).text(), text.substring(spans.get(0).begin(), spans.get(0).end()));
        assertEquals("Now more than ever.", spans.get(1).text());
    }

    @Test
    void wrongDirectionMarksStillPairInOrder() {
        String text = "“We received reports,“ he said. ”They could not leave.”";
        List<QuoteSpan> spans = QuoteFinder.find(text);
        assertEquals(List.of("We received reports,", "They could not leave."),
                spans.stream().map(QuoteSpan::text).toList());
    }

    @Test
    void aQuoteLeftOpenContinuesInTheNextParagraph() {
        String text = "\"It is a disaster.\n\n\"But there is another way.\"\n";
        List<QuoteSpan> spans = QuoteFinder.find(text);
        assertEquals(2, spans.size());
        assertFalse(spans.get(0).continuation());
        assertTrue(spans.get(1).continuation());
        assertEquals("But there is another way.", spans.get(1).text());
    }

    @Test
    void aStrayMarkCostsNothingButItself() {
        String text = "Rainfall reached 5\" on Monday. \"We will act,\" he said. \"Nobody is denying it.\"";
        assertEquals(List.of("We will act,", "Nobody is denying it."),
                quotedTexts(text));
    }

    @Test
    void countsWords() {
        assertEquals(2, QuoteFinder.find("a \"mass atrocities\" b").get(0).wordCount());
    }

    @Test
    void singleMarksQuoteButApostrophesDoNot() {
        String text = "The minister’s aide said: ‘We don’t accept the council’s text.’ Officials' cars left.";
        assertEquals(List.of("We don’t accept the council’s text."),
                quotedTexts(text));
    }

    @Test
    void aPluralPossessiveInsideSingleMarksDoesNotCloseTheQuote() {
        String text = "She called it ‘a betrayal of the countries’ own people’ on Monday.";
        assertEquals(List.of("a betrayal of the countries’ own people"),
                quotedTexts(text));
    }

    @Test
    void aSingleMarkQuoteSpansParagraphsOnlyWhenTheNextOneOpensWithAMark() {
        String spanning = "Ms Varga said: ‘The council has failed.\n\n‘Today the people can see it.’";
        List<QuoteSpan> spans = QuoteFinder.find(spanning);
        assertEquals(List.of("The council has failed.", "Today the people can see it."),
                spans.stream().map(QuoteSpan::text).toList());
        assertTrue(spans.get(1).continuation());
        assertTrue(QuoteFinder.find("Fans of 'Til Dawn met in the city.\n\nThe show ended.").isEmpty());
    }

    @Test
    void singleMarksInsideDoubleMarksBelongToTheOuterQuote() {
        String text = "“He told me ‘we will never leave this place’ and he meant it,” she said.";
        assertEquals(List.of("He told me ‘we will never leave this place’ and he meant it,"),
                quotedTexts(text));
    }

    private static List<String> quotedTexts(String text) {
        return QuoteFinder.find(text).stream().map(QuoteSpan::text).toList();
    }
}
