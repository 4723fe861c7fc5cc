package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractionFixtures.assertHas;

/** Stances not taken (persuasion, an act weighed, a deadline) and stances told by a noun ("over the objections of"). */
class StanceTakenRulesTest {

    private static final String RESOLUTION = "Resolution drafted by Ireland";

    private static List<String> facts;

    @BeforeAll
    static void extract() throws IOException {
        facts = ExtractionFixtures.lines(ExtractionFixtures.extract("stance-none-taken"));
    }

    @Test
    void membersOthersTryToWinOverTakeNoStance() {
        for (String member : List.of("Chile", "Ghana", "Peru")) {
            assertTrue(facts.stream().noneMatch(f -> f.startsWith(member + " | supports")), () -> String.join("\n", facts));
        }
    }

    @Test
    void anActWeighedOrBoundByADeadlineIsNoStance() {
        assertTrue(facts.stream().noneMatch(f -> f.matches("(Kenya|Anna Hedge|Fiji) \\| supports.*")),
                () -> String.join("\n", facts));
    }

    @Test
    void theObjectionsATextWentForwardOverAreTheirHolders() {
        assertHas(facts, "Norway | opposes | " + RESOLUTION);
        assertHas(facts, "Nepal | opposes | " + RESOLUTION);
    }
}
