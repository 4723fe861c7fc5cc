package org.newsgraph.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** The resident memory of this process as the operating system counts it, which the JVM itself does not report. */
public final class ProcessMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** The most resident memory this process has had (Linux {@code VmHWM}); empty elsewhere. */
    public static OptionalLong peakResidentBytes() {
        return field("VmHWM:");
    }

    /** The resident memory now (Linux {@code VmRSS}); empty elsewhere. */
    public static OptionalLong residentBytes() {
        return field("VmRSS:");
    }

    private static OptionalLong field(String name) {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            for (String line : lines) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or /proc not mounted: nothing to report.
        }
        return OptionalLong.empty();
    }
}
