package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When the store was last built and what that build did. Kept in a small JSON file beside the TDB2 files rather
 * than in RDF, so that the union graph holds only what the articles say.
 */
public record LastBuild(Instant finishedAt, int documents, int annotated, int unchanged, double seconds) {

    static final String FILE_NAME = "newsgraph-build.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    void writeTo(Path storeDirectory) {
        ObjectNode node = JSON.createObjectNode()
                .put("finishedAt", finishedAt.toString())
                .put("documents", documents)
                .put("annotated", annotated)
                .put("unchanged", unchanged)
                .put("seconds", seconds);
        Path target = storeDirectory.resolve(FILE_NAME);
        Path partial = storeDirectory.resolve(FILE_NAME + ".partial");
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), node);
            // A reader never sees half a file: the rename replaces the old record in one step.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot record the build in " + target + ": " + e.getMessage(), e);
        }
    }

    /** The recorded build, or empty when the store was never built or the record is unreadable. */
    static Optional<LastBuild> readFrom(Path storeDirectory) {
        Path file = storeDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            return Optional.of(new LastBuild(Instant.parse(node.path("finishedAt").asText()),
                    node.path("documents").asInt(), node.path("annotated").asInt(), node.path("unchanged").asInt(),
                    node.path("seconds").asDouble()));
        } catch (IOException | DateTimeParseException e) {
            // The record only decorates stats; a damaged one must not make the store unusable.
            return Optional.empty();
        }
    }
}
