package org.newsgraph.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.graph.HostileStrings.DOCUMENT_ID;
import static org.newsgraph.graph.HostileStrings.NAMES;
import static org.newsgraph.graph.HostileStrings.SENTENCE;
import static org.newsgraph.graph.HostileStrings.TITLE;

/**
 * The {@link HostileStrings} article written in every graph and RDF format, each file read back with a parser that
 * owes nothing to the writer: every string must come back as the same text. Also the document filters of the
 * command line, given that article's id and SPARQL injection attempts.
 */
class HostileStringsExportTest {

    @TempDir
    static Path temp;

    static Path store;

    @BeforeAll
    static void hostileStore() {
        store = HostileStrings.storeAt(temp.resolve("db"));
    }

    /** What a format that cannot carry control characters shows instead: U+FFFD, never a broken file. */
    private static Set<String> expected() {
        Set<String> names = new TreeSet<>();
        NAMES.forEach(name -> names.add(ExportText.clean(name)));
        return names;
    }

    private static Set<String> cleaned(Set<String> values) {
        Set<String> names = new TreeSet<>();
        values.forEach(value -> names.add(ExportText.clean(value)));
        return names;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void graphMlReadByAnXmlParserHasEveryNameAsText() throws Exception {
        Document graphml = xml(Files.readAllBytes(GraphRun.export(store, temp.resolve("h.graphml"))));
        String labelKey = null;
        NodeList keys = graphml.getElementsByTagNameNS(GraphMlWriter.GRAPHML_NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            if (key.getAttribute("attr.name").equals("label")) {
                labelKey = key.getAttribute("id");
            }
        }
        Set<String> labels = new TreeSet<>();
        NodeList data = graphml.getElementsByTagNameNS(GraphMlWriter.GRAPHML_NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element cell = (Element) data.item(i);
            if (cell.getAttribute("key").equals(labelKey) && cell.getParentNode().getLocalName().equals("node")) {
                labels.add(cell.getTextContent());
            }
        }
        assertEquals(expected(), labels);
    }

    @Test
    void cytoscapeJsonReadByJacksonHasEveryNameIntact() throws Exception {
        JsonNode root = new ObjectMapper().readTree(GraphRun.export(store, temp.resolve("h.cyjs")).toFile());
        Set<String> labels = new HashSet<>();
        root.get("elements").get("nodes").forEach(node -> labels.add(node.get("data").get("label").asText()));
        assertEquals(NAMES.size(), root.get("elements").get("nodes").size());
        assertEquals(expected(), cleaned(labels));
        assertEquals(1, root.get("elements").get("edges").size());
    }

    @Test
    void dotRenderedByGraphvizHasEveryNodeAndNoScript() throws Exception {
        ExternalTool.DOT.require();
        Path dot = GraphRun.export(store, temp.resolve("h.dot"));
        ExternalTool.Result svg = ExternalTool.run(List.of("/usr/bin/dot", "-Tsvg", dot.toString()), null, 120);
        assertEquals(0, svg.exitCode(), svg.err());
        Document document = xml(svg.out().getBytes(StandardCharsets.UTF_8));
        assertEquals(0, document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "script").getLength());
        Set<String> labels = new TreeSet<>();
        NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        int nodes = 0;
        int edges = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("edge")) {
                edges++;
            }
            if (!group.getAttribute("class").equals("node")) {
                continue;
            }
            nodes++;
            NodeList texts = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
            StringBuilder label = new StringBuilder();
            for (int t = 0; t < texts.getLength(); t++) {
                label.append(t == 0 ? "" : "\n").append(texts.item(t).getTextContent());
            }
            labels.add(label.toString());
        }
        assertEquals(NAMES.size(), nodes);
        assertEquals(1, edges);
        // Graphviz draws each line of a label as its own text element.
        for (String name : expected()) {
            String drawn = String.join("\n", name.lines().toList());
            assertTrue(labels.contains(drawn), () -> "'" + drawn + "' is not among the drawn labels " + labels);
        }
    }

    @Test
    void theViewersDataElementCannotEndEarlyAndHoldsEveryStringIntact() throws Exception {
        String html = Files.readString(GraphRun.export(store, temp.resolve("h.html")));
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"newsgraph-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue(data.find(), "no data element");
        String json = data.group(1);
        assertFalse(json.contains("<"), "markup characters are escaped inside the data element");
        JsonNode root = new ObjectMapper().readTree(json);
        String all = root.toString();
        Set<String> labels = new HashSet<>();
        root.findValues("label").forEach(label -> labels.add(label.asText()));
        for (String name : expected()) {
            assertTrue(cleaned(labels).contains(name), () -> "missing label '" + name + "'");
        }
        assertTrue(root.findValuesAsText("sentence").contains(SENTENCE)
                || all.contains(new ObjectMapper().writeValueAsString(SENTENCE)), "the sentence is in the data");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyRdfExportReadByRiotHasEveryStringBack(ExportFormat format) {
        Path file = temp.resolve("h." + format.extension());
        GraphRun.Output run = GraphRun.newsgraph("export", "--store", store.toString(), "--format", format.label(),
                "--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());

        Dataset dataset = DatasetFactory.create();
        RDFParser.source(file).lang(format.lang()).parse(dataset);
        Model union = dataset.getUnionModel().union(dataset.getDefaultModel());
        Set<String> labels = new HashSet<>();
        union.listObjectsOfProperty(RDFS.label).forEachRemaining(label -> labels.add(label.asLiteral().getString()));
        boolean xml = format == ExportFormat.RDFXML;
        Set<String> names = xml ? expected() : new TreeSet<>(NAMES);
        assertTrue(labels.containsAll(names), () -> "missing " + difference(names, labels));
        assertEquals(Set.of(DOCUMENT_ID), strings(union, DCTerms.identifier));
        assertEquals(Set.of(TITLE), strings(union, DCTerms.title));
        assertEquals(Set.of(SENTENCE), strings(union, NG.sentence));
    }

    @Test
    void aDocumentIdFullOfSparqlSyntaxIsMatchedLiterally() throws Exception {
        JsonNode exact = new ObjectMapper().readTree(GraphRun.export(store, temp.resolve("doc.cyjs"), "--doc",
                DOCUMENT_ID).toFile());
        assertEquals(NAMES.size(), exact.get("elements").get("nodes").size());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "x\" || true || \"",
            "x\" } } UNION { GRAPH ?g { ?doc ?p ?id } } #",
            "x\"^^<http://www.w3.org/2001/XMLSchema#string> ) } ; DROP ALL ; #",
            "x' } } #",
            "?id",
            "x\\\" } #"})
    void injectionThroughDocumentFiltersMatchesNothingAndChangesNothing(String attempt) throws Exception {
        JsonNode filtered = new ObjectMapper().readTree(GraphRun.export(store, temp.resolve("inject.cyjs"), "--doc",
                attempt).toFile());
        assertEquals(0, filtered.get("elements").get("nodes").size(), filtered::toString);

        GraphRun.Output export = GraphRun.newsgraph("export", "--store", store.toString(), "--format", "nquads",
                "--graph", attempt, "--out", temp.resolve("inject.nq").toString());
        assertEquals(1, export.exitCode(), export.err());
        assertTrue(export.err().contains("no document '" + attempt + "'"), export.err());

        GraphRun.Output remove = GraphRun.newsgraph("remove", attempt, "--store", store.toString());
        assertEquals(1, remove.exitCode(), remove.err());
        try (GraphStore reader = GraphStore.openForReading(store)) {
            assertEquals(Set.of(DOCUMENT_ID), reader.documentIds(), "the store is unchanged");
        }
    }

    @Test
    void datesThatAreNotDatesAreRefusedBeforeAnyQuery() {
        GraphRun.Output run = GraphRun.newsgraph("graph", "--store", store.toString(), "--since",
                "2020-01-01\" ) } #", "--out", temp.resolve("never.json").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertFalse(Files.exists(temp.resolve("never.json")));
    }

    private static Set<String> strings(Model model, org.apache.jena.rdf.model.Property property) {
        Set<String> values = new HashSet<>();
        for (RDFNode node : model.listObjectsOfProperty(property).toList()) {
            Literal literal = node.asLiteral();
            values.add(literal.getString());
        }
        return values;
    }

    private static Set<String> difference(Set<String> wanted, Set<String> found) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(found);
        return missing;
    }
}
