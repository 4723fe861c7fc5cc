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

    /**
     * Bytes the folder's files take on disk, as {@code du} counts them: TDB2's files are sparse (8 MB long when they
     * hold a few pages), so their length overstates the space, and Java has no call for the allocated size. Where
     * {@code du} cannot be run, the sum of the lengths.
     */
    static long sizeOnDisk(Path folder) {
        try {
            Process du = new ProcessBuilder("du", "-sk", folder.toString()).redirectErrorStream(true).start();
            String output = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && du.exitValue() == 0) {
                return Long.parseLong(output.strip().split("\\s+")[0]) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // No du here: the lengths below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
