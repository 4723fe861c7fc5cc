package org.newsgraph.ingest.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Wraps a corpus of plain-text articles into the invented page templates, for the measurements in
 * docs/web-input.md; the pages are written at run time, never committed.
 *
 * <pre>
 * WrapCorpus seeds FOLDER OUT_FOLDER [OUT.warc.gz]     (.txt files and their manifest.tsv)
 * WrapCorpus csv FILE.csv OUT_FOLDER                    (a CSV with a 'text' column, e.g. the BBC bench)
 * WrapCorpus warc FILE.csv OUT.warc.gz MEGABYTES        (the CSV's pages repeated until the archive is that large)
 * </pre>
 */
public final class WrapCorpus {

    record Article(String id, String text, String title, LocalDate date, String site) {}

    private WrapCorpus() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "seeds" -> {
                List<Article> articles = seeds(Path.of(args[1]));
                writePages(articles, Path.of(args[2]));
                if (args.length > 3) {
                    writeWarc(articles, Path.of(args[3]), 0);
                }
            }
            case "csv" -> writePages(csv(Path.of(args[1])), Path.of(args[2]));
            case "warc" -> writeWarc(csv(Path.of(args[1])), Path.of(args[2]), Long.parseLong(args[3]) << 20);
            default -> throw new IllegalArgumentException("seeds, csv or warc");
        }
    }

    static List<Article> seeds(Path folder) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("manifest.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t");
            String text = Files.readString(folder.resolve(cells[0] + ".txt"));
            articles.add(new Article(cells[0], text, cells[3], LocalDate.parse(cells[1]), cells[2]));
        }
        return articles;
    }

    /** BBC-style rows: the text is one line; it is cut into paragraphs of three sentences, as sites print it. */
    static List<Article> csv(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                String id = file.getFileName().toString().replace(".csv", "") + "-" + String.format("%05d", row);
                articles.add(new Article(id, PageTemplates.threeSentenceParagraphs(record.get("text")), null, null, null));
            }
        }
        return articles;
    }

    static String page(Article article, int index) {
        String template = PageTemplates.NAMES.get(index % PageTemplates.NAMES.size());
        return PageTemplates.wrap(template, article.text(), new PageTemplates.PageFacts(article.title(),
                article.date(), article.site() == null ? "The Daily Example" : article.site(), "Staff Reporter",
                url(article)));
    }

    static String url(Article article) {
        return "https://news.example.test/" + (article.date() == null ? "" : article.date().toString()
                .replace('-', '/') + "/") + article.id();
    }

    static void writePages(List<Article> articles, Path out) throws IOException {
        Files.createDirectories(out);
        for (int i = 0; i < articles.size(); i++) {
            Files.writeString(out.resolve(articles.get(i).id() + ".html"), page(articles.get(i), i));
        }
    }

    /** One response per article, repeated under new URLs until the archive reaches {@code minBytes}. */
    static void writeWarc(List<Article> articles, Path out, long minBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); WarcWriter writer = new WarcWriter(channel,
                WarcCompression.GZIP)) {
            int round = 0;
            do {
                for (int i = 0; i < articles.size(); i++) {
                    Article article = articles.get(i);
                    String url = url(article) + (round == 0 ? "" : "-r" + round);
                    byte[] body = page(article, i + round).getBytes(StandardCharsets.UTF_8);
                    String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                            + body.length + "\r\n\r\n";
                    byte[] http = new byte[head.length() + body.length];
                    System.arraycopy(head.getBytes(StandardCharsets.ISO_8859_1), 0, http, 0, head.length());
                    System.arraycopy(body, 0, http, head.length(), body.length);
                    writer.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-01-01T00:00:00Z"))
                            .body(MediaType.HTTP_RESPONSE, http).build());
                }
                round++;
            } while (channel.size() < minBytes);
        }
    }
}
