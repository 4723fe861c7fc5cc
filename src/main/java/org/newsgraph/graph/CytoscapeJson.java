package org.newsgraph.graph;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.NewsGraph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The projection as Cytoscape.js elements ({@code {"elements": {"nodes": [{"data": {...}}], "edges": [...]}}}), in
 * the {@code .cyjs} envelope that Cytoscape desktop imports as a network. The HTML viewer embeds the same elements
 * with the evidence sentences and the documents beside them.
 */
final class CytoscapeJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    void write(Projection projection, OutputStream out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", "1.0");
        root.put("generated_by", "newsgraph " + NewsGraph.version());
        root.put("target_cytoscapejs_version", "~3.0");
        root.putObject("data").put("name", "newsgraph");
        root.set("elements", elements(projection));
        try {
            JSON.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Cytoscape JSON: " + e.getMessage(), e);
        }
    }

    static ObjectNode elements(Projection projection) {
        ObjectNode elements = JSON.createObjectNode();
        ArrayNode nodes = elements.putArray("nodes");
        for (GraphNode node : projection.nodes()) {
            ObjectNode data = nodes.addObject().putObject("data");
            data.put("id", node.id());
            data.put("label", node.label());
            data.put("type", node.type().label());
            data.put("iri", node.id());
            data.put("wikidata", node.wikidata());
            data.put("status", node.status());
            strings(data.putArray("altLabels"), node.altLabels());
            data.put("degree", node.degree());
            data.put("documents", node.documents());
            strings(data.putArray("documentIds"), node.documentIds());
            data.put("colour", node.type().colour());
            data.put("shape", node.type().cytoscapeShape());
        }
        ArrayNode edges = elements.putArray("edges");
        for (GraphEdge edge : projection.edges()) {
            ObjectNode data = edges.addObject().putObject("data");
            data.put("id", edge.id());
            data.put("source", edge.source());
            data.put("target", edge.target());
            data.put("label", edge.relation().localName());
            data.put("predicate", edge.relation().localName());
            data.put("predicateIri", edge.relation().property().getURI());
            data.put("tone", edge.relation().tone().name().toLowerCase(Locale.ROOT));
            data.put("evidence", edge.evidence());
            data.put("documents", edge.documents());
            strings(data.putArray("documentIds"), edge.documentIds());
            data.put("firstDate", date(edge.firstDate()));
            data.put("lastDate", date(edge.lastDate()));
            data.put("colour", edge.relation().tone().colour());
        }
        return elements;
    }

    /**
     * What the HTML viewer needs: the elements, the evidence sentences of each edge, the documents they cite, the
     * status timelines of evacuations, and the colours and shapes of the types.
     */
    static ObjectNode viewerData(Projection projection) {
        ObjectNode root = JSON.createObjectNode();
        root.set("elements", elements(projection));
        Map<String, List<EvidenceSentence>> byEdge = new LinkedHashMap<>();
        projection.evidence().forEach(evidence ->
                byEdge.computeIfAbsent(evidence.edgeId(), id -> new ArrayList<>()).add(evidence));
        ObjectNode evidence = root.putObject("evidence");
        byEdge.forEach((edgeId, sentences) -> {
            ArrayNode list = evidence.putArray(edgeId);
            for (EvidenceSentence sentence : sentences) {
                ObjectNode item = list.addObject();
                item.put("sentence", sentence.sentence());
                item.put("document", sentence.documentId());
                item.put("rule", sentence.rule());
                if (sentence.confidence() != null) {
                    item.put("confidence", sentence.confidence());
                }
            }
        });
        ObjectNode documents = root.putObject("documents");
        projection.documents().values().stream()
                .sorted(Comparator.comparing(SourceDocument::id))
                .forEach(document -> documents.putObject(document.id())
                        .put("title", document.title())
                        .put("date", date(document.date())));
        // an evacuation's status as each article reported it, in date order, for its panel
        ObjectNode timelines = root.putObject("timelines");
        for (StatusTimeline entry : projection.timelines()) {
            ArrayNode list = timelines.has(entry.nodeId()) ? (ArrayNode) timelines.get(entry.nodeId())
                    : timelines.putArray(entry.nodeId());
            list.addObject()
                    .put("date", date(entry.date()))
                    .put("status", entry.status())
                    .put("sentence", entry.sentence())
                    .put("document", entry.documentId());
        }
        ArrayNode types = root.putArray("types");
        for (EntityType type : EntityType.values()) {
            types.addObject().put("name", type.label()).put("colour", type.colour())
                    .put("shape", type.cytoscapeShape());
        }
        ArrayNode tones = root.putArray("tones");
        for (Relation.Tone tone : Relation.Tone.values()) {
            tones.addObject().put("name", tone.name().toLowerCase(Locale.ROOT)).put("colour", tone.colour());
        }
        return root;
    }

    /**
     * JSON that can sit inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} are written as
     * {@code \}{@code u003c} and so on, so no string from an article can close the element ({@code </script>}) or
     * open a comment, whatever it holds.
     */
    static String forScriptElement(ObjectNode value) {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the viewer's data: " + e.getMessage(), e);
        }
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
