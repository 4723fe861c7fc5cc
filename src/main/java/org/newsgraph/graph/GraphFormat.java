package org.newsgraph.graph;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats of {@code newsgraph graph}, each with the file extension that selects it. */
public enum GraphFormat {
    GRAPHML("graphml", "graphml", "GraphML for Gephi, yEd, Cytoscape and networkx"),
    DOT("dot", "dot", "DOT for Graphviz"),
    CYJS("cyjs", "cyjs", "Cytoscape.js elements JSON (Cytoscape desktop imports it too)"),
    HTML("html", "html", "a self-contained HTML viewer"),
    SVG("svg", "svg", "SVG drawn by Graphviz"),
    PNG("png", "png", "PNG drawn by Graphviz");

    private final String label;
    private final String extension;
    private final String description;

    GraphFormat(String label, String extension, String description) {
        this.label = label;
        this.extension = extension;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** True for the formats whose bytes are not text, which a terminal should not receive. */
    public boolean binary() {
        return this == PNG;
    }

    /** True when the format needs Graphviz installed. */
    public boolean needsGraphviz() {
        return this == SVG || this == PNG;
    }

    /**
     * Writes the projection in this format. {@code out} is flushed, not closed.
     *
     * @throws IllegalStateException when an SVG or PNG is asked for and Graphviz's {@code dot} cannot be run
     */
    public void write(Projection projection, OutputStream out) {
        switch (this) {
            case GRAPHML -> new GraphMlWriter().write(projection, out);
            case DOT -> new DotWriter().write(projection, out);
            case CYJS -> new CytoscapeJson().write(projection, out);
            case HTML -> new HtmlViewer().write(projection, out);
            case SVG, PNG -> new GraphvizRenderer(label).write(projection, out);
        }
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(GraphFormat::label).toList();
    }

    public static Optional<GraphFormat> ofLabel(String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.label.equals(wanted)).findFirst();
    }

    /** The format a file name's extension stands for ("graph.html" is HTML), if any. */
    public static Optional<GraphFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("gv")) {
            return Optional.of(DOT);
        }
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }
}
