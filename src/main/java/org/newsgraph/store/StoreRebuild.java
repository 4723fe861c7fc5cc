package org.newsgraph.store;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.io.IOX;
import org.newsgraph.build.BuildRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Rebuilds a store from what was built into it ({@link RecordedInputs}) and the annotation cache, without reading
 * its TDB2 files, which may be damaged. The new store is built beside the old one ({@code STORE.rebuilding}) and
 * only then takes its place; the old folder is kept as {@code STORE.damaged-TIMESTAMP} until the person deletes it,
 * so a rebuild that fails half-way (inputs moved, disk full) loses nothing.
 */
public final class StoreRebuild {

    /** Builds one recorded request into the fresh store; the caller supplies the build pipeline. */
    @FunctionalInterface
    public interface Builder {
        void build(GraphStore fresh, BuildRequest request);
    }

    /** Where the rebuilt store is and where the old folder went. */
    public record Result(Path store, Path keptOld, int builds) {
    }

    private StoreRebuild() {
    }

    /**
     * The recorded builds of the store at {@code store}.
     *
     * @throws StoreException when there is no store folder or no record of its inputs
     */
    public static List<BuildRequest> recordedBuilds(Path store) {
        if (!Files.isDirectory(store)) {
            throw new StoreException("no store at " + store);
        }
        List<BuildRequest> builds = RecordedInputs.read(store);
        if (builds.isEmpty()) {
            throw new StoreException("store " + store + " has no record of its inputs (" + RecordedInputs.FILE_NAME
                    + "): it was built before inputs were recorded, or filled by 'load' or updates; build it anew "
                    + "with 'newsgraph build INPUT... --store " + store + ".new'");
        }
        return builds;
    }

    public static Result rebuild(Path store, Builder builder) {
        List<BuildRequest> builds = recordedBuilds(store);
        GraphStore.announcedHolder(store).ifPresent(holder -> {
            throw new StoreException("store " + store + " is held by " + holder.description()
                    + "; stop it before rebuilding the store");
        });
        Path fresh = store.resolveSibling(store.getFileName() + ".rebuilding");
        deleteRecursively(fresh);
        try (GraphStore target = GraphStore.open(fresh, GraphStore.Access.CREATE)) {
            for (BuildRequest build : builds) {
                builder.build(target, build);
            }
        }
        copyIfPresent(store.resolve(LastBuild.FILE_NAME), fresh.resolve(LastBuild.FILE_NAME));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path kept = store.resolveSibling(store.getFileName() + ".damaged-" + stamp);
        try {
            Files.move(store, kept);
            Files.move(fresh, store);
        } catch (IOException e) {
            throw new StoreException("rebuilt the store in " + fresh + " but could not put it in place of " + store
                    + ": " + e.getMessage() + "; move it there by hand", e);
        }
        return new Result(store, kept, builds.size());
    }

    private static void copyIfPresent(Path from, Path to) {
        if (Files.isRegularFile(to) || !Files.isRegularFile(from)) {
            return;
        }
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Only decorates stats: the next build writes a new one.
        }
    }

    private static void deleteRecursively(Path folder) {
        try {
            IOX.deleteAll(folder);
        } catch (RuntimeIOException e) {
            throw new StoreException("cannot remove the unfinished rebuild " + folder + ": "
                    + Objects.requireNonNullElse(e.getCause(), e).getMessage(), e);
        }
    }
}
