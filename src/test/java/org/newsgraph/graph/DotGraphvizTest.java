package org.newsgraph.graph;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DOT export as Graphviz renders it, and the svg and png formats that run Graphviz themselves. */
class DotGraphvizTest {

    @TempDir
    static Path temp;

    static Path council;
    static Path hostile;

    @BeforeAll
    static void stores() {
        ExternalTool.DOT.require("/usr/bin/dot", "-V");
        council = GraphFixtures.storeWith(temp.resolve("council-db"), GraphFixtures.COUNCIL);
        hostile = GraphFixtures.storeWith(temp.resolve("hostile-db"), GraphFixtures.HOSTILE);
    }

    private static Document parseXml(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // Graphviz's SVG names the SVG 1.1 DTD; it must not be fetched.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The SVG groups Graphviz draws with the given class ("node", "edge"). */
    private static List<Element> groups(Document svg, String svgClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < all.getLength(); i++) {
            Element group = (Element) all.item(i);
            if (group.getAttribute("class").equals(svgClass)) {
                found.add(group);
            }
        }
        return found;
    }

    private static byte[] renderWithDot(Path dotFile) throws IOException {
        ExternalTool.Result result = ExternalTool.run(List.of("/usr/bin/dot", "-Tsvg", dotFile.toString()), null, 120);
        assertEquals(0, result.exitCode(), result.err());
        return result.out().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void dotRendersToAnSvgWithEveryNodeAndEdge() throws Exception {
        byte[] svg = renderWithDot(GraphRun.export(council, temp.resolve("council.dot")));
        assertTrue(svg.length > 1000, "SVG of " + svg.length + " bytes");
        Document document = parseXml(svg);
        assertEquals(GraphRun.sparqlCount(council, "count-nodes.rq"), groups(document, "node").size());
        assertEquals(GraphRun.sparqlCount(council, "count-edges.rq"), groups(document, "edge").size());
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("Russia") && text.contains("vetoed"), text);
        assertTrue(text.contains("Resolution") && text.contains("opposition"), "legend in " + text);
    }

    @Test
    void markupAndGraphvizEscapesInNamesStayText() throws Exception {
        Path dot = GraphRun.export(hostile, temp.resolve("hostile.dot"));
        Document svg = parseXml(renderWithDot(dot));
        assertEquals(0, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "script").getLength());
        List<String> labels = new ArrayList<>();
        for (Element node : groups(svg, "node")) {
            NodeList texts = node.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < texts.getLength(); i++) {
                label.append(texts.item(i).getTextContent());
            }
            labels.add(label.toString());
        }
        assertTrue(labels.contains("Hostile <script>document.body.dataset.pwned='label'</script>"), labels.toString());
        assertTrue(labels.contains("Quote \" onload=\"document.body.dataset.pwned='attribute'\" & Co"),
                labels.toString());
        // \N would otherwise be replaced by the node's id (n2) and the backslash before the quote lost.
        assertTrue(labels.contains("Slash \\N town \\\" end\uFFFD bell"), labels.toString());
    }

    @Test
    void svgAndPngFormatsRunGraphviz() throws IOException {
        Path svg = GraphRun.export(council, temp.resolve("council.svg"));
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("Port Vela"), text.substring(0, Math.min(300, text.length())));
        Path png = GraphRun.export(council, temp.resolve("drawing"), "--format", "png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 100 && image.getHeight() > 100, image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void aMissingGraphvizIsOneClearLine() throws IOException {
        String previous = System.getProperty(GraphvizRenderer.DOT_COMMAND_PROPERTY);
        System.setProperty(GraphvizRenderer.DOT_COMMAND_PROPERTY, temp.resolve("no-such-dot").toString());
        try {
            GraphRun.Output run = GraphRun.newsgraph("graph", "--store", council.toString(), "--format", "svg",
                    "--out", temp.resolve("missing.svg").toString());
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("newsgraph: svg output needs Graphviz's"), run.err());
            assertTrue(run.err().contains("apt-get install graphviz"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertFalse(Files.exists(temp.resolve("missing.svg")));
            try (var left = Files.list(temp)) {
                assertTrue(left.noneMatch(file -> file.getFileName().toString().endsWith(".part")),
                        "a partial file was left behind");
            }
        } finally {
            if (previous == null) {
                System.clearProperty(GraphvizRenderer.DOT_COMMAND_PROPERTY);
            } else {
                System.setProperty(GraphvizRenderer.DOT_COMMAND_PROPERTY, previous);
            }
        }
    }
}
