package org.newsgraph.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Wraps a plain-text article into one of the invented page templates under {@code ingest/web/templates/}, in the
 * shapes news sites produce (navigation, cookie banner, ads, related links, comments, JSON-LD, AMP, OpenGraph, a
 * table layout). Blank lines separate paragraphs; a single line break inside one becomes {@code <br>}, so the text
 * a good extractor gives back is the original text. Used by the tests' fixtures and by {@code newsgraph bench --warc},
 * which wraps the benchmark's articles in them; the templates are this project's own, never copies of real pages.
 */
public final class PageTemplates {

    public static final List<String> NAMES = List.of("newsroom", "amp", "opengraph", "plainmeta");

    /** What a page says about its article besides the text. */
    public record PageFacts(String title, LocalDate date, String site, String author, String url) {}

    private PageTemplates() {
    }

    public static String template(String name) {
        try (InputStream in = PageTemplates.class.getResourceAsStream("/ingest/web/templates/" + name + ".html")) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String wrap(String templateName, String text, PageFacts facts) {
        String date = facts.date() == null ? "" : facts.date().toString();
        return template(templateName)
                .replace("{{json:title}}", json(facts.title()))
                .replace("{{json:site}}", json(facts.site()))
                .replace("{{json:author}}", json(facts.author()))
                .replace("{{json:url}}", json(facts.url()))
                .replace("{{title}}", attribute(facts.title()))
                .replace("{{site}}", attribute(facts.site()))
                .replace("{{author}}", attribute(facts.author()))
                .replace("{{url}}", attribute(facts.url()))
                .replace("{{datetime}}", date.isEmpty() ? "" : date + "T09:30:00Z")
                .replace("{{date}}", date)
                .replace("{{paragraphs}}", paragraphs(text));
    }

    /** Each blank-line separated block is one {@code <p>}, its inner line breaks {@code <br>}. */
    public static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String block : blocks(text)) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                lines.add(Entities.escape(line));
            }
            html.append("    <p>").append(String.join("<br>", lines)).append("</p>\n");
        }
        return html.toString();
    }

    static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!block.isBlank()) {
                blocks.add(block.strip());
            }
        }
        return blocks;
    }

    /** The inside of a JSON string: a script's text is not HTML, so entities would stay as they are. */
    private static String json(String value) {
        String quoted = org.newsgraph.ingest.web.PageTemplates.JSON.valueToTree(value == null ? "" : value).toString();
        return quoted.substring(1, quoted.length() - 1).replace("</", "<\\/");
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static String attribute(String value) {
        return value == null ? "" : Entities.escape(value).replace("\"", "&quot;");
    }

    /** BBC rows are one line: cut into paragraphs of three sentences, as a site prints them. */
    public static String threeSentenceParagraphs(String oneLine) {
        String[] sentences = oneLine.strip().split("(?<=[.!?\"]) (?=[A-Z\"])");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            if (i > 0) {
                out.append(i % 3 == 0 ? "\n\n" : " ");
            }
            out.append(sentences[i]);
        }
        return out.toString();
    }
}
