package org.newsgraph.eval;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the reader takes from each document graph of mini.trig, before any gold is involved. */
class PredictionReaderTest {

    private static Dataset dataset;
    private static Map<String, List<PredictedFact>> predictions;

    @BeforeAll
    static void read() {
        dataset = EvalFixtures.miniStore();
        predictions = Txn.calculateRead(dataset, () -> PredictionReader.read(dataset, List.of("m1", "m2", "m9")));
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    private static Set<String> facts(String document, ScoredPredicate predicate) {
        return predictions.get(document).stream().filter(f -> f.predicate() == predicate)
                .map(PredictedFact::describe).collect(Collectors.toSet());
    }

    @Test
    void readsOnlyTheDocumentsAskedForThatTheStoreHolds() {
        assertEquals(Set.of("m1", "m2"), predictions.keySet());
    }

    @Test
    void readsDraftedFromEitherDirection() {
        assertEquals(Set.of("Syldavia drafted Resolution drafted by Syldavia",
                "Genovia drafted Resolution drafted by Genovia"), facts("m1", ScoredPredicate.DRAFTED));
    }

    @Test
    void aVetoIsAlsoOppositionAndAVoteForIsSupportWithTheSameEvidence() {
        assertEquals(Set.of("Borduria vetoed Resolution drafted by Syldavia"), facts("m1", ScoredPredicate.VETOED));
        assertEquals(Set.of("Borduria opposes Resolution drafted by Syldavia"), facts("m1", ScoredPredicate.OPPOSES));
        assertEquals(Set.of("Genovia supports Resolution drafted by Syldavia"), facts("m1", ScoredPredicate.SUPPORTS));
        PredictedFact opposes = predictions.get("m1").stream()
                .filter(f -> f.predicate() == ScoredPredicate.OPPOSES).findFirst().orElseThrow();
        assertEquals("stance/vetoed", opposes.evidence().get(0).rule());
    }

    @Test
    void saidNeedsASpeakerAndThreeWords() {
        assertEquals(Set.of("Tomas Orlen said \"We will not let this text pass.\"",
                "Mira Kestrel said \"The port must   stay open, to all ships!\"",
                "Genovia said \"This is a sad day for everyone\""), facts("m1", ScoredPredicate.SAID));
    }

    @Test
    void statusIsTheLowerCasedIndividualAndADraftIsNotScored() {
        assertEquals(Set.of("Resolution drafted by Syldavia status vetoed"), facts("m1", ScoredPredicate.STATUS));
        assertEquals(Set.of("evacuation from Old Harbour status suspended",
                "evacuation from Lake Village status completed", "Resolution 77 status adopted"),
                facts("m2", ScoredPredicate.STATUS));
    }

    @Test
    void readsEvacuationSlots() {
        assertEquals(Set.of("evacuation from Old Harbour from Old Harbour",
                "evacuation from Lake Village from Lake Village"), facts("m2", ScoredPredicate.FROM));
        assertEquals(Set.of("evacuation from Old Harbour facilitatedBy Harbour Relief Society",
                "evacuation from Lake Village facilitatedBy Crimson Brigade"),
                facts("m2", ScoredPredicate.FACILITATED_BY));
        assertTrue(predictions.get("m2").stream().noneMatch(f -> f.subjectText().equals("Council of Realms")
                || f.objectText().equals("Council of Realms")), "consideredBy is not scored");
    }
}
