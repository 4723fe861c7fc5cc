package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code newsgraph-holder.json} in a store folder: which process holds the store for a long time (a server) and how
 * to reach it, so that others are told at once instead of waiting for a store that will not come free.
 */
final class HolderFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HolderFile() {
    }

    static void write(Path folder, String description) {
        Path target = folder.resolve(GraphStore.HOLDER_FILE);
        Path partial = folder.resolve(GraphStore.HOLDER_FILE + ".partial");
        try {
            JSON.writeValue(partial.toFile(), JSON.createObjectNode()
                    .put("pid", ProcessHandle.current().pid())
                    .put("description", description));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** What process {@code pid} announced, if it is the announced holder and still alive. */
    static Optional<String> read(Path folder, long pid) {
        Path file = folder.resolve(GraphStore.HOLDER_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            // A holder that died without cleaning up (killed) leaves a stale file; its pid may even be reused later,
            // which at worst names the wrong program in a refusal that is right anyway.
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (node.path("pid").asLong() != pid || !alive) {
                return Optional.empty();
            }
            String description = node.path("description").asText("");
            return description.isBlank() ? Optional.empty() : Optional.of(description);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void remove(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(GraphStore.HOLDER_FILE));
        } catch (IOException e) {
            // A stale announcement is ignored by readers once this process is gone.
        }
    }
}
