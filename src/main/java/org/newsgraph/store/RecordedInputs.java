package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.ingest.IngestOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What was built into a store: every build's inputs and reading options, kept in a small JSON file beside the TDB2
 * files ({@value #FILE_NAME}) so that a store whose TDB2 files are damaged can still be rebuilt from them and the
 * annotation cache ({@code newsgraph rebuild}). A build whose inputs and options were recorded before is not
 * recorded twice. Paths are kept absolute, so the record holds wherever the command is run from.
 */
public final class RecordedInputs {

    public static final String FILE_NAME = "newsgraph-inputs.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordedInputs() {
    }

    /** Adds the request to the record of the store at {@code storeDirectory}, before the build writes anything. */
    public static void record(Path storeDirectory, BuildRequest request) {
        List<BuildRequest> known = new ArrayList<>(read(storeDirectory));
        BuildRequest absolute = absolute(request);
        if (known.contains(absolute)) {
            return;
        }
        known.add(absolute);
        Path target = storeDirectory.resolve(FILE_NAME);
        Path partial = storeDirectory.resolve(FILE_NAME + ".partial");
        ArrayNode builds = JSON.createArrayNode();
        known.forEach(build -> builds.add(toJson(build)));
        try {
            Files.createDirectories(storeDirectory);
            JSON.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), JSON.createObjectNode()
                    .set("builds", builds));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The message below says what matters.
            }
            throw new StoreException(StoreFailures.describeWriteFailure("cannot record the inputs of the build in "
                    + target, storeDirectory, e), e);
        }
    }

    /**
     * Every recorded build of the store at {@code storeDirectory}, oldest first; empty when none was recorded.
     *
     * @throws StoreException when the record exists but cannot be read
     */
    public static List<BuildRequest> read(Path storeDirectory) {
        Path file = storeDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<BuildRequest> builds = new ArrayList<>();
            for (JsonNode build : JSON.readTree(file.toFile()).path("builds")) {
                builds.add(fromJson(build));
            }
            return List.copyOf(builds);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot read the record of inputs " + file + ": " + e.getMessage(), e);
        }
    }

    private static BuildRequest absolute(BuildRequest request) {
        List<Path> inputs = request.inputs().stream().map(path -> path.toAbsolutePath().normalize()).toList();
        IngestOptions ingest = request.ingest();
        if (ingest.manifest() != null) {
            ingest = ingest.withManifest(ingest.manifest().toAbsolutePath().normalize());
        }
        Path cache = request.cacheDirectory() == null ? null : request.cacheDirectory().toAbsolutePath().normalize();
        return new BuildRequest(inputs, ingest, request.threads(), cache);
    }

    private static ObjectNode toJson(BuildRequest request) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode inputs = node.putArray("inputs");
        request.inputs().forEach(input -> inputs.add(input.toString()));
        IngestOptions ingest = request.ingest();
        node.put("manifest", ingest.manifest() == null ? null : ingest.manifest().toString())
                .put("textColumn", ingest.textColumn())
                .put("idColumn", ingest.idColumn())
                .put("dateColumn", ingest.dateColumn())
                .put("titleColumn", ingest.titleColumn())
                .put("sourceColumn", ingest.sourceColumn())
                .put("maxBytes", ingest.maxBytes())
                .put("threads", request.threads())
                .put("cache", request.cacheDirectory() == null ? null : request.cacheDirectory().toString());
        return node;
    }

    private static BuildRequest fromJson(JsonNode node) {
        List<Path> inputs = new ArrayList<>();
        node.path("inputs").forEach(input -> inputs.add(Path.of(input.asText())));
        IngestOptions ingest = new IngestOptions(
                node.path("manifest").isTextual() ? Path.of(node.path("manifest").asText()) : null,
                node.path("textColumn").asText(IngestOptions.DEFAULT_TEXT_COLUMN),
                node.path("idColumn").asText(IngestOptions.DEFAULT_ID_COLUMN),
                node.path("dateColumn").asText(IngestOptions.DEFAULT_DATE_COLUMN),
                node.path("titleColumn").asText(IngestOptions.DEFAULT_TITLE_COLUMN),
                node.path("sourceColumn").asText(IngestOptions.DEFAULT_SOURCE_COLUMN),
                node.path("maxBytes").asLong(IngestOptions.DEFAULT_MAX_BYTES));
        Path cache = node.path("cache").isTextual() ? Path.of(node.path("cache").asText()) : null;
        return new BuildRequest(inputs, ingest, Math.max(1, node.path("threads").asInt(1)), cache);
    }
}
