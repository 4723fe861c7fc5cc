package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;

/** Drafters named by a pronoun for the subject last spoken of, and by the word "penholder". */
class DrafterWordsRulesTest {

    private static final String REDUCED = "Resolution drafted by Ghana, Ireland, Norway";
    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("resolution-pronoun-drafters"));
    }

    @Test
    void theirResolutionIsTheTextOfTheCountriesLastSpokenOfAsSubject() {
        // "they reduced their resolution": "they" is passed over for the subject of the sentence before
        assertHas(facts, "Norway | drafted | " + REDUCED);
        assertHas(facts, "Ireland | drafted | " + REDUCED);
    }

    @Test
    void theVotesToldBeforeTheDraftersAreOnTheDraftedText() {
        assertHas(facts, "Chile | abstainedOn | " + REDUCED);
    }

    @Test
    void itsOwnProposalIsTheDraftOfTheSubjectBeforeIt() {
        assertHas(facts, "Fiji | drafted | Resolution drafted by Fiji");
        assertFalse(facts.contains("Fiji | drafted | " + REDUCED), String.join("\n", facts));
    }

    @Test
    void thePenholderDraftsTheTextInPlay() {
        assertHas(facts, "Ghana | drafted | " + REDUCED);
    }
}
