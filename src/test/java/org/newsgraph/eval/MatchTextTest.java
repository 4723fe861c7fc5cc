package org.newsgraph.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text forms names and quotes are compared in. */
class MatchTextTest {

    @Test
    void namesIgnoreCaseSpacesAndTheKindOfApostrophe() {
        assertEquals("port d'aval", MatchText.name("  Port\u00a0 D\u2019Aval "));
        assertEquals(MatchText.name("Ines Calder"), MatchText.name("INES\tCALDER"));
    }

    @Test
    void quotesMatchByPrefixOrContainmentOnWordBoundaries() {
        String quote = "\u201cWe\u2019re ready -- to move again,\u201d she said";
        assertTrue(MatchText.quoteContains(quote, "We're ready to move"));
        assertTrue(MatchText.quoteContains(quote, "to move again"));
        assertTrue(MatchText.quoteContains(quote, "READY, TO MOVE"));
        assertFalse(MatchText.quoteContains(quote, "ready to mov"), "a snippet ends on a word boundary");
        assertFalse(MatchText.quoteContains(quote, "e ready"), "a snippet starts on a word boundary");
        assertFalse(MatchText.quoteContains("We are ready", "We're ready"));
        assertFalse(MatchText.quoteContains(quote, "..."), "a snippet of punctuation matches nothing");
    }

    @Test
    void wordsAreRunsHoldingALetterOrDigit() {
        assertEquals(2, MatchText.words("We're ready"));
        assertEquals(2, MatchText.words("Never -- again!"));
        assertEquals(3, MatchText.words("  in 2016 , truly "));
        assertEquals(0, MatchText.words(" ... "));
    }
}
