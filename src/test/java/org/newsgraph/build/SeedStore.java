package org.newsgraph.build;

import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The seed articles built once per test JVM into a real TDB2 folder, shared by every test that reads the seed graph,
 * so CoreNLP annotates them once. Tests must not change what it holds; a test that writes builds its own store,
 * reusing {@link #cacheDirectory()} to skip annotation.
 */
public final class SeedStore {

    private static GraphStore store;
    private static BuildReport report;
    private static Path workspace;

    private SeedStore() {
    }

    public static synchronized GraphStore store() {
        if (store == null) {
            try {
                workspace = Files.createTempDirectory("newsgraph-seeds");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store = GraphStore.openForWriting(workspace.resolve("db"));
            report = new GraphBuilder().build(store, request(List.of(Path.of("seeds"))), BuildListener.SILENT);
            Runtime.getRuntime().addShutdownHook(new Thread(store::close));
        }
        return store;
    }

    public static synchronized BuildReport report() {
        store();
        return report;
    }

    /** Annotations of everything built so far in this JVM. */
    public static synchronized Path cacheDirectory() {
        store();
        return workspace.resolve("cache");
    }

    public static BuildRequest request(List<Path> inputs) {
        return new BuildRequest(inputs, IngestOptions.defaults(), 2, workspace.resolve("cache"));
    }
}
