package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    private static final String BEFORE = "The council met on Monday.\n\n";
    private static final String AFTER = "\n\nMembers said the vote would be close.";

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            subscription plea   | Subscribe to our daily briefing
            subscription plea   | Sign up for our newsletter
            subscription plea   | Already a subscriber? Log in
            comment prompt      | Comment below
            comment prompt      | Have your say
            comment prompt      | Join the conversation
            comment prompt      | Comments
            notification banner | Get notifications
            notification banner | Turn on notifications
            notification banner | Stay up to date with notifications from the newspaper
            notification banner | Notifications can be managed in browser preferences.
            notification banner | Download our app
            photo credit        | The envoy addresses the chamber. Getty Images
            photo credit        | A damaged street in the old town [AFP]
            photo credit        | Protesters gather outside the embassy (Reuters)
            photo credit        | Soldiers rest after the fighting on Monday (ABC)
            photo credit        | Buses burn on a road.  (State news agency via XYZ)
            photo credit        | Photo: Staff photographer
            photo credit        | Image copyright Some Agency
            photo credit        | Delegates arrive for the session (Photo by Jane Doe/Some Agency)
            photo credit        | FILE: Aircraft on a runway in August. Picture: Some Ministry.
            read more           | Read more: Another story about the council
            advertisement       | Advertisement
            reading time        | 3 min read
            share prompt        | Share this article
            share prompt        | Follow us on Twitter
            share prompt        | Follow us on Facebook
            cookie notice       | We use cookies to improve your experience on our site.
            cookie notice       | Accept all cookies
            """)
    void masksEachCategoryOfBoilerplate(String category, String line) {
        String text = BEFORE + line + AFTER;
        String masked = Boilerplate.mask(text);

        assertEquals(BEFORE + " ".repeat(line.length()) + AFTER, masked, category);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "The delegation will veto the resolution, its ambassador told reporters on Sunday.",
        "The minister said the agency's photo of the site was genuine.",
        "Officials said the subscription service would be fined, a source told Reuters.",
        "Comments made by the envoy on Friday angered the delegation.",
        "The Red Crescent (SARC), which runs the convoys, called for calm.",
        "Jane Doe",
        "He made the announcement as buses were torched near the border by armed militants.",
        "Follow-up talks are planned for next week."
    })
    void leavesReportingAlone(String line) {
        String text = BEFORE + line + AFTER;
        assertSame(text, Boilerplate.mask(text), "unchanged text is returned as is");
    }

    @Test
    void keepsACaptionHeadlineNameAboveAMaskedCredit() {
        String credit = "The envoy to the assembly, Jane Doe. Getty Images";
        String text = "Jane Doe\n" + credit + "\n\nThe envoy spoke on Sunday.";
        String masked = Boilerplate.mask(text);

        assertTrue(masked.startsWith("Jane Doe\n" + " ".repeat(credit.length()) + "\n"), masked);
        assertTrue(masked.endsWith("\n\nThe envoy spoke on Sunday."));
    }

    @Test
    void masksTheUncreditedEchoOfACreditedCaption() {
        String caption = "Soldiers rest after the fighting on Monday";
        String text = "Headline\n" + caption + "\n" + caption + " (ABC)\nBody text.";

        List<String> lines = List.of(Boilerplate.mask(text).split("\n", -1));

        assertEquals(List.of("Headline", " ".repeat(caption.length()), " ".repeat(caption.length() + 6), "Body text."), lines);
    }

    @Test
    void masksAPleaBlockFromItsOpeningToItsClosingLine() {
        String text = String.join("\n",
                "Body before.",
                "Your support helps us to tell the story",
                "",
                "We are on the ground when the story is developing and want to stay there.",
                "",
                "Your support makes all the difference.",
                "Body after.");

        String[] lines = Boilerplate.mask(text).split("\n", -1);

        assertEquals("Body before.", lines[0]);
        assertTrue(lines[3].isBlank(), "the plea's middle paragraph is masked too");
        assertTrue(lines[5].isBlank());
        assertEquals("Body after.", lines[6]);
    }

    @Test
    void maskingPreservesLengthNewlinesAndEveryUnmaskedCharacter() {
        String text = "Headline\r\nSubscribe to our newsletter\n\nPhoto: Staff\u00A0\nBody with a no-break space:\u00A0end.\n";
        String masked = Boilerplate.mask(text);

        assertEquals(text.length(), masked.length());
        for (int i = 0; i < text.length(); i++) {
            char original = text.charAt(i);
            char after = masked.charAt(i);
            if (original == '\n' || original == '\r') {
                assertEquals(original, after, "line break at " + i);
            } else {
                assertTrue(after == original || after == ' ', "at " + i + ": only spaces replace characters");
            }
        }
        assertTrue(masked.contains("Body with a no-break space:\u00A0end."));
        assertFalse(masked.contains("Subscribe"));
        assertFalse(masked.contains("Photo"));
    }

    @Test
    void longParagraphsAreNeverLinePatternMatches() {
        String paragraph = "Subscribe to " + "the view that the talks will fail, ".repeat(10) + "analysts said.";
        assertTrue(paragraph.length() > Boilerplate.MAX_LINE_LENGTH);
        assertSame(paragraph, Boilerplate.mask(paragraph));
    }

    @Test
    void patternResourceLoadsAndBrokenPatternsFailWithTheirLine() {
        assertFalse(Boilerplate.rules().lines().isEmpty());
        assertFalse(Boilerplate.rules().blocks().isEmpty());

        IllegalStateException broken = assertThrows(IllegalStateException.class,
                () -> Boilerplate.parse(List.of("# comment", "", "valid line", "(unclosed")));
        assertTrue(broken.getMessage().contains(":4:"), broken.getMessage());
    }
}
