package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.newsgraph.extract.ExtractionFixtures.assertHas;
import static org.newsgraph.extract.ExtractionFixtures.assertNone;

/** The attribution and representation rules on a saved parse of an invented article (attribution-forms.txt). */
class AttributionRulesTest {

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("attribution-forms"));
    }

    /** The statement that quotes or reports {@code words}, as "speaker | words". */
    private static void assertSaid(String speaker, String words) {
        String statement = facts.stream().filter(f -> (f.contains("| quote | ") || f.contains("| paraphrase | "))
                        && f.contains(words)).map(f -> f.substring(0, f.indexOf(" | "))).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with '" + words + "' in\n" + String.join("\n", facts)));
        assertHas(facts, statement + " | speaker | " + speaker);
    }

    @Test
    void aTitleWithItsCountryBeforeTheNameAtTheStartOrAfterAQuote() {
        assertHas(facts, "Marta Quellbrook | represents | Syria");
        assertHas(facts, "Tobin Vallory | represents | Chile");
        assertSaid("Marta Quellbrook", "We cannot accept this text");
        assertSaid("Tobin Vallory", "The council has failed the people");
    }

    @Test
    void speechThatDidNotHappenHasNoSpeaker() {
        String statement = facts.stream().filter(f -> f.contains("| quote | the talks are over for good"))
                .map(f -> f.substring(0, f.indexOf(" | "))).findFirst().orElseThrow();
        assertNone(facts, statement + " | speaker |");
    }

    @Test
    void partialQuotesAndReportedSpeechAreStatementsOfTheSpeaker() {
        assertSaid("Marta Quellbrook", "a farce");
        assertHas(facts, "a farce | statementKind | MixedSpeech");
        assertSaid("Marta Quellbrook", "the vote would be delayed until next week");
        assertHas(facts, "the vote would be delayed until next week | statementKind | IndirectSpeech");
        assertHas(facts, "We cannot accept this text. | statementKind | DirectSpeech");
    }

    @Test
    void accordingToAndASignatureNameTheSpeaker() {
        assertSaid("Lena Marrowby", "The talks will resume in the spring");
        assertSaid("Hana Ostrowe", "We will keep working with everyone involved");
    }

    @Test
    void theCountryInBracketsAfterAnOffice() {
        assertHas(facts, "Nadia Pellworth | represents | Norway");
    }

    @Test
    void aVerbDescribingItsObjectAsTheQuotedWordsAndAPublicationThatReportsNameTheSpeaker() throws IOException {
        List<String> described = ExtractionFixtures.lines(ExtractionFixtures.extract("attribution-characterising"));
        assertHas(described, speakerOf(described, "reckless gambler") + " | speaker | Dana Whitcombe");
        assertHas(described, speakerOf(described, "a gift to the few") + " | speaker | Tomas Ferreira");
        assertHas(described, speakerOf(described, "ignored every warning") + " | speaker | World Food Programme");
        // "served as "..."" has no object that the words describe: a title, not anyone's words
        assertNone(described, "| speaker | Elin Marsh");
    }

    private static String speakerOf(List<String> lines, String words) {
        return lines.stream().filter(f -> f.contains("| quote | ") && f.contains(words))
                .map(f -> f.substring(0, f.indexOf(" | "))).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with '" + words + "' in\n" + String.join("\n", lines)));
    }
}
