package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory and CPU time of a running process as Linux's {@code /proc} reports them: {@code VmHWM}, the peak resident
 * set, from {@code /proc/PID/status}, and user plus system time from {@code /proc/PID/stat}.
 */
public record ProcessStatus(long peakResidentBytes, long residentBytes, long cpuMillis) {

    /** {@code /proc/PID/stat} counts CPU time in clock ticks; Linux fixes USER_HZ at 100 on every architecture. */
    static final long TICKS_PER_SECOND = 100;

    private static final Pattern KILOBYTES = Pattern.compile("^(\\w+):\\s+(\\d+)\\s+kB\\s*$", Pattern.MULTILINE);

    /** The process's figures now, or empty when it has exited or the system has no {@code /proc}. */
    public static Optional<ProcessStatus> of(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            String status = Files.readString(proc.resolve("status"));
            String stat = Files.readString(proc.resolve("stat"));
            return Optional.of(new ProcessStatus(kilobytes(status, "VmHWM").orElse(0) * 1024,
                    kilobytes(status, "VmRSS").orElse(0) * 1024, cpuMillis(stat)));
        } catch (IOException | RuntimeException e) {
            // The process may end between the two reads; its last sample stands.
            return Optional.empty();
        }
    }

    public static Optional<ProcessStatus> self() {
        return of(ProcessHandle.current().pid());
    }

    /** The value of a {@code Name:  1234 kB} line of {@code /proc/PID/status}, in kilobytes. */
    static OptionalLong kilobytes(String status, String field) {
        Matcher m = KILOBYTES.matcher(status);
        while (m.find()) {
            if (m.group(1).equals(field)) {
                return OptionalLong.of(Long.parseLong(m.group(2)));
            }
        }
        return OptionalLong.empty();
    }

    /**
     * utime + stime (fields 14 and 15) of {@code /proc/PID/stat}, in milliseconds. The command name in field 2 is in
     * parentheses and may itself hold spaces and parentheses, so fields are counted from the last ')'.
     */
    static long cpuMillis(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc/PID/stat line: " + stat);
        }
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        // fields[0] is field 3 (state), so utime (14) and stime (15) are at 11 and 12
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }
}
