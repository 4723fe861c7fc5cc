package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code newsgraph-holder.json} in a store folder: which process holds the store for a long time (a server) and how
 * to reach it, so that others are told at once instead of waiting for a store that will not come free. A server
 * also gives its SPARQL endpoint ({@code "sparql"}), so that {@code newsgraph query} can send it the query instead.
 */
final class HolderFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HolderFile() {
    }

    static void write(Path folder, String description, Optional<URI> sparqlEndpoint) {
        Path target = folder.resolve(GraphStore.HOLDER_FILE);
        Path partial = folder.resolve(GraphStore.HOLDER_FILE + ".partial");
        ObjectNode announcement = JSON.createObjectNode()
                .put("pid", ProcessHandle.current().pid())
                .put("description", description);
        sparqlEndpoint.ifPresent(endpoint -> announcement.put("sparql", endpoint.toString()));
        try {
            JSON.writeValue(partial.toFile(), announcement);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** What process {@code pid} announced, if it is the announced holder and still alive. */
    static Optional<String> read(Path folder, long pid) {
        return read(folder).filter(holder -> holder.pid() == pid).map(AnnouncedHolder::description);
    }

    /** The announced holder, if its process is still alive. */
    static Optional<AnnouncedHolder> read(Path folder) {
        Path file = folder.resolve(GraphStore.HOLDER_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            long pid = node.path("pid").asLong();
            // A holder that died without cleaning up (killed) leaves a stale file; its pid may even be reused later,
            // which at worst names the wrong program in a refusal that is right anyway, or sends a query to an
            // address where nothing answers, which the query names.
            boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            String description = node.path("description").asText("");
            if (!alive || description.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new AnnouncedHolder(pid, description, endpoint(node.path("sparql").asText(""))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Only an absolute http(s) URL is an endpoint worth sending a query to; anything else is as good as none. */
    private static Optional<URI> endpoint(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
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
