package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.serve.ServerLimits;

import java.time.Duration;
import java.util.Locale;

/** The options of {@code serve} that say who may ask ({@code --password-file}, {@code --allow-load}) and how much. */
final class ServeLimitOptions {

    private ServeLimitOptions() {
    }

    static void addTo(Options options) {
        options
                .addOption(Option.builder().longOpt("password-file").hasArg().argName("FILE")
                        .desc("Require HTTP Basic credentials of a user in FILE ('user: password' a line, as for "
                                + "Fuseki; passwords plain or MD5:/CRYPT: hashed) on every request").get())
                .addOption(Option.builder().longOpt("allow-load")
                        .desc("With --update, let SPARQL LOAD <url> fetch data from URLs into the store").get())
                .addOption(Option.builder().longOpt("max-body").hasArg().argName("BYTES")
                        .desc("Refuse (413) query, update and form bodies over BYTES (default "
                                + bytes(ServerLimits.DEFAULT_MAX_BODY_BYTES) + "; suffixes k, m, g)").get())
                .addOption(Option.builder().longOpt("max-upload").hasArg().argName("BYTES")
                        .desc("Refuse (413) Graph Store uploads over BYTES (default "
                                + bytes(ServerLimits.DEFAULT_MAX_UPLOAD_BYTES) + ")").get())
                .addOption(Option.builder().longOpt("max-header").hasArg().argName("BYTES")
                        .desc("Refuse a request line and headers over BYTES: 414 for a long URI, 431 for headers "
                                + "(default " + bytes(ServerLimits.DEFAULT_MAX_HEADER_BYTES) + ")").get())
                .addOption(Option.builder().longOpt("max-connections").hasArg().argName("N")
                        .desc("Accept at most N open connections (default "
                                + ServerLimits.DEFAULT_MAX_CONNECTIONS + ")").get())
                .addOption(Option.builder().longOpt("max-threads").hasArg().argName("N")
                        .desc("Work on at most N requests at once, including Jetty's own threads; others wait "
                                + "(default " + ServerLimits.DEFAULT_MAX_THREADS + ")").get())
                .addOption(Option.builder().longOpt("idle-timeout").hasArg().argName("SECONDS")
                        .desc("Close a connection on which nothing arrives for SECONDS (default "
                                + ServerLimits.DEFAULT_IDLE_TIMEOUT.toSeconds() + ")").get())
                .addOption(Option.builder().longOpt("read-timeout").hasArg().argName("SECONDS")
                        .desc("Close a connection whose request has not arrived whole SECONDS after it began "
                                + "(default " + ServerLimits.DEFAULT_REQUEST_READ_TIMEOUT.toSeconds() + ")").get());
    }

    static ServerLimits limits(CommandLine line) {
        ServerLimits defaults = ServerLimits.defaults();
        return new ServerLimits(
                byteSize(line, "max-body", defaults.maxBodyBytes(), 1),
                byteSize(line, "max-upload", defaults.maxUploadBytes(), 1),
                (int) byteSize(line, "max-header", defaults.maxHeaderBytes(), 1024, Integer.MAX_VALUE),
                ServeCommand.wholeNumber(line, "max-connections", defaults.maxConnections(), 1, 1_000_000),
                ServeCommand.wholeNumber(line, "max-threads", defaults.maxThreads(), 8, 10_000),
                Duration.ofSeconds(ServeCommand.wholeNumber(line, "idle-timeout", (int) defaults.idleTimeout().toSeconds(), 1,
                        86_400)),
                Duration.ofSeconds(ServeCommand.wholeNumber(line, "read-timeout",
                        (int) defaults.requestReadTimeout().toSeconds(), 1, 86_400)));
    }

    private static long byteSize(CommandLine line, String option, long fallback, long min) {
        return byteSize(line, option, fallback, min, Long.MAX_VALUE);
    }

    /** A size such as 1048576, 512k, 64m or 1g (binary units), within [min, max]; a usage error otherwise. */
    private static long byteSize(CommandLine line, String option, long fallback, long min, long max) {
        String text = line.getOptionValue(option);
        if (text == null) {
            return fallback;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        int shift = value.endsWith("k") ? 10 : value.endsWith("m") ? 20 : value.endsWith("g") ? 30 : 0;
        try {
            long number = Long.parseLong(shift == 0 ? value : value.substring(0, value.length() - 1));
            if (number <= Long.MAX_VALUE >> shift && number << shift >= min && number << shift <= max) {
                return number << shift;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw CliException.usage("--" + option + " needs a size in bytes of at least " + min
                + (max < Long.MAX_VALUE ? " and at most " + max : "") + " (suffixes k, m, g), got '" + text + "'");
    }

    /** A byte count as people write it: 1 MiB rather than 1048576. */
    static String bytes(long count) {
        if (count >= 1L << 30 && count % (1L << 30) == 0) {
            return (count >> 30) + " GiB";
        }
        if (count >= 1L << 20 && count % (1L << 20) == 0) {
            return (count >> 20) + " MiB";
        }
        if (count >= 1L << 10 && count % (1L << 10) == 0) {
            return (count >> 10) + " KiB";
        }
        return count + " bytes";
    }

}
