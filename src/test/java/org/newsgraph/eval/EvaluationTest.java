package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvalReport.Score;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scorer on mini.trig against mini.gold.tsv and mini.entities.tsv. The expected counts were worked out by hand
 * from the comments in those files; each predicate row is (gold, predicted, matched, correct).
 */
class EvaluationTest {

    private static final double EPSILON = 1e-9;

    private static Dataset dataset;
    private static EvalReport report;

    @BeforeAll
    static void evaluate() {
        dataset = EvalFixtures.miniStore();
        report = Evaluation.run(dataset, EvalFixtures.resource("mini.gold.tsv"),
                EvalFixtures.resource("mini.entities.tsv"));
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    @Test
    void countsEachPredicateAsWorkedOutByHand() {
        Map<ScoredPredicate, Score> expected = Map.ofEntries(
                // m1 both drafts found (ng:drafted and ng:draftedBy); m4 is not in the store
                entry(ScoredPredicate.DRAFTED, new Score(3, 2, 2, 2)),
                // m2 Syldavia; m1's vote-implied support matches only an optional row
                entry(ScoredPredicate.SUPPORTS, new Score(1, 1, 1, 1)),
                // m1 implied by the veto, m1 Syldavia's opposition missed, m2 through Evacuation[*]
                entry(ScoredPredicate.OPPOSES, new Score(3, 2, 2, 2)),
                entry(ScoredPredicate.VETOED, new Score(1, 1, 1, 1)),
                entry(ScoredPredicate.VOTED_FOR, new Score(1, 1, 1, 1)),
                entry(ScoredPredicate.VOTED_AGAINST, Score.ZERO),
                entry(ScoredPredicate.ABSTAINED, Score.ZERO),
                // one through an altLabel
                entry(ScoredPredicate.REPRESENTS, new Score(3, 3, 3, 3)),
                // prefix, containment, curly apostrophe found; one miss; Genovia's sad day is false;
                // the two-word quote and the quote without speaker are not predictions
                entry(ScoredPredicate.SAID, new Score(4, 4, 3, 3)),
                // Genovia's draft concerning Port Vell is false
                entry(ScoredPredicate.CONCERNS, new Score(2, 3, 2, 2)),
                // the draft status is not read; "completed" is false and "ongoing" missed; number=77 found
                entry(ScoredPredicate.STATUS, new Score(4, 4, 3, 3)),
                // the second evacuation's origin matches only an optional row
                entry(ScoredPredicate.FROM, new Score(1, 1, 1, 1)),
                entry(ScoredPredicate.TO, new Score(2, 2, 2, 2)),
                // the Crimson Brigade does not facilitate; HRS also matches an optional twin and still counts
                entry(ScoredPredicate.FACILITATED_BY, new Score(1, 2, 1, 1)),
                entry(ScoredPredicate.OBSTRUCTED_BY, new Score(1, 1, 1, 1)));
        for (ScoredPredicate predicate : ScoredPredicate.values()) {
            assertEquals(expected.get(predicate), report.score(predicate), predicate.goldName());
        }
        assertEquals(List.of(ScoredPredicate.values()),
                report.predicates().stream().map(EvalReport.PredicateScore::predicate).toList());
        assertEquals(new Score(27, 27, 23, 23), report.overall());
        assertEquals(2, report.optionalOnly());
    }

    @Test
    void computesPrecisionRecallAndF1() {
        Score drafted = report.score(ScoredPredicate.DRAFTED);
        assertEquals(1.0, drafted.precision(), EPSILON);
        assertEquals(2.0 / 3, drafted.recall(), EPSILON);
        assertEquals(0.8, drafted.f1(), EPSILON);

        Score concerns = report.score(ScoredPredicate.CONCERNS);
        assertEquals(2.0 / 3, concerns.precision(), EPSILON);
        assertEquals(1.0, concerns.recall(), EPSILON);
        assertEquals(0.8, concerns.f1(), EPSILON);

        Score facilitated = report.score(ScoredPredicate.FACILITATED_BY);
        assertEquals(0.5, facilitated.precision(), EPSILON);
        assertEquals(2.0 / 3, facilitated.f1(), EPSILON);

        assertEquals(0.75, report.score(ScoredPredicate.SAID).f1(), EPSILON);
        assertEquals(23.0 / 27, report.overall().f1(), EPSILON);

        Score none = report.score(ScoredPredicate.ABSTAINED);
        assertTrue(Double.isNaN(none.precision()) && Double.isNaN(none.recall()) && Double.isNaN(none.f1()));
        assertEquals(0.0, new Score(0, 2, 0, 0).f1(), EPSILON);
        assertEquals(0.0, new Score(2, 0, 0, 0).f1(), EPSILON);
    }

    @Test
    void listsEveryMissWithItsLine() {
        Set<String> misses = report.misses().stream()
                .map(m -> m.document() + ":" + m.line() + " " + m.fact()).collect(Collectors.toSet());
        assertEquals(Set.of(
                "m1:20 Mira Kestrel said \"We cannot accept it\"",
                "m1:24 Syldavia opposes Resolution[drafter=Genovia]",
                "m2:35 Evacuation[from=Lake Village] status ongoing",
                "m4:48 Genovia drafted Resolution[*]"), misses);
        assertEquals(List.of("m4"), report.missingDocuments());
    }

    @Test
    void listsEveryFalseFactWithItsEvidence() {
        Set<String> falseFacts = report.falseFacts().stream()
                .map(f -> f.document() + " " + f.describe()).collect(Collectors.toSet());
        assertEquals(Set.of(
                "m1 Genovia said \"This is a sad day for everyone\"",
                "m1 Resolution drafted by Genovia concerns Port Vell",
                "m2 evacuation from Lake Village facilitatedBy Crimson Brigade",
                "m2 evacuation from Lake Village status completed"), falseFacts);
        PredictedFact sadDay = report.falseFacts().stream()
                .filter(f -> f.predicate() == ScoredPredicate.SAID).findFirst().orElseThrow();
        assertEquals(List.of(new FactEvidence(
                "\"This is a sad day for everyone,\" a man said after Genovia's vote.", "quote/said-speaker", 0.6)),
                sadDay.evidence());
    }

    @Test
    void scoresDocumentsApart() {
        Map<String, Score> perDocument = report.perDocument().stream()
                .collect(Collectors.toMap(EvalReport.DocumentScore::document, EvalReport.DocumentScore::score));
        assertEquals(new Score(13, 13, 11, 11), perDocument.get("m1"));
        assertEquals(new Score(13, 14, 12, 12), perDocument.get("m2"));
        assertEquals(new Score(1, 0, 0, 0), perDocument.get("m4"));
        assertFalse(perDocument.containsKey("m3"), "m3 is not in the gold file");
    }

    @Test
    void checksEntityPairsThroughNamesAndKeysAtDocuments() {
        EvalReport.PairScore pairs = report.pairs();
        Map<Integer, Boolean> held = pairs.results().stream()
                .collect(Collectors.toMap(r -> r.pair().line(), EvalReport.PairResult::held));
        assertEquals(Map.ofEntries(
                entry(3, true), entry(4, true), entry(6, true), entry(8, false), entry(9, true), entry(11, false),
                entry(12, true), entry(13, true), entry(15, true), entry(16, true), entry(18, false)), held);
        assertEquals(8, pairs.held());
        assertEquals(11, pairs.total());
        assertEquals(4, pairs.held(EntityPair.Kind.SAME));
        assertEquals(6, pairs.total(EntityPair.Kind.SAME));
        assertEquals(4, pairs.held(EntityPair.Kind.DISTINCT));
        assertEquals(800.0 / 11, pairs.percent(), EPSILON);

        EvalReport.PairResult orlen = pairs.results().stream().filter(r -> r.pair().line() == 8).findFirst()
                .orElseThrow();
        assertEquals(List.of(), orlen.second());
        assertEquals(List.of("Tomas Orlen <https://w3id.org/newsgraph/id/person/tomas-orlen>"), orlen.first());
    }

    @Test
    void runsInsideTheCallersReadTransaction() {
        EvalReport again = Txn.calculateRead(dataset, () -> Evaluation.run(dataset,
                GoldFile.read(EvalFixtures.resource("mini.gold.tsv")), null));
        assertEquals(report.overall(), again.overall());
        assertEquals(null, again.pairs());
    }

    @Test
    void rendersAnAlignedTableAndWithExplainTheReasons() {
        String brief = report.toText(false);
        assertTrue(brief.contains("predicate      gold  predicted  matched  correct      P      R     F1"), brief);
        assertTrue(brief.contains("drafted           3          2        2        2  1.000  0.667  0.800"), brief);
        assertTrue(brief.contains("abstained         0          0        0        0      -      -      -"), brief);
        assertTrue(brief.contains("overall          27         27       23       23  0.852  0.852  0.852"), brief);
        assertTrue(brief.contains("8 of 11 hold (72.7%); same 4/6, distinct 4/5"), brief);
        assertTrue(brief.contains("Not in the store (every gold fact of theirs is a miss): m4"), brief);
        assertFalse(brief.contains("Misses"), brief);

        String explained = report.toText(true);
        assertTrue(explained.contains("mini.gold.tsv:20  m1  Mira Kestrel said \"We cannot accept it\""), explained);
        assertTrue(explained.contains("m1  Genovia said \"This is a sad day for everyone\"\n"
                + "      rule quote/said-speaker, confidence 0.60: \"This is a sad day for everyone,\" a man said "
                + "after Genovia's vote."), explained);
        assertTrue(explained.contains("m1  Resolution drafted by Genovia concerns Port Vell\n"
                + "      (no evidence node)"), explained);
        assertTrue(explained.contains("mini.entities.tsv:8  same Tomas Orlen / Orlen\n"), explained);
        assertTrue(explained.contains("      Orlen -> (no entity)"), explained);
    }

    @Test
    void rendersMarkdown() {
        String markdown = report.toMarkdown();
        assertTrue(markdown.startsWith("| predicate | gold | predicted | matched | correct | P | R | F1 |\n"
                + "|---|--:|--:|--:|--:|--:|--:|--:|\n| drafted | 3 | 2 | 2 | 2 | 1.000 | 0.667 | 0.800 |\n"),
                markdown);
        assertTrue(markdown.contains("| **overall** | 27 | 27 | 23 | 23 | 0.852 | 0.852 | 0.852 |"), markdown);
    }

    @Test
    void rendersJson() throws IOException {
        JsonNode brief = new ObjectMapper().readTree(report.toJson(false));
        assertEquals(27, brief.path("overall").path("gold").asInt());
        assertEquals(23.0 / 27, brief.path("overall").path("f1").asDouble(), EPSILON);
        JsonNode abstained = brief.path("predicates").get(ScoredPredicate.ABSTAINED.ordinal());
        assertEquals("abstained", abstained.path("predicate").asText());
        assertTrue(abstained.path("precision").isNull());
        assertEquals(8, brief.path("pairs").path("held").asInt());
        assertEquals(4, brief.path("pairs").path("same").path("held").asInt());
        assertTrue(brief.path("misses").isMissingNode());

        JsonNode explained = new ObjectMapper().readTree(report.toJson(true));
        assertEquals(4, explained.path("misses").size());
        assertEquals(4, explained.path("falseFacts").size());
        JsonNode said = null;
        for (JsonNode fact : explained.path("falseFacts")) {
            if (fact.path("predicate").asText().equals("said")) {
                said = fact;
            }
        }
        assertEquals("https://w3id.org/newsgraph/id/country/genovia", said.path("subjectIri").asText());
        assertEquals("quote/said-speaker", said.path("evidence").get(0).path("rule").asText());
        assertEquals(11, explained.path("pairs").path("results").size());
    }
}
