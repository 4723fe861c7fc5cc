package org.newsgraph.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BenchWorkerTest {

    @Test
    void optionsRepeatAndTheRestAreInputs() {
        BenchWorker.Arguments args = BenchWorker.Arguments.parse(new String[]{"--store", "db", "--setting", "a=1",
                "in.csv", "--setting", "b=", "more"});
        assertEquals("db", args.single("store"));
        assertEquals(List.of("a=1", "b="), args.all("setting"));
        assertEquals(List.of("in.csv", "more"), args.inputs());
        assertThrows(IllegalArgumentException.class, () -> args.single("result"));
        assertThrows(IllegalArgumentException.class, () -> BenchWorker.Arguments.parse(new String[]{"--store"}));
    }

    @Test
    void everyVariantTravelsToTheWorkerIntact() {
        for (NlpVariant variant : NlpVariant.all()) {
            List<String> args = variant.workerArguments();
            assertEquals(variant.config(), BenchWorker.config(BenchWorker.Arguments.parse(args.toArray(String[]::new))),
                    variant.name());
        }
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, QueryLatency.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(3.0, QueryLatency.median(List.of(5.0, 3.0, 1.0)));
        assertEquals(0.0, QueryLatency.median(List.of()));
    }
}
