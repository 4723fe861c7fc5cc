package org.newsgraph.graph;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * DOT for Graphviz through JGraphT's exporter: shapes and fill colours by entity type, edge colours by stance (green
 * for, red against), thicker edges for more evidence, and a legend of both as the graph's label.
 */
final class DotWriter {

    void write(Projection projection, OutputStream out) {
        // Node ids are n0, n1, ...: an IRI is not a DOT id, and quoting it would only move the problem to its escapes.
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < projection.nodes().size(); i++) {
            ids.put(projection.nodes().get(i).id(), "n" + i);
        }
        DOTExporter<GraphNode, GraphEdge> exporter = new DOTExporter<>(node -> ids.get(node.id()));
        exporter.setGraphIdProvider(() -> "newsgraph");
        exporter.setGraphAttributeProvider(() -> graphAttributes(projection));
        exporter.setVertexAttributeProvider(DotWriter::nodeAttributes);
        exporter.setEdgeAttributeProvider(DotWriter::edgeAttributes);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(projection.toJGraphT(), writer);
    }

    private static Map<String, Attribute> graphAttributes(Projection projection) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("rankdir", DefaultAttribute.createAttribute("LR"));
        attributes.put("overlap", DefaultAttribute.createAttribute("false"));
        attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
        attributes.put("fontsize", DefaultAttribute.createAttribute("10"));
        attributes.put("labelloc", DefaultAttribute.createAttribute("b"));
        // JGraphT writes graph attributes as they are, without the quoting or brackets it gives node attributes.
        attributes.put("label", new DefaultAttribute<>("<" + legend() + ">", AttributeType.HTML));
        return attributes;
    }

    /** The legend, built from constants only: no article text ever reaches this HTML-like label. */
    private static String legend() {
        StringBuilder table = new StringBuilder("<table border=\"0\" cellspacing=\"4\" cellpadding=\"3\"><tr>");
        for (EntityType type : EntityType.values()) {
            table.append("<td bgcolor=\"").append(type.colour()).append("\" border=\"1\">").append(type.label())
                    .append("</td>");
        }
        table.append("</tr><tr>");
        for (Relation.Tone tone : Relation.Tone.values()) {
            table.append("<td><font color=\"").append(tone.colour()).append("\">&#8594; ")
                    .append(tone.name().toLowerCase(Locale.ROOT)).append("</font></td>");
        }
        return table.append("</tr></table>").toString();
    }

    private static Map<String, Attribute> nodeAttributes(GraphNode node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", text(node.label()));
        attributes.put("shape", DefaultAttribute.createAttribute(node.type().dotShape()));
        attributes.put("style", DefaultAttribute.createAttribute("filled"));
        attributes.put("fillcolor", DefaultAttribute.createAttribute(node.type().colour()));
        attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
        attributes.put("tooltip", text(node.type().label() + " " + node.id()
                + (node.wikidata() != null ? " (Wikidata " + node.wikidata() + ")" : "")));
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(GraphEdge edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", text(edge.relation().localName()));
        attributes.put("color", DefaultAttribute.createAttribute(edge.relation().tone().colour()));
        attributes.put("fontcolor", DefaultAttribute.createAttribute(edge.relation().tone().colour()));
        attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
        attributes.put("fontsize", DefaultAttribute.createAttribute("9"));
        attributes.put("penwidth", DefaultAttribute.createAttribute(
                String.format(Locale.ROOT, "%.1f", 1.0 + 0.5 * Math.min(edge.evidence(), 6))));
        String dates = edge.firstDate() == null ? ""
                : edge.firstDate().equals(edge.lastDate()) ? ", " + edge.firstDate()
                : ", " + edge.firstDate() + " to " + edge.lastDate();
        attributes.put("tooltip", text(edge.evidence() + " evidence sentence" + (edge.evidence() == 1 ? "" : "s")
                + " in " + edge.documents() + " document" + (edge.documents() == 1 ? "" : "s") + dates));
        return attributes;
    }

    /**
     * A quoted DOT string. JGraphT escapes the quotes; backslashes are doubled first, because Graphviz reads
     * {@code \N}, {@code \G} or {@code \l} in a label as placeholders and a trailing backslash would swallow the
     * closing quote.
     */
    private static Attribute text(String value) {
        return DefaultAttribute.createAttribute(ExportText.clean(value).replace("\\", "\\\\"));
    }
}
