package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.IngestFixtures.collect;
import static org.newsgraph.ingest.IngestFixtures.document;
import static org.newsgraph.ingest.IngestFixtures.ids;
import static org.newsgraph.ingest.IngestFixtures.messages;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.ingest.web.PageTemplates;

/** WARC archives written with jwarc's own writer: pages become documents, the rest is counted, damage reported. */
class WarcInputTest {

    private static final Instant CRAWLED = Instant.parse("2026-02-12T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void statusOkHtmlResponsesBecomeDocumentsAndOtherRecordsAreSkipped() throws IOException {
        Path warc = folder.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(response("https://news.example.test/2026/02/10/harbour-breakwater.html", 200, "text/html",
                    page("newsroom", LocalDate.of(2026, 2, 10))));
            writer.write(response("https://news.example.test/missing", 404, "text/html", "<p>Not found</p>"));
            writer.write(response("https://news.example.test/logo.png", 200, "image/png", "PNG"));
            writer.write(response("https://other.example.test/world/harbour-breakwater", 200,
                    "text/html; charset=utf-8", page("plainmeta", null)));
        }
        IngestResult result = collect(warc);
        assertEquals(List.of(), result.problems(), () -> messages(result.problems()));
        assertEquals(List.of("harbour-breakwater", "harbour-breakwater-" + hashOf(
                "https://other.example.test/world/harbour-breakwater")), ids(result));
        Document first = result.documents().get(0);
        assertEquals(WebInputTest.STORY, first.text());
        assertEquals(LocalDate.of(2026, 2, 10), first.date());
        assertEquals("https://news.example.test/2026/02/10/harbour-breakwater.html", first.source());
        // The second page states no date in a form the page metadata or a dateline gives: the crawl's date.
        assertEquals(LocalDate.of(2026, 2, 12), result.documents().get(1).date());
    }

    @Test
    void aTruncatedGzipMemberIsOneLineAndTheRecordsBeforeItAreBuilt() throws IOException {
        Path warc = folder.resolve("cut.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(response("https://news.example.test/a/first-story", 200, "text/html",
                    page("amp", LocalDate.of(2026, 2, 10))));
            writer.write(response("https://news.example.test/a/second-story", 200, "text/html",
                    page("opengraph", LocalDate.of(2026, 2, 11))));
        }
        byte[] whole = Files.readAllBytes(warc);
        Files.write(warc, java.util.Arrays.copyOf(whole, whole.length - 200));
        IngestResult result = collect(warc);
        assertEquals(List.of("first-story"), ids(result));
        assertEquals(1, result.problems().size(), () -> messages(result.problems()));
        String line = result.problems().get(0).message();
        assertTrue(line.startsWith(warc + ": record 2"), line);
        assertTrue(line.contains("truncated"), line);
    }

    @Test
    void aMalformedRecordIsOneLineNamingFileAndRecordAndTheRecordsAfterItAreBuilt() throws IOException {
        Path warc = folder.resolve("broken.warc");
        write(warc, WarcCompression.NONE, "kept-story");
        Files.writeString(warc, "WARC/1.1\r\nWARC-Type: response\r\nthis is no header line\r\n\r\n",
                StandardOpenOption.APPEND);
        Path rest = folder.resolve("rest.warc");
        write(rest, WarcCompression.NONE, "later-story");
        Files.write(warc, Files.readAllBytes(rest), StandardOpenOption.APPEND);
        IngestResult result = collect(warc);
        assertEquals(List.of("kept-story", "later-story"), ids(result));
        assertEquals(1, result.problems().size(), () -> messages(result.problems()));
        String line = result.problems().get(0).message();
        assertTrue(line.startsWith(warc + ": record 2: malformed WARC record"), line);
    }

    @Test
    void aDamagedGzipMemberInTheMiddleCostsOnlyItsRecord() throws IOException {
        Path warc = folder.resolve("damaged.warc.gz");
        write(warc, WarcCompression.GZIP, "first-story");
        long secondStarts = Files.size(warc);
        Path second = folder.resolve("second.warc.gz");
        write(second, WarcCompression.GZIP, "second-story");
        byte[] damaged = Files.readAllBytes(second);
        for (int i = 40; i < 120; i++) {
            damaged[i] = (byte) 0xAB;
        }
        Files.write(warc, damaged, StandardOpenOption.APPEND);
        Path third = folder.resolve("third.warc.gz");
        write(third, WarcCompression.GZIP, "third-story");
        Files.write(warc, Files.readAllBytes(third), StandardOpenOption.APPEND);
        IngestResult result = collect(warc);
        assertEquals(List.of("first-story", "third-story"), ids(result));
        assertEquals(1, result.problems().size(), () -> messages(result.problems()));
        assertTrue(result.problems().get(0).message().startsWith(warc + ": record "),
                result.problems().get(0).message());
        assertTrue(secondStarts > 0);
    }

    private static void write(Path warc, WarcCompression compression, String slug) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), compression)) {
            writer.write(response("https://news.example.test/a/" + slug, 200, "text/html",
                    page("newsroom", LocalDate.of(2026, 2, 10))));
        }
    }

    static String page(String template, LocalDate date) {
        return PageTemplates.wrap(template, WebInputTest.STORY, new PageTemplates.PageFacts(
                "Harbour board backs breakwater", date, "The Daily Example", "Staff Reporter",
                "https://news.example.test/harbour-breakwater"));
    }

    static WarcResponse response(String url, int status, String type, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Not Found") + "\r\nContent-Type: " + type
                + "\r\nContent-Length: " + payload.length + "\r\n\r\n";
        byte[] http = new byte[head.length() + payload.length];
        System.arraycopy(head.getBytes(StandardCharsets.ISO_8859_1), 0, http, 0, head.length());
        System.arraycopy(payload, 0, http, head.length(), payload.length);
        return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(MediaType.HTTP_RESPONSE, http).build();
    }

    private static String hashOf(String url) {
        return org.newsgraph.nlp.AnnotationCache.sha256(url).substring(0, 8);
    }
}
