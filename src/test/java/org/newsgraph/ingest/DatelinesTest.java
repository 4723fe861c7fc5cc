package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            06 October, 2016                                 | 2016-10-06
            6 October 2016                                   | 2016-10-06
            October 6, 2016                                  | 2016-10-06
            Tuesday 13 December 2016 12:12 EST               | 2016-12-13
            2016-10-06                                       | 2016-10-06
            Published 2016-10-06T09:30:00Z                   | 2016-10-06
            Oct. 6, 2016                                     | 2016-10-06
            6th Sept 2016                                    | 2016-09-06
            DECEMBER 13 2016                                 | 2016-12-13
            Updated: Friday, 7 October 2016                  | 2016-10-07
            """)
    void findsTheDatelineForms(String dateline, LocalDate expected) {
        assertEquals(Optional.of(expected), Datelines.find("Headline of the story\n" + dateline + "\nBody text follows."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "No date in this text at all.",
        "Ambiguous numeric dates such as 13/12/2016 or 06/10/2016 are skipped.",
        "Impossible dates: 31 February 2016 and 2016-02-30 are not dates.",
        "Years out of range: 6 October 1066 and 3016-10-06.",
        ""
    })
    void findsNothingWithoutAPlausibleUnambiguousDate(String text) {
        Optional<LocalDate> found = Datelines.find(text);
        assertTrue(found.isEmpty(), () -> "found " + found);
    }

    @Test
    void skipsAnImplausibleYearForTheNextPlausibleDate() {
        assertEquals(Optional.of(LocalDate.of(2016, 10, 6)),
                Datelines.find("Founded on 6 October 1066, the town voted on 6 October 2016."));
    }

    @Test
    void prefersADatelineNearTheTopOverAnEarlierDateInsideASentence() {
        String text = "The talks began on 2 October 2016 in the capital.\nFriday 7 October 2016\nThe story.";
        assertEquals(Optional.of(LocalDate.of(2016, 10, 7)), Datelines.find(text));
    }

    @Test
    void fallsBackToTheFirstDateAnywhere() {
        String text = "x".repeat(Datelines.TOP_OF_TEXT) + "\nThe vote took place on 18 December 2016, officials said.";
        assertEquals(Optional.of(LocalDate.of(2016, 12, 18)), Datelines.find(text));
    }

    @Test
    void nullTextHasNoDate() {
        assertTrue(Datelines.find(null).isEmpty());
    }
}
