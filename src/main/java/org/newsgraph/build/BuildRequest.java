package org.newsgraph.build;

import org.newsgraph.ingest.IngestOptions;

import java.nio.file.Path;
import java.util.List;

/**
 * What to build: input files or folders, how to read them, how many documents to annotate at once, and where the
 * annotation cache lives ({@code null} disables it).
 */
public record BuildRequest(List<Path> inputs, IngestOptions ingest, int threads, Path cacheDirectory) {

    public BuildRequest {
        inputs = List.copyOf(inputs);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }
}
