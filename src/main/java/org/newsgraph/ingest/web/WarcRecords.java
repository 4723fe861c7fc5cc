package org.newsgraph.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams a WARC file (plain or gzip, as crawlers write them) record by record with jwarc: only one record's
 * payload is in memory at a time, and only up to {@code maxPayloadBytes}, so any size of file can be read. Every
 * HTML response with status 200 is handed to the visitor; every other record is counted.
 */
public final class WarcRecords {

    /** What a WARC held besides the pages it gave. */
    public static final class Counts {
        public int pages;
        public int skipped;
        public int tooLarge;
    }

    /** Receives what the stream holds. */
    public interface Visitor {
        /** A status-200 HTML response: its target URL, WARC-Date, payload and HTTP charset (may be null). */
        void page(String url, Instant warcDate, byte[] html, String charset, String record);

        /** A record that cannot be read, or something odd about one. */
        void problem(String where, String reason);
    }

    private static final MediaType XHTML = MediaType.parse("application/xhtml+xml");

    private WarcRecords() {
    }

    /**
     * Reads the archive. After a record that cannot be read, reading goes on at the next record boundary found in
     * the bytes (the next gzip member, or the next "WARC/1." line of an uncompressed file), so one damaged record
     * costs only itself.
     */
    public static Counts read(Path file, long maxPayloadBytes, Visitor visitor) throws IOException {
        Counts counts = new Counts();
        int[] number = {0};
        long resumeAt = 0;
        boolean gzip = isGzip(file);
        while (resumeAt >= 0) {
            resumeAt = readFrom(file, resumeAt, gzip, maxPayloadBytes, visitor, counts, number);
        }
        return counts;
    }

    /** Reads records from {@code start}; returns where to resume after a damaged one, or -1 at the end. */
    private static long readFrom(Path file, long start, boolean gzip, long maxPayloadBytes, Visitor visitor,
                                 Counts counts, int[] number) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(start);
            long lastStart = -1;
            WarcReader reader = new WarcReader(channel);
            reader.onWarning(message -> visitor.problem("record " + number[0], message));
            while (true) {
                Optional<WarcRecord> next;
                number[0]++;
                String failure;
                try {
                    next = reader.next();
                    failure = null;
                } catch (ParsingException e) {
                    next = Optional.empty();
                    failure = "malformed WARC record (" + firstLine(e) + ")";
                } catch (IOException e) {
                    next = Optional.empty();
                    failure = reason(e);
                }
                if (failure != null) {
                    long damaged = lastStart < 0 ? start : nextBoundary(channel, lastStart + 1, gzip);
                    long resume = damaged < 0 ? -1 : nextBoundary(channel, damaged + 1, gzip);
                    visitor.problem("record " + number[0], resume < 0 ? failure : failure + "; skipped");
                    return resume;
                }
                if (next.isEmpty()) {
                    return -1;
                }
                lastStart = reader.position();
                // jwarc gives the position of the record just read (in the compressed file, where its member starts).
                String offset = number[0] + " at byte " + lastStart;
                try {
                    readRecord(next.get(), offset, maxPayloadBytes, visitor, counts);
                } catch (ParsingException e) {
                    counts.skipped++;
                    visitor.problem("record " + offset, "malformed HTTP response (" + firstLine(e) + ")");
                } catch (IOException e) {
                    // The payload itself is cut short: the next record, if any, starts at the next boundary.
                    long resume = nextBoundary(channel, lastStart + 1, gzip);
                    visitor.problem("record " + offset, reason(e) + (resume < 0 ? "" : "; skipped"));
                    return resume;
                }
            }
        }
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /**
     * The first position from {@code from} where a record may start: a gzip member's header (1f 8b 08) in a
     * compressed file, "WARC/1." at the start of a line in an uncompressed one; -1 when there is none.
     */
    static long nextBoundary(FileChannel channel, long from, boolean gzip) throws IOException {
        byte[] marker = gzip ? new byte[]{0x1f, (byte) 0x8b, 0x08} : "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
        // An uncompressed record's "WARC/1." follows a line break; look from one byte earlier to see it.
        long position = gzip ? from : Math.max(0, from - 1);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        while (true) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read < marker.length) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i + marker.length <= read; i++) {
                if (matches(bytes, i, marker)) {
                    return position + i + (gzip ? 0 : 1);
                }
            }
            position += read - marker.length + 1;
        }
    }

    private static boolean matches(byte[] bytes, int at, byte[] marker) {
        for (int i = 0; i < marker.length; i++) {
            if (bytes[at + i] != marker[i]) {
                return false;
            }
        }
        return true;
    }

    private static void readRecord(WarcRecord record, String offset, long maxPayloadBytes, Visitor visitor,
                                   Counts counts) throws IOException {
        if (!(record instanceof WarcResponse response) || !isHttp(response)) {
            counts.skipped++;
            return;
        }
        var http = response.http();
        MediaType type = http.contentType().base();
        if (http.status() != 200 || !(type.equals(MediaType.HTML) || type.equals(XHTML))) {
            counts.skipped++;
            return;
        }
        try (InputStream body = http.body().stream()) {
            byte[] html = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPayloadBytes + 1));
            if (html.length > maxPayloadBytes) {
                counts.tooLarge++;
                visitor.problem("record " + offset + " (" + response.target() + ")",
                        "page larger than " + maxPayloadBytes + " bytes, skipped");
                return;
            }
            counts.pages++;
            String charset = http.contentType().parameters().get("charset");
            visitor.page(response.target(), response.date(), html, charset, offset);
        }
    }

    private static boolean isHttp(WarcResponse response) {
        try {
            return response.contentType().base().equals(MediaType.HTTP)
                    || response.contentType().base().equals(MediaType.parse("application/http"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.io.EOFException || message.contains("Unexpected end of ZLIB")
                || message.contains("Unexpected end")) {
            return "truncated: the file ends inside a record (" + message + ")";
        }
        return "cannot read: " + message;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
