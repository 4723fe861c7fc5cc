package org.newsgraph.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export files as files: what they declare and hold, read with Java's own parsers. */
class GraphExportsTest {

    @TempDir
    static Path temp;

    static Path council;
    static Path hostile;

    @BeforeAll
    static void stores() {
        council = GraphFixtures.storeWith(temp.resolve("council-db"), GraphFixtures.COUNCIL);
        hostile = GraphFixtures.storeWith(temp.resolve("hostile-db"), GraphFixtures.HOSTILE);
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void graphMlDeclaresAKeyForEveryAttributeItUses() throws Exception {
        Document graphml = xml(GraphRun.export(council, temp.resolve("keys.graphml")));
        NodeList keys = graphml.getElementsByTagNameNS(GraphMlWriter.GRAPHML_NS, "key");
        Set<String> declared = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            declared.add(key.getAttribute("id"));
            names.add(key.getAttribute("attr.name"));
        }
        assertTrue(names.containsAll(Set.of("label", "type", "iri", "wikidata", "degree", "documents", "predicate",
                "evidence", "firstDate", "lastDate")), names.toString());
        NodeList data = graphml.getElementsByTagNameNS(GraphMlWriter.GRAPHML_NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            String key = ((Element) data.item(i)).getAttribute("key");
            assertTrue(declared.contains(key), "undeclared key " + key);
        }
        assertEquals(13, graphml.getElementsByTagNameNS(GraphMlWriter.GRAPHML_NS, "node").getLength());
        assertEquals(15, graphml.getElementsByTagNameNS(GraphMlWriter.GRAPHML_NS, "edge").getLength());
        // yEd's own label and fill, one per node
        assertEquals(13, graphml.getElementsByTagNameNS(GraphMlWriter.YED_NS, "NodeLabel").getLength());
    }

    @Test
    void cytoscapeElementsHaveIdsSourcesAndTargets() throws IOException {
        JsonNode root = new ObjectMapper().readTree(GraphRun.export(council, temp.resolve("g.cyjs")).toFile());
        JsonNode nodes = root.get("elements").get("nodes");
        JsonNode edges = root.get("elements").get("edges");
        assertEquals(13, nodes.size());
        assertEquals(15, edges.size());
        Set<String> ids = new HashSet<>();
        nodes.forEach(node -> ids.add(node.get("data").get("id").asText()));
        for (JsonNode edge : edges) {
            assertTrue(ids.contains(edge.get("data").get("source").asText()), edge.toString());
            assertTrue(ids.contains(edge.get("data").get("target").asText()), edge.toString());
            assertTrue(edge.get("data").get("id").asText().matches("e\\d+"), edge.toString());
        }
        assertEquals("1.0", root.get("format_version").asText());
    }

    @Test
    void dotQuotesEveryLabelAndCarriesTheLegend() throws IOException {
        String dot = Files.readString(GraphRun.export(hostile, temp.resolve("h.dot")));
        assertTrue(dot.startsWith("digraph newsgraph {"), dot);
        assertTrue(dot.contains("label=\"Quote \\\" onload=\\\"document.body.dataset.pwned='attribute'\\\" & Co\""),
                dot);
        assertTrue(dot.contains("label=\"Slash \\\\N town \\\\\\\" end\uFFFD bell\""), dot);
        assertTrue(dot.contains("<td bgcolor=\"#E69F00\" border=\"1\">Person</td>"), dot);
        assertFalse(dot.contains("https://w3id.org/newsgraph/id/person/hostile ->"), "IRIs are not DOT ids");
    }

