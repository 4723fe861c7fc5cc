package org.newsgraph.eval;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvalReport.Score;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The guidelines' rule for votes written without their stance: a gold vetoed, votedAgainst or votedFor row makes the
 * stance it implies optional, so the opposes or supports the graph states with the vote is never a false fact, while
 * a stance row the gold does write is still required. Counts are (gold, predicted, matched, correct), worked out by
 * hand from the comments in implied.trig and implied.gold.tsv.
 */
class ImpliedStanceTest {

    private static Dataset dataset;
    private static EvalReport report;

    @BeforeAll
    static void evaluate() {
        dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        try (InputStream in = ImpliedStanceTest.class.getResourceAsStream("/eval/implied.trig")) {
            Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, in, Lang.TRIG));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report = Evaluation.run(dataset, EvalFixtures.resource("implied.gold.tsv"), null);
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    @Test
    void theStanceOfAVoteWrittenAloneIsNeitherFalseNorMissed() {
        // Borduria's opposition in i1 and i2 and Genovia's support in i1 match only an implied stance
        assertEquals(3, report.optionalOnly());
        // Carpania's written stance is found; Osterlich's, with no vote behind it, stays false
        assertEquals(new Score(1, 2, 1, 1), report.score(ScoredPredicate.OPPOSES));
        // Syldavia's written support in i2 is missed, and nothing is predicted
        assertEquals(new Score(1, 0, 0, 0), report.score(ScoredPredicate.SUPPORTS));
    }

    @Test
    void theVotesThemselvesAreScoredAsBefore() {
        assertEquals(new Score(2, 1, 1, 1), report.score(ScoredPredicate.VETOED));
        assertEquals(new Score(2, 1, 1, 1), report.score(ScoredPredicate.VOTED_FOR));
        assertEquals(new Score(1, 1, 1, 1), report.score(ScoredPredicate.VOTED_AGAINST));
        assertEquals(new Score(10, 8, 7, 7), report.overall());
    }

    @Test
    void onlyTheStanceWithoutAVoteIsAFalseFact() {
        Set<String> falseFacts = report.falseFacts().stream()
                .map(f -> f.document() + " " + f.describe()).collect(Collectors.toSet());
        assertEquals(Set.of("i1 Osterlich opposes Resolution drafted by Syldavia"), falseFacts);
        Set<String> misses = report.misses().stream().map(m -> m.document() + " " + m.fact())
                .collect(Collectors.toSet());
        assertEquals(Set.of(
                "i2 Borduria vetoed Resolution[drafter=Syldavia]",
                "i2 Syldavia votedFor Resolution[drafter=Syldavia]",
                "i2 Syldavia supports Resolution[drafter=Syldavia]"), misses);
    }
}
