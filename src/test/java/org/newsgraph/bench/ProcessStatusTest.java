package org.newsgraph.bench;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessStatusTest {

    private static final String STATUS = """
            Name:\tjava
            Umask:\t0022
            State:\tS (sleeping)
            VmPeak:\t 9214468 kB
            VmSize:\t 9150212 kB
            VmHWM:\t 3154832 kB
            VmRSS:\t 2876540 kB
            Threads:\t41
            """;

    @Test
    void peakAndCurrentResidentMemoryAreReadInKilobytes() {
        assertEquals(OptionalLong.of(3154832), ProcessStatus.kilobytes(STATUS, "VmHWM"));
        assertEquals(OptionalLong.of(2876540), ProcessStatus.kilobytes(STATUS, "VmRSS"));
        assertEquals(OptionalLong.empty(), ProcessStatus.kilobytes(STATUS, "VmSwap"));
    }

    @Test
    void aFieldIsMatchedWhole() {
        assertEquals(OptionalLong.of(9214468), ProcessStatus.kilobytes(STATUS, "VmPeak"));
        assertEquals(OptionalLong.empty(), ProcessStatus.kilobytes(STATUS, "Peak"));
    }

    @Test
    void cpuTimeIsUserPlusSystemTicksCountedFromTheEndOfTheCommandName() {
        // a command name with spaces and a parenthesis shifts naive field counting
        String stat = "4242 (my (odd) cmd) S 1 4242 4242 0 -1 4194560 500 0 0 0 1234 566 0 0 20 0 41 0 100 0 0";
        assertEquals((1234 + 566) * 10, ProcessStatus.cpuMillis(stat));
    }

    @Test
    void aLineThatIsNotStatIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProcessStatus.cpuMillis("no parentheses here"));
    }

    @Test
    void thisProcessCanBeRead() {
        ProcessStatus.self().ifPresent(status -> {
            assertTrue(status.peakResidentBytes() >= status.residentBytes());
            assertTrue(status.residentBytes() > 0);
        });
    }
}
