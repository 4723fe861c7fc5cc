package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/** Reads a JSON Lines corpus: one JSON object per line, fields named like the CSV columns. */
final class JsonlArticles {

    // Without this, "{...} junk" parses as the object and the junk is silently dropped.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonlArticles() {
    }

    static void read(Path file, String text, IngestOptions options, ArticleSink sink) {
        String[] lines = text.split("\n", -1);
        int records = 0;
        int repaired = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String origin = file + ":" + lineNumber;
            if (lines[i].isBlank()) {
                continue;
            }
            records++;
            JsonNode node;
            try {
                node = MAPPER.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                sink.problem(origin, "invalid JSON at column " + e.getLocation().getColumnNr());
                continue;
            }
            if (!node.isObject()) {
                sink.problem(origin, "not a JSON object");
                continue;
            }
            JsonNode textNode = field(node, options.textColumn());
            if (textNode == null || textNode.isNull()) {
                sink.problem(origin, "no '" + options.textColumn() + "' field");
                continue;
            }
            if (!textNode.isTextual()) {
                sink.problem(origin, "'" + options.textColumn() + "' field is not a string");
                continue;
            }
            RecordFields.Cells cells = new RecordFields.Cells(
                    scalar(node, options.idColumn()),
                    textNode.textValue(),
                    scalar(node, options.dateColumn()),
                    scalar(node, options.sourceColumn()),
                    scalar(node, options.titleColumn()));
            repaired += RecordFields.emit(cells, file, lineNumber, options, sink);
        }
        if (records == 0) {
            sink.warning(file.toString(), "no records");
        }
        if (repaired > 0) {
            sink.warning(file.toString(), "mojibake repaired in " + repaired + " places");
        }
    }

    /** The field by exact name, else by name ignoring case, matching the CSV reader's header handling. */
    private static JsonNode field(JsonNode object, String name) {
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    /** Ids and dates are sometimes numbers; objects and arrays are not metadata we can use. */
    private static String scalar(JsonNode object, String name) {
        JsonNode value = field(object, name);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
