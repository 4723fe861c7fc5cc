package org.newsgraph.graph;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GraphML through JGraphT's exporter, with a declared key for every attribute: Gephi takes {@code label} as the node
 * label and {@code r}/{@code g}/{@code b} as its colour, Cytoscape and networkx read every key as a column. yEd shows
 * labels and colours only through its own {@code y:ShapeNode} data, so those are added to the same file.
 */
final class GraphMlWriter {

    static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    static final String YED_NS = "http://www.yworks.com/xml/graphml";

    private static final String YED_NODE_KEY = "yed_node";
    private static final String YED_EDGE_KEY = "yed_edge";

    void write(Projection projection, OutputStream out) {
        GraphMLExporter<GraphNode, GraphEdge> exporter = new GraphMLExporter<>(GraphNode::id);
        exporter.setEdgeIdProvider(GraphEdge::id);
        exporter.registerAttribute("label", AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute("type", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("iri", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("wikidata", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("status", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("altLabels", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("degree", AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("documents", AttributeCategory.ALL, AttributeType.INT);
        exporter.registerAttribute("documentIds", AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute("colour", AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute("r", AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("g", AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("b", AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("predicate", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("predicateIri", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("evidence", AttributeCategory.EDGE, AttributeType.INT);
        exporter.registerAttribute("firstDate", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("lastDate", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(GraphMlWriter::nodeAttributes);
        exporter.setEdgeAttributeProvider(GraphMlWriter::edgeAttributes);

        StringWriter plain = new StringWriter();
        exporter.exportGraph(projection.toJGraphT(), plain);
        try {
            Document document = parse(joinSurrogateReferences(plain.toString()));
            addYedGraphics(document, projection);
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            // Serialised to text first: the JDK's serialiser splits astral characters here too.
            StringWriter serialised = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(serialised));
            out.write(joinSurrogateReferences(serialised.toString()).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static Map<String, Attribute> nodeAttributes(GraphNode node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", text(node.label()));
        attributes.put("type", text(node.type().label()));
        attributes.put("iri", text(node.id()));
        if (node.wikidata() != null) {
            attributes.put("wikidata", text(node.wikidata()));
        }
        if (node.status() != null) {
            attributes.put("status", text(node.status()));
        }
        attributes.put("altLabels", text(String.join("; ", node.altLabels())));
        attributes.put("degree", DefaultAttribute.createAttribute(node.degree()));
        attributes.put("documents", DefaultAttribute.createAttribute(node.documents()));
        attributes.put("documentIds", text(String.join(" ", node.documentIds())));
        attributes.put("colour", text(node.type().colour()));
        int rgb = Integer.parseInt(node.type().colour().substring(1), 16);
        attributes.put("r", DefaultAttribute.createAttribute((rgb >> 16) & 0xFF));
        attributes.put("g", DefaultAttribute.createAttribute((rgb >> 8) & 0xFF));
        attributes.put("b", DefaultAttribute.createAttribute(rgb & 0xFF));
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(GraphEdge edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", text(edge.relation().localName()));
        attributes.put("predicate", text(edge.relation().localName()));
        attributes.put("predicateIri", text(edge.relation().property().getURI()));
        attributes.put("evidence", DefaultAttribute.createAttribute(edge.evidence()));
        attributes.put("documents", DefaultAttribute.createAttribute(edge.documents()));
        attributes.put("documentIds", text(String.join(" ", edge.documentIds())));
        attributes.put("colour", text(edge.relation().tone().colour()));
        if (edge.firstDate() != null) {
            attributes.put("firstDate", text(edge.firstDate().toString()));
            attributes.put("lastDate", text(edge.lastDate().toString()));
        }
        return attributes;
    }

    private static Attribute text(String value) {
        return DefaultAttribute.createAttribute(ExportText.clean(value));
    }

    private static final Pattern SURROGATE_PAIR_REFERENCES = Pattern.compile("&#(\\d{5});&#(\\d{5});");

    /**
     * The JDK serialiser behind JGraphT's exporter writes a character outside the Basic Multilingual Plane (an emoji,
     * a rare Han character) as two character references, one per UTF-16 surrogate, which no XML parser accepts: one
     * such name would make the whole file unreadable. Each such pair becomes the one reference it stands for.
     */
    static String joinSurrogateReferences(String xml) {
        Matcher pair = SURROGATE_PAIR_REFERENCES.matcher(xml);
        StringBuilder joined = new StringBuilder(xml.length());
        while (pair.find()) {
            char high = (char) Integer.parseInt(pair.group(1));
            char low = (char) Integer.parseInt(pair.group(2));
            String replacement = Character.isSurrogatePair(high, low)
                    ? "&#" + Character.toCodePoint(high, low) + ";"
                    : pair.group();
            pair.appendReplacement(joined, Matcher.quoteReplacement(replacement));
        }
        pair.appendTail(joined);
        return joined.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** yEd's ShapeNode and PolyLineEdge data: label, fill colour and shape, so the file opens readable in yEd. */
    private static void addYedGraphics(Document document, Projection projection) {
        Element root = document.getDocumentElement();
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:y", YED_NS);
        Element graph = (Element) root.getElementsByTagNameNS(GRAPHML_NS, "graph").item(0);
        root.insertBefore(yedKey(document, YED_NODE_KEY, "node", "nodegraphics"), graph);
        root.insertBefore(yedKey(document, YED_EDGE_KEY, "edge", "edgegraphics"), graph);

        Map<String, GraphNode> nodes = new HashMap<>();
        projection.nodes().forEach(node -> nodes.put(node.id(), node));
        Map<String, GraphEdge> edges = new HashMap<>();
        projection.edges().forEach(edge -> edges.put(edge.id(), edge));

        var nodeElements = graph.getElementsByTagNameNS(GRAPHML_NS, "node");
        for (int i = 0; i < nodeElements.getLength(); i++) {
            Element element = (Element) nodeElements.item(i);
            GraphNode node = nodes.get(element.getAttribute("id"));
            Element shapeNode = document.createElementNS(YED_NS, "y:ShapeNode");
            Element fill = document.createElementNS(YED_NS, "y:Fill");
            fill.setAttribute("color", node.type().colour());
            fill.setAttribute("transparent", "false");
            shapeNode.appendChild(fill);
            Element label = document.createElementNS(YED_NS, "y:NodeLabel");
            label.setTextContent(ExportText.clean(node.label()));
            shapeNode.appendChild(label);
            Element shape = document.createElementNS(YED_NS, "y:Shape");
            shape.setAttribute("type", yedShape(node.type()));
            shapeNode.appendChild(shape);
            element.appendChild(data(document, YED_NODE_KEY, shapeNode));
        }
        var edgeElements = graph.getElementsByTagNameNS(GRAPHML_NS, "edge");
        for (int i = 0; i < edgeElements.getLength(); i++) {
            Element element = (Element) edgeElements.item(i);
            GraphEdge edge = edges.get(element.getAttribute("id"));
            Element polyLine = document.createElementNS(YED_NS, "y:PolyLineEdge");
            Element line = document.createElementNS(YED_NS, "y:LineStyle");
            line.setAttribute("color", edge.relation().tone().colour());
            line.setAttribute("type", "line");
            line.setAttribute("width", Integer.toString(1 + Math.min(edge.evidence(), 4)));
            polyLine.appendChild(line);
            Element arrows = document.createElementNS(YED_NS, "y:Arrows");
            arrows.setAttribute("source", "none");
            arrows.setAttribute("target", "standard");
            polyLine.appendChild(arrows);
            Element label = document.createElementNS(YED_NS, "y:EdgeLabel");
            label.setTextContent(edge.relation().localName());
            polyLine.appendChild(label);
            element.appendChild(data(document, YED_EDGE_KEY, polyLine));
        }
    }

    private static Element yedKey(Document document, String id, String domain, String yfilesType) {
        Element key = document.createElementNS(GRAPHML_NS, "key");
        key.setAttribute("id", id);
        key.setAttribute("for", domain);
        key.setAttribute("yfiles.type", yfilesType);
        return key;
    }

    private static Element data(Document document, String key, Element content) {
        Element data = document.createElementNS(GRAPHML_NS, "data");
        data.setAttribute("key", key);
        data.appendChild(content);
        return data;
    }

    private static String yedShape(EntityType type) {
        return switch (type) {
            case PERSON -> "ellipse";
            case ORGANIZATION -> "roundrectangle";
            case COUNTRY -> "hexagon";
            case PLACE -> "triangle";
            case RESOLUTION -> "rectangle";
            case EVACUATION -> "parallelogram";
            case STATEMENT -> "diamond";
        };
    }
}
