package org.newsgraph.bench;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.ingest.web.PageTemplates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's crawl: the slice's articles as web pages in the invented templates ({@link PageTemplates}), in one
 * {@code .warc.gz} padded to a given size with what a news crawl holds beside its articles: the request of every page,
 * photos (random bytes, as compressed images are to gzip), scripts and stylesheets, redirects, missing pages, pages
 * in other languages and copies of some articles under another outlet's address and headline. Only the articles and
 * their copies become documents; the build reads past the rest, which is what the scenario weighs.
 */
final class BenchCrawl {

    /** One article in this many is printed again by another outlet. */
    static final int COPY_EVERY = 20;
    /** One page in another language after this many articles. */
    static final int FOREIGN_EVERY = 25;
    private static final int IMAGE_BYTES = 256 * 1024;
    private static final Instant CRAWLED = Instant.parse("2026-01-01T00:00:00Z");

    /** Written by this class, in the register of a local news page; no article's text. */
    private static final List<String> FOREIGN = List.of(
            "Le conseil municipal a décidé lundi de reporter le vote sur le nouveau plan de circulation, faute "
                    + "d'accord entre les deux groupes. Les habitants attendent une réponse depuis plusieurs mois et "
                    + "demandent que la mairie publie enfin les chiffres de la consultation.",
            "Der Stadtrat hat am Montag beschlossen, die Abstimmung über den neuen Verkehrsplan zu verschieben, weil "
                    + "sich die beiden Fraktionen nicht einigen konnten. Die Anwohner warten seit Monaten auf eine "
                    + "Antwort und fordern, dass die Verwaltung die Ergebnisse der Befragung endlich veröffentlicht.");

    /** What the archive holds. */
    record Contents(long bytes, int records, int articles, int copies, int foreign, int skippedRecords) {
    }

    private final WarcWriter writer;
    private final FileChannel channel;
    private final SplittableRandom random = new SplittableRandom(15);
    private int records;
    private int skipped;

    private BenchCrawl(FileChannel channel) throws IOException {
        this.channel = channel;
        this.writer = new WarcWriter(channel, WarcCompression.GZIP);
    }

    /** Writes the crawl of {@code articles} to {@code file}, at least {@code minBytes} long. */
    static Contents write(List<BenchArticle> articles, Path file, long minBytes) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            BenchCrawl crawl = new BenchCrawl(channel);
            int copies = 0;
            int foreign = 0;
            for (int i = 0; i < articles.size(); i++) {
                BenchArticle article = articles.get(i);
                String url = "https://news.example.test/" + article.category() + "/" + article.id();
                crawl.page(url, PageTemplates.NAMES.get(i % PageTemplates.NAMES.size()), article.text(), null,
                        "The Daily Example");
                crawl.furniture("https://news.example.test", i, url);
                if (i % COPY_EVERY == COPY_EVERY - 1) {
                    BenchArticle original = articles.get(i - COPY_EVERY / 2);
                    crawl.page("https://wire-reprints.example.test/story/" + original.id(),
                            PageTemplates.NAMES.get((i + 1) % PageTemplates.NAMES.size()), original.text(),
                            "Reprinted from the wire", "Wire Reprints");
                    copies++;
                }
                if (i % FOREIGN_EVERY == FOREIGN_EVERY - 1) {
                    crawl.page("https://nouvelles.example.test/article-" + i, "plainmeta",
                            FOREIGN.get(foreign % FOREIGN.size()), "Lokales", "Nouvelles");
                    foreign++;
                }
                // Photos spread the padding over the crawl, as they come between the pages of a real one.
                long due = minBytes * (i + 1) / articles.size();
                while (channel.size() < due) {
                    crawl.image("https://news.example.test/img/" + article.id() + "-" + crawl.records + ".jpg");
                }
            }
            crawl.writer.close();
            return new Contents(Files.size(file), crawl.records, articles.size(), copies, foreign, crawl.skipped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the crawl " + file + ": " + e.getMessage(), e);
        }
    }

    private void page(String url, String template, String text, String title, String site) throws IOException {
        request(url);
        String html = PageTemplates.wrap(template, PageTemplates.threeSentenceParagraphs(text),
                new PageTemplates.PageFacts(title, null, site, "Staff Reporter", url));
        response(url, 200, "OK", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** The page's scripts and stylesheet, a redirect from its old address and a dead link next to it. */
    private void furniture(String site, int n, String articleUrl) throws IOException {
        response(site + "/js/bundle-" + n + ".js", 200, "OK", "application/javascript", script(24_000));
        response(site + "/js/ads-" + n + ".js", 200, "OK", "text/javascript", script(12_000));
        response(site + "/css/site-" + n + ".css", 200, "OK", "text/css", stylesheet(16_000));
        response(site + "/r/" + n, 301, "Moved Permanently", "text/html",
                ("<html><body><a href=\"" + articleUrl + "\">Moved</a></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
        response(site + "/archive/" + n, 404, "Not Found", "text/html; charset=utf-8",
                "<html><body><h1>Page not found</h1><p>Try the search.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
    }

    private void image(String url) throws IOException {
        byte[] photo = new byte[IMAGE_BYTES / 2 + random.nextInt(IMAGE_BYTES)];
        random.nextBytes(photo);
        response(url, 200, "OK", "image/jpeg", photo);
    }

    private byte[] script(int bytes) {
        StringBuilder js = new StringBuilder();
        while (js.length() < bytes) {
            int n = random.nextInt(100_000);
            js.append("function f").append(n).append("(e){var t=document.querySelectorAll('.slot-").append(n)
                    .append("');for(var i=0;i<t.length;i++){t[i].dataset.seen=e+").append(n).append(";}}\n");
        }
        return js.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] stylesheet(int bytes) {
        StringBuilder css = new StringBuilder();
        while (css.length() < bytes) {
            int n = random.nextInt(100_000);
            css.append(".block-").append(n).append("{margin:").append(n % 17).append("px;color:#")
                    .append(Integer.toHexString(0x100000 + n)).append(";}\n");
        }
        return css.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void request(String url) throws IOException {
        URI uri = URI.create(url);
        byte[] http = ("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
                + "\r\nUser-Agent: example-crawler/1.0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        writer.write(new WarcRequest.Builder(uri).date(CRAWLED).body(MediaType.HTTP_REQUEST, http).build());
        records++;
        skipped++;
    }

    private void response(String url, int status, String reason, String type, byte[] body) throws IOException {
        byte[] head = ("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        writer.write(new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(MediaType.HTTP_RESPONSE, http)
                .build());
        records++;
        if (status != 200 || !type.startsWith("text/html")) {
            skipped++;
        }
    }
}
