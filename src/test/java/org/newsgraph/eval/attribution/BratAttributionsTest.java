package org.newsgraph.eval.attribution;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.attribution.GoldAttribution.Kind;
import org.newsgraph.eval.attribution.GoldAttribution.SourceKind;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BratAttributionsTest {

    @Test
    void contentWithQuotationMarksIsDirectOrMixed() {
        assertEquals(Kind.DIRECT, BratAttributions.kindOf("\"We will not accept this budget,\""));
        assertEquals(Kind.DIRECT, BratAttributions.kindOf("“We will win.” "));
        assertEquals(Kind.DIRECT, BratAttributions.kindOf("“The first paragraph of a quote that goes on"));
        assertEquals(Kind.MIXED, BratAttributions.kindOf("the plan \"a reckless gamble\""));
        assertEquals(Kind.MIXED, BratAttributions.kindOf("“Sad,” and added that he was tired"));
        assertEquals(Kind.INDIRECT, BratAttributions.kindOf("that the vote would be delayed"));
    }

    @Test
    void aSourceIsNamedByACapitalisedWordThatIsNoPronounOrArticle() {
        assertEquals(SourceKind.NAMED, BratAttributions.sourceKindOf("Quillfeather"));
        assertEquals(SourceKind.NAMED, BratAttributions.sourceKindOf("the Vale campaign"));
        assertEquals(SourceKind.DESCRIPTION, BratAttributions.sourceKindOf("He"));
        assertEquals(SourceKind.DESCRIPTION, BratAttributions.sourceKindOf("The spokeswoman"));
        assertEquals(SourceKind.DESCRIPTION, BratAttributions.sourceKindOf("a senior aide"));
        assertEquals(SourceKind.NONE, BratAttributions.sourceKindOf(null));
    }

    @Test
    void speakerAndSourceShareAWordButNotAFunctionWord() {
        PredictedStatement vale = new PredictedStatement("d", 0, 10, "Tobin Vale", java.util.List.of("Tobin Vale"), true);
        PredictedStatement times = new PredictedStatement("d", 0, 10, "The Herald", java.util.List.of("The Herald"), true);
        GoldAttribution gold = new GoldAttribution("d", "E1", java.util.List.of(new GoldAttribution.Span(0, 20)),
                "x", new GoldAttribution.Span(30, 40), "the senator, Mr. Vale", Kind.DIRECT, SourceKind.NAMED);
        assertEquals(true, AttributionScoring.sharesWord(vale, gold));
        assertEquals(false, AttributionScoring.sharesWord(times, gold));
    }

    @Test
    void halfOfTheStatementMustLieInsideTheContent() {
        GoldAttribution gold = new GoldAttribution("d", "E1",
                java.util.List.of(new GoldAttribution.Span(0, 10), new GoldAttribution.Span(20, 30)),
                "x", null, null, Kind.MIXED, SourceKind.NONE);
        assertEquals(true, AttributionScoring.mostlyInside(new PredictedStatement("d", 5, 25, "s", java.util.List.of(), true), gold));
        assertEquals(false, AttributionScoring.mostlyInside(new PredictedStatement("d", 10, 40, "s", java.util.List.of(), true), gold));
    }
}