    @Test
    void theViewerEmbedsTheDataEscapedAndAdmitsOnlyItsOwnScripts() throws Exception {
        String html = Files.readString(GraphRun.export(hostile, temp.resolve("h.html")));
        assertFalse(html.contains("pwned='label'</script>"), "a name closed the data element");
        assertFalse(html.contains("<img src=x"), "a sentence reached the page as markup");
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"newsgraph-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue(data.find());
        JsonNode parsed = new ObjectMapper().readTree(data.group(1));
        assertEquals("Hostile <script>document.body.dataset.pwned='label'</script>",
                parsed.get("elements").get("nodes").get(0).get("data").get("label").asText());

        Matcher scripts = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        Matcher policy = Pattern.compile("script-src ([^;]+);").matcher(html);
        assertTrue(policy.find(), "no Content-Security-Policy");
        Set<String> allowed = Set.of(policy.group(1).split(" "));
        int inline = 0;
        while (scripts.find()) {
            inline++;
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(scripts.group(1).getBytes(StandardCharsets.UTF_8));
            assertTrue(allowed.contains("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'"),
                    "script " + inline + " is not admitted by " + allowed);
        }
        assertEquals(2, inline);
        assertFalse(policy.group(1).contains("unsafe-inline"));
        assertTrue(html.contains("Copyright (c) 2016-2025, The Cytoscape Consortium"), "library notice kept");
        assertFalse(Pattern.compile("(?i)\\b(src|href)=\"https?:").matcher(html).find(), "a network reference");
    }

    @Test
    void theTemplateIsFilledInOnePass() {
        assertEquals("a {{library}} b LIB", HtmlViewer.fill("a {{data}} b {{library}}",
                Map.of("data", "{{library}}", "library", "LIB")));
    }

    @ParameterizedTest
    @CsvSource({"graph.graphml,GRAPHML", "graph.GV,DOT", "graph.dot,DOT", "g.cyjs,CYJS", "viewer.html,HTML",
            "a.b.svg,SVG", "x.png,PNG"})
    void theOutFileExtensionNamesTheFormat(String file, GraphFormat format) {
        assertEquals(format, GraphFormat.ofFileName(file).orElseThrow());
    }

    @Test
    void exportsWriteToStandardOutputWithoutOut() {
        GraphRun.Output run = GraphRun.newsgraph("graph", "--store", council.toString(), "--format", "dot",
                "--predicate", "vetoed");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("digraph newsgraph {"), run.out());
        assertEquals(1, run.out().lines().filter(line -> line.contains(" -> ")).count(), run.out());
        assertEquals("", run.err());
    }

    @Test
    void writingAFileSaysWhatWasWritten() {
        GraphRun.Output run = GraphRun.newsgraph("graph", "--store", council.toString(), "--out",
                temp.resolve("sub/folder/g.html").toString(), "--type", "Actor,Resolution", "--since", "2021-04-05");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Wrote 3 nodes and 4 edges from 2 documents to "), run.err());
        assertTrue(run.err().strip().endsWith("g.html (html)"), run.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--type|Actors|unknown type 'Actors'; use Actor, Person",
            "--predicate|status|unknown predicate 'status'; use one of drafted",
            "--since|5 April|--since '5 April' is not a date; use YYYY-MM-DD",
            "--min-evidence|two|--min-evidence 'two' is not a whole number",
            "--min-evidence|-1|--min-evidence must be 0 or more, got -1",
            "--format|gexf|unknown format 'gexf'; use graphml|dot|cyjs|html|svg|png"})
    void aWrongOptionIsOneLineAndExitCode2(String option, String value, String message) {
        GraphRun.Output run = GraphRun.newsgraph("graph", "--store", temp.resolve("never-opened").toString(),
                option, value);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("newsgraph: " + message), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(Files.exists(temp.resolve("never-opened")));
    }

    @Test
    void sinceAfterUntilIsRefused() {
        GraphRun.Output run = GraphRun.newsgraph("graph", "--store", council.toString(), "--since", "2021-05-01",
                "--until", "2021-04-01");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("newsgraph: --since 2021-05-01 is after --until 2021-04-01"), run.err());
    }

    @Test
    void aMissingStoreIsOneLine() {
        GraphRun.Output run = GraphRun.newsgraph("graph", "--store", temp.resolve("nothing-here").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void helpListsTheFiltersAndFormats() {
        GraphRun.Output run = GraphRun.newsgraph("graph", "--help");
        assertEquals(0, run.exitCode());
        for (String option : List.of("--format FORMAT", "--out FILE", "--type TYPES", "--predicate PREDICATES",
                "--doc ID", "--since DATE", "--until DATE", "--min-evidence N", "--store DIR")) {
            assertTrue(run.out().contains("  " + option + " "), option + " in\n" + run.out());
        }
    }
}
