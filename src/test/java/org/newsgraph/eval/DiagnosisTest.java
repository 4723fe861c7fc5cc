package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Diagnosis.FalseCause;
import org.newsgraph.eval.Diagnosis.MissCause;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the misses and false facts of mini.trig against mini.gold.tsv come from, worked out by hand from the two
 * files: each cause is the first that holds in the order of {@link MissCause} and {@link FalseCause}.
 */
class DiagnosisTest {

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
    void tracesEachMissToTheStepWhereItWasLost() {
        Map<String, MissCause> causes = report.misses().stream()
                .collect(Collectors.toMap(m -> m.document() + ":" + m.line(), EvalReport.Miss::cause));
        assertEquals(Map.of(
                // the speaker is there, but no statement holds the quote
                "m1:20", MissCause.NO_OBJECT,
                // Syldavia and Genovia's draft are both in the graph; nothing states the opposition
                "m1:24", MissCause.UNLINKED,
                // the evacuation has a status, the wrong one
                "m2:35", MissCause.OTHER_OBJECT,
                "m4:48", MissCause.NO_DOCUMENT), causes);
    }

    @Test
    void tellsHowEachFalseFactStandsToTheGold() {
        Diagnosis diagnosis = report.diagnosis();
        // the quote is in no gold row
        assertEquals(1, diagnosis.falseFacts(ScoredPredicate.SAID, FalseCause.OBJECT_NOT_IN_GOLD));
        // the gold has Port Vell concerned by the other draft
        assertEquals(1, diagnosis.falseFacts(ScoredPredicate.CONCERNS, FalseCause.OTHER_SUBJECT));
        // the gold (an optional row) has the evacuation facilitated by someone else
        assertEquals(1, diagnosis.falseFacts(ScoredPredicate.FACILITATED_BY, FalseCause.OTHER_OBJECT));
        // the gold gives the evacuation another status
        assertEquals(1, diagnosis.falseFacts(ScoredPredicate.STATUS, FalseCause.OTHER_OBJECT));
        int total = diagnosis.falseFacts().values().stream()
                .flatMap(byCause -> byCause.values().stream()).mapToInt(Integer::intValue).sum();
        assertEquals(report.falseFacts().size(), total);
    }

    @Test
    void countsMissesPerPredicateAndCause() {
        Diagnosis diagnosis = report.diagnosis();
        assertEquals(1, diagnosis.missed(ScoredPredicate.SAID, MissCause.NO_OBJECT));
        assertEquals(1, diagnosis.missed(ScoredPredicate.OPPOSES, MissCause.UNLINKED));
        assertEquals(1, diagnosis.missed(ScoredPredicate.STATUS, MissCause.OTHER_OBJECT));
        assertEquals(1, diagnosis.missed(ScoredPredicate.DRAFTED, MissCause.NO_DOCUMENT));
        assertEquals(0, diagnosis.missed(ScoredPredicate.DRAFTED, MissCause.UNLINKED));
    }

    @Test
    void countsTheMissedFactsThatHangOnAKeyPickingNothing(@TempDir Path folder) throws Exception {
        Path gold = folder.resolve("keys.gold.tsv");
        Files.writeString(gold, String.join("\n",
                "m2\tBorduria\topposes\tResolution[drafter=Ruritania]",
                "m2\tSyldavia\tsupports\tResolution[drafter=Ruritania]",
                "m2\tEvacuation[from=Hill Town]\tstatus\tongoing",
                "m2\tEvacuation[from=Mill Ford]\tfacilitatedBy\tHarbour Relief Society",
                "m3\tEvacuation[from=Hill Town]\tfrom\tHill Town",
                "m3\tBorduria\tvotedFor\tResolution[number=12]",
                ""));
        Diagnosis diagnosis = Evaluation.run(dataset, gold, null).diagnosis();
        assertEquals(Map.of(
                "Resolution[drafter], others of its kind in the document (none with a drafter; what the key names is not in the graph)", 2,
                // m2's evacuations start from elsewhere; Hill Town is where one of them goes
                "Evacuation[from], others of its kind in the document (some with a from; what the key names is linked to one of its kind by to)", 1,
                // Mill Ford stands in the sentence the status was read from, yet is no origin
                "Evacuation[from], others of its kind in the document (some with a from; what the key names is in the graph, "
                        + "linked to none of its kind, named in a sentence its status was read from)", 1,
                "Evacuation[from], none of its kind in the document", 1,
                "Resolution[number], others of its kind in the document (none with a number; what the key names is not in the graph)", 1), diagnosis.absentKeys());
        // Hill Town is named in m2 only, so in m3 neither side of the origin is there
        assertEquals(1, diagnosis.missed(ScoredPredicate.FROM, MissCause.NO_SUBJECT_OR_OBJECT));
        assertEquals(2, diagnosis.missed(ScoredPredicate.OPPOSES, MissCause.NO_OBJECT)
                + diagnosis.missed(ScoredPredicate.SUPPORTS, MissCause.NO_OBJECT));
    }

    @Test
    void rendersTablesWithTotals() throws Exception {
        String text = DiagnosisTables.text(report.diagnosis());
        assertTrue(text.contains("Where the missed gold facts were lost"), text);
        String overallMisses = text.lines().filter(l -> l.startsWith("overall")).findFirst().orElseThrow();
        assertTrue(overallMisses.matches("overall\\s+4\\s.*"), overallMisses);
        assertTrue(DiagnosisTables.markdown(report.diagnosis()).contains("| said | 1 |"));

        JsonNode json = new ObjectMapper().readTree(report.toJson(false)).path("diagnosis");
        assertEquals(1, json.path("misses").path("opposes").path("unlinked").asInt());
        assertEquals(1, json.path("falseFacts").path("concerns").path("other subject").asInt());
    }
}
