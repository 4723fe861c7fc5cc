package org.newsgraph.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
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

        /** A record that cannot be read; {@code fatal} when nothing after it can be read either. */
        void problem(String where, String reason, boolean fatal);
    }

    private WarcRecords() {
    }

    public static Counts read(InputStream in, long maxPayloadBytes, Visitor visitor) {
        Counts counts = new Counts();
        ReadableByteChannel channel = Channels.newChannel(in);
        try (WarcReader reader = new WarcReader(channel)) {
            int[] number = {0};
            reader.onWarning(message -> visitor.problem("record " + number[0], message, false));
            while (true) {
                Optional<WarcRecord> next;
                number[0]++;
                try {
                    next = reader.next();
                } catch (ParsingException e) {
                    visitor.problem("record " + number[0], "malformed WARC record (" + firstLine(e) + ")", true);
                    return counts;
                } catch (IOException e) {
                    visitor.problem("record " + number[0], reason(e), true);
                    return counts;
                }
                if (next.isEmpty()) {
                    return counts;
                }
                // jwarc gives the position of the record just read (in the compressed file, where its member starts).
                String offset = number[0] + " at byte " + reader.position();
                try {
                    readRecord(next.get(), offset, maxPayloadBytes, visitor, counts);
                } catch (ParsingException e) {
                    counts.skipped++;
                    visitor.problem("record " + offset, "malformed HTTP response (" + firstLine(e) + ")",
                            false);
                } catch (IOException e) {
                    visitor.problem("record " + offset, reason(e), true);
                    return counts;
                }
            }
        } catch (IOException e) {
            visitor.problem("file", reason(e), true);
            return counts;
        }
    }

    private static void readRecord(WarcRecord record, String offset, long maxPayloadBytes, Visitor visitor,
                                   Counts counts) throws IOException {
        if (!(record instanceof WarcResponse response) || !isHttp(response)) {
            counts.skipped++;
            return;
        }
        var http = response.http();
        MediaType type = http.contentType().base();
        if (http.status() != 200 || !(type.equals(MediaType.HTML) || type.equals(MediaType.parse("application/xhtml+xml")))) {
            counts.skipped++;
            return;
        }
        try (InputStream body = http.body().stream()) {
            byte[] html = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPayloadBytes + 1));
            if (html.length > maxPayloadBytes) {
                counts.tooLarge++;
                visitor.problem("record " + offset + " (" + response.target() + ")",
                        "page larger than " + maxPayloadBytes + " bytes, skipped", false);
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
