package org.newsgraph.store;

import org.apache.jena.tdb2.DatabaseMgr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * TDB2 compaction: TDB2 never gives back the space of removed or replaced triples, so a store that has had many
 * documents removed or rebuilt keeps its size. Compaction writes the live data into a new {@code Data-NNNN} folder,
 * switches the store to it in one step and deletes the old one; readers in this process keep working across the
 * switch. It needs as much free space as the live data takes, and the store opened for update, so no other process
 * may hold it meanwhile.
 */
public final class StoreCompaction {

    /** The store's size on disk before and after. */
    public record Result(long bytesBefore, long bytesAfter) {
    }

    private StoreCompaction() {
    }

    public static Result compact(GraphStore store) {
        long before = sizeOnDisk(store.location());
        long needed = StoreFailures.neededBytes(store.tripleCount());
        long free = StoreFailures.freeBytes(store.location());
        if (free < needed) {
            throw new StoreException("store " + store.location() + ": compaction needs about "
                    + StoreFailures.megabytes(needed) + " free to write the live data anew, and "
                    + StoreFailures.megabytes(free) + " are free");
        }
        try {
            DatabaseMgr.compact(store.dataset().asDatasetGraph(), true);
        } catch (RuntimeException | InternalError e) {
            throw StoreFailures.translate(store.location(), e);
        }
        return new Result(before, sizeOnDisk(store.location()));
    }

    /** Bytes the folder's files take on disk: TDB2's files are sparse, so their length overstates it. */
    static long sizeOnDisk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(StoreCompaction::allocated).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long allocated(Path file) {
        try {
            Object blocks = Files.getAttribute(file, "unix:blocks");
            if (blocks instanceof Long count) {
                return count * 512;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // Not a Unix file system: the length is the best measure there is.
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
