package org.newsgraph.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML viewer in headless Chromium, offline: it draws, counts its nodes, finds Russia and lists its stances when
 * Russia is clicked, and shows markup from a hostile article as text without running any of it.
 */
class HtmlViewerChromiumTest {

    private static final Pattern BODY = Pattern.compile("<body([^>]*)>");
    private static final Pattern SCRIPTS = Pattern.compile("<script[^>]*>.*?</script>", Pattern.DOTALL);
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[a-zA-Z][^<>]*\\son[a-z]+\\s*=");
    private static final Pattern SELFTEST = Pattern.compile("<pre id=\"selftest\">(.*?)</pre>", Pattern.DOTALL);

    @TempDir
    static Path temp;

    static Path council;
    static Path councilHtml;
    static Path hostileHtml;
    static Path hostileStringsHtml;
    static Path timelineHtml;

    @BeforeAll
    static void export() {
        ExternalTool.CHROMIUM.require();
        council = GraphFixtures.storeWith(temp.resolve("council-db"), GraphFixtures.COUNCIL);
        councilHtml = GraphRun.export(council, temp.resolve("council.html"));
        Path hostile = GraphFixtures.storeWith(temp.resolve("hostile-db"), GraphFixtures.HOSTILE);
        hostileHtml = GraphRun.export(hostile, temp.resolve("hostile.html"));
        hostileStringsHtml = GraphRun.export(HostileStrings.storeAt(temp.resolve("strings-db")),
                temp.resolve("strings.html"));
        timelineHtml = GraphRun.export(GraphFixtures.storeWith(temp.resolve("timeline-db"), GraphFixtures.TIMELINE),
                temp.resolve("timeline.html"));
    }

