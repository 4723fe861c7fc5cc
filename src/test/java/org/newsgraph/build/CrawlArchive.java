package org.newsgraph.build;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.ingest.web.PageTemplates;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a crawl-like WARC with jwarc: invented English articles in the page templates, and beside them the records a
 * crawl also holds and a build skips (images, scripts, stylesheets, redirects, missing pages). Texts are random
 * sentences of plain words, so no two articles are copies unless written as such.
 */
public final class CrawlArchive implements AutoCloseable {

    private static final String[] WORDS = ("the council said on monday that its members would meet again to discuss "
            + "a new plan for the region after talks ended without an agreement between the two sides while "
            + "officials from several countries called for calm and urged leaders to return to the table before "
            + "the end of the month as thousands of people waited for help in cities across the north where roads "
            + "were closed and food was running short according to aid workers who spoke to reporters").split(" ");

    private static final Instant CRAWLED = Instant.parse("2031-03-01T00:00:00Z");

    private final WarcWriter writer;
    private final Random random;
    private int records;

    public CrawlArchive(Path file, long seed) throws IOException {
        this.writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
        this.random = new Random(seed);
    }

    /** An article text of about {@code chars} characters: paragraphs of four sentences, blank lines between. */
    public String text(int chars) {
        StringBuilder text = new StringBuilder();
        while (text.length() < chars) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            for (int sentence = 0; sentence < 4; sentence++) {
                String first = WORDS[random.nextInt(WORDS.length)];
                text.append(sentence == 0 ? "" : " ").append(Character.toUpperCase(first.charAt(0)))
                        .append(first.substring(1));
                for (int w = 0; w < 20; w++) {
                    text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
                }
                text.append('.');
            }
        }
        return text.toString();
    }

    /** An article page under {@code url}, in one of the templates, dated {@code date}. */
    public void article(String url, String title, String text, LocalDate date) throws IOException {
        String template = PageTemplates.NAMES.get(records % PageTemplates.NAMES.size());
        String html = PageTemplates.wrap(template, text, new PageTemplates.PageFacts(title, date,
                "The Daily Example", "Staff Reporter", url));
        response(url, 200, "OK", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** What a crawl fetches besides articles: an image of {@code imageBytes}, a script, a stylesheet, a redirect, a 404. */
    public void furniture(String site, int imageBytes) throws IOException {
        byte[] image = new byte[imageBytes];
        random.nextBytes(image);
        int n = records;
        response(site + "/img/photo-" + n + ".jpg", 200, "OK", "image/jpeg", image);
        response(site + "/js/app-" + n + ".js", 200, "OK", "application/javascript",
                "window.dataLayer = window.dataLayer || []; function track(e) { dataLayer.push(e); }"
                        .getBytes(StandardCharsets.UTF_8));
        response(site + "/css/site-" + n + ".css", 200, "OK", "text/css",
                "body { font-family: serif; } .nav { display: flex; }".getBytes(StandardCharsets.UTF_8));
        response(site + "/old/" + n, 301, "Moved Permanently", "text/html",
                "<a href=\"/new\">moved</a>".getBytes(StandardCharsets.UTF_8));
        response(site + "/gone/" + n, 404, "Not Found", "text/html",
                "<html><body><p>Page not found</p></body></html>".getBytes(StandardCharsets.UTF_8));
    }

    public void response(String url, int status, String reason, String type, byte[] body) throws IOException {
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        byte[] http = new byte[head.length() + body.length];
        System.arraycopy(head.getBytes(StandardCharsets.ISO_8859_1), 0, http, 0, head.length());
        System.arraycopy(body, 0, http, head.length(), body.length);
        writer.write(new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(MediaType.HTTP_RESPONSE, http)
                .build());
        records++;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