    /** Headless Chromium on a fresh profile with every background connection off: the page gets no network. */
    private static List<String> chromium(String... more) throws IOException {
        Path profile = Files.createTempDirectory(temp, "chromium-profile");
        List<String> command = new ArrayList<>(List.of("/usr/bin/chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
        command.addAll(List.of(more));
        return command;
    }

    private static String dumpDom(Path page, String query) throws IOException {
        String url = page.toUri() + (query == null ? "" : "?" + query);
        ExternalTool.Result result = ExternalTool.run(chromium("--dump-dom", url), null, 120);
        assertEquals(0, result.exitCode(), result.err());
        return result.out();
    }

    private static String bodyAttributes(String dom) {
        Matcher body = BODY.matcher(dom);
        assertTrue(body.find(), dom.substring(0, Math.min(500, dom.length())));
        return body.group(1);
    }

    /** What the page's self-test copied from its panel after searching and clicking, as JSON. */
    private static JsonNode selfTest(Path page, String search) throws IOException {
        String dom = dumpDom(page, "selftest=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        assertTrue(bodyAttributes(dom).contains("data-selftest=\"done\""), bodyAttributes(dom));
        Matcher report = SELFTEST.matcher(dom);
        assertTrue(report.find(), "no self-test report in the page");
        return new ObjectMapper().readTree(unescapeText(report.group(1)));
    }

    /** Text as the DOM serialiser writes it: only &amp;, &lt;, &gt; and &nbsp; are escaped. */
    private static String unescapeText(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void theGraphDrawsOnTheScreen() throws IOException {
        int coloured = colouredPixelsOfDrawingArea("council.png");
        if (coloured <= DRAWING_AREA / 200) {
            // On a loaded machine headless Chromium can take the screenshot before its first paint; a page that never
            // draws fails the second capture too.
            coloured = colouredPixelsOfDrawingArea("council-again.png");
        }
        assertTrue(coloured > DRAWING_AREA / 200, coloured + " of " + DRAWING_AREA + " pixels drawn");
    }

    /** The drawing area: below the header, left of the details panel. Blank, it is all white. */
    private static final int DRAWING_AREA = (800 - 100) * (1200 - 420);

    private static int colouredPixelsOfDrawingArea(String file) throws IOException {
        Path png = temp.resolve(file);
        ExternalTool.Result result = ExternalTool.run(chromium("--window-size=1200,800", "--screenshot=" + png,
                councilHtml.toUri().toString()), null, 120);
        assertEquals(0, result.exitCode(), result.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        int coloured = 0;
        for (int y = 100; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth() - 420; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    coloured++;
                }
            }
        }
        return coloured;
    }

    @Test
    void theNodeCountOnThePageIsTheSparqlCount() throws IOException {
        String body = bodyAttributes(dumpDom(councilHtml, null));
        assertTrue(body.contains("data-ready=\"true\""), body);
        assertTrue(body.contains("data-node-count=\"" + GraphRun.sparqlCount(council, "count-nodes.rq") + "\""), body);
        assertTrue(body.contains("data-edge-count=\"" + GraphRun.sparqlCount(council, "count-edges.rq") + "\""), body);
    }

    @Test
    void searchFindsRussiaAndClickingItListsItsStances() throws IOException {
        JsonNode report = selfTest(councilHtml, "russia");
        assertEquals("Russia", report.get("matches").get(0).asText(), report.toString());
        assertEquals("Russia", report.get("selected").asText());
        List<String> relations = new ArrayList<>();
        report.get("facts").forEach(fact -> relations.add(fact.get("relation").asText()));
        assertTrue(relations.contains("Russia opposes draft resolution on the Port Vela corridor"), relations.toString());
        assertTrue(relations.contains("Russia vetoed draft resolution on the Port Vela corridor"), relations.toString());
        assertTrue(relations.contains("evacuation from Port Vela obstructedBy Russia"), relations.toString());
        assertTrue(relations.contains("Oleg Varsin represents Russia"), relations.toString());
        assertEquals(4, relations.size(), relations.toString());
        JsonNode opposes = report.get("facts").get(relations.indexOf(
                "Russia opposes draft resolution on the Port Vela corridor"));
        assertEquals(2, opposes.get("sentences").size(), opposes.toString());
        assertTrue(opposes.get("sentences").get(1).asText().startsWith("Russia had said for days"), opposes.toString());
        assertTrue(opposes.get("sources").get(1).asText()
                .startsWith("Russia vetoes Port Vela corridor draft; Estavia votes in favour \u2014 2021-04-05"),
                opposes.toString());
    }

    @Test
    void anEvacuationReportedByThreeArticlesShowsEachOnesStatusInDateOrder() throws IOException {
        JsonNode report = selfTest(timelineHtml, "Evacuation from Varnholt");
        assertEquals("Evacuation from Varnholt (2031-02-27)", report.get("selected").asText(), report.toString());
        JsonNode timeline = report.get("timeline");
        assertEquals(3, timeline.size(), report.toString());
        List<String> steps = new ArrayList<>();
        timeline.forEach(step -> steps.add(step.get("date").asText() + " " + step.get("status").asText()));
        assertEquals(List.of("2031-02-27 Planned", "2031-03-01 Ongoing", "2031-03-04 Suspended"), steps);
        assertEquals("The evacuation of Varnholt was halted after the Ridge Militia shelled the road.",
                timeline.get(2).get("sentence").asText());
        assertTrue(timeline.get(2).get("source").asText().startsWith("Shelling halts Varnholt evacuation"),
                timeline.toString());
        // the facts of every article meet on the one event, each with its own article
        List<String> relations = new ArrayList<>();
        report.get("facts").forEach(fact -> relations.add(fact.get("relation").asText()));
        assertTrue(relations.contains("Evacuation from Varnholt (2031-02-27) facilitatedBy Blue Road Society"),
                relations.toString());
        assertTrue(relations.contains("Evacuation from Varnholt (2031-02-27) obstructedBy Ridge Militia"),
                relations.toString());
    }

    @Test
    void aCountryHasNoTimeline() throws IOException {
        JsonNode report = selfTest(councilHtml, "russia");
        assertEquals(0, report.get("timeline").size(), report.toString());
    }

    @Test
    void aTypeFilterHidesThoseNodesFromTheGraphAndTheSearch() throws IOException {
        String dom = dumpDom(councilHtml, "selftest=" + URLEncoder.encode("o", StandardCharsets.UTF_8)
                + "&hide=Person&hide=Place");
        // 13 nodes less two persons and three places
        assertTrue(bodyAttributes(dom).contains("data-visible-node-count=\"8\""), bodyAttributes(dom));
        Matcher report = SELFTEST.matcher(dom);
        assertTrue(report.find());
        JsonNode matches = new ObjectMapper().readTree(unescapeText(report.group(1))).get("matches");
        matches.forEach(match -> assertFalse(Set.of("Oleg Varsin", "Mira Tolvan", "Port Vela", "Amber Coast")
                .contains(match.asText()), matches.toString()));
        assertTrue(matches.toString().contains("Norland"), matches.toString());
    }

    @Test
    void searchMatchesOtherNamesToo() throws IOException {
        JsonNode report = selfTest(councilHtml, "Russian Federation");
        assertEquals("Russia", report.get("selected").asText(), report.toString());
    }

    @Test
    void namesThatBreakFileFormatsAreDrawnAndShownAsTheirText() throws IOException {
        String plain = dumpDom(hostileStringsHtml, null);
        assertTrue(bodyAttributes(plain).contains("data-node-count=\"" + HostileStrings.NAMES.size() + "\""),
                bodyAttributes(plain));
        JsonNode report = selfTest(hostileStringsHtml, "apostrophe");
        assertFalse(bodyAttributes(dumpDom(hostileStringsHtml, "selftest=apostrophe")).contains("pwned"));
        assertEquals(HostileStrings.NAMES.get(1), report.get("selected").asText(), report.toString());
        JsonNode fact = report.get("facts").get(0);
        assertEquals(HostileStrings.NAMES.get(0) + " opposes " + HostileStrings.NAMES.get(1),
                fact.get("relation").asText());
        assertEquals(HostileStrings.SENTENCE, fact.get("sentences").get(0).asText());
        assertTrue(fact.get("sources").get(0).asText().startsWith(HostileStrings.TITLE), fact.toString());
    }

    @Test
    void scriptInAnArticleStaysInert() throws IOException {
        String plain = dumpDom(hostileHtml, null);
        assertTrue(bodyAttributes(plain).contains("data-node-count=\"3\""), bodyAttributes(plain));
        for (String search : List.of("Hostile", "onload", "pwned='alt'", "Slash")) {
            String dom = dumpDom(hostileHtml, "selftest=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
            String body = bodyAttributes(dom);
            assertTrue(body.contains("data-selftest=\"done\""), search + ": " + body);
            assertFalse(body.contains("pwned"), search + ": " + body);
            // Text in the serialised DOM has its < escaped, so every < left outside the scripts opens an element.
            String markup = SCRIPTS.matcher(dom).replaceAll("<script></script>");
            assertFalse(markup.contains("<img"), search + ": an img element was created");
            assertFalse(markup.contains("<svg"), search + ": an svg element was created");
            Matcher handler = EVENT_HANDLER.matcher(markup);
            assertFalse(handler.find(), search + ": an element got an event handler: "
                    + (handler.find(0) ? handler.group() : ""));
            assertEquals(3, countOf(markup, "<script"), search + ": scripts in the page");
        }
        JsonNode report = selfTest(hostileHtml, "Hostile");
        assertEquals("Hostile <script>document.body.dataset.pwned='label'</script>", report.get("selected").asText());
        JsonNode fact = report.get("facts").get(0);
        assertEquals("Hostile <script>document.body.dataset.pwned='label'</script> represents "
                + "Quote \" onload=\"document.body.dataset.pwned='attribute'\" & Co", fact.get("relation").asText());
        assertEquals("He spoke <img src=x onerror=\"document.body.dataset.pwned='sentence'\"> for them.",
                fact.get("sentences").get(0).asText());
        assertTrue(fact.get("sources").get(0).asText()
                .startsWith("<script>document.body.dataset.pwned='title'</script> Hostile headline"), fact.toString());
    }
}
