package org.newsgraph.store;

import org.apache.jena.riot.thrift.RiotThriftException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what TDB2 throws when its files are damaged, or when the disk is full, into one line a person can act on.
 * <p>
 * A damaged store (a file truncated, overwritten or lost) shows up as one of several exceptions from deep inside
 * TDB2's block and B+tree code, or from decoding a stored term; whichever it is, the store cannot be trusted and is
 * rebuilt from the annotation cache and the recorded inputs ({@code newsgraph rebuild}).
 * <p>
 * TDB2 writes through memory-mapped files, extended 8 MB at a time and filled page by page. When the disk cannot
 * give the next page, the write faults and the JVM reports an {@link InternalError} rather than an {@link IOException}; the transaction is
 * then never committed, so every document stored before stays whole.
 */
public final class StoreFailures {

    /** TDB2's block size, of which its B+tree files are always a multiple. */
    private static final long BLOCK_SIZE = 8192;
    /** How much a TDB2 file grows when it needs room: the most one write may need per file. */
    static final long GROWTH_STEP = 8L << 20;
    private static final Pattern TDB_DATA_FOLDER = Pattern.compile("Data-\\d+");
    /** "lock", "locked" as words: "blocksize" in a damage message is not one. */
    private static final Pattern LOCK_MESSAGE = Pattern.compile("(?i)\\block(ed)?\\b|held by process");

    private StoreFailures() {
    }

    /**
     * The one-line failure to report instead of {@code error}, or {@code error} itself when it is neither damage
     * nor a full disk.
     */
    public static RuntimeException translate(Path store, Throwable error) {
        return translate(store, error, 0);
    }

    /** As {@link #translate(Path, Throwable)}, for a write of {@code triples} triples, which the space needed counts. */
    public static RuntimeException translate(Path store, Throwable error, long triples) {
        if (isOutOfSpace(error)) {
            return fullDisk(store, error, triples);
        }
        if (isDamage(error)) {
            return damaged(store, error);
        }
        if (error instanceof RuntimeException runtime) {
            return runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        return new StoreException(String.valueOf(error.getMessage()), error);
    }

    /** Whether the error comes from TDB2 reading files that are not what it wrote. */
    public static boolean isDamage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // Another process holding the folder is not damage: GraphStore waits for it.
            if (cause instanceof StoreException || cause instanceof org.apache.jena.dboe.base.file.AlreadyLocked
                    || LOCK_MESSAGE.matcher(String.valueOf(cause.getMessage())).find()) {
                return false;
            }
            if (cause instanceof RiotThriftException) {
                return true;
            }
            String type = cause.getClass().getName();
            if (type.startsWith("org.apache.jena.dboe.base.") || type.startsWith("org.apache.jena.dboe.trans.bplustree.")
                    || type.equals("org.apache.jena.atlas.RuntimeIOException") && fromStorage(cause)
                    || cause instanceof java.nio.BufferUnderflowException && fromStorage(cause)
                    || cause instanceof IndexOutOfBoundsException && fromStorage(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the error is a write that found no room on the disk. */
    public static boolean isOutOfSpace(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk quota exceeded")) {
                return true;
            }
            // A memory-mapped file that could not be given the pages it was extended by (SIGBUS).
            if (cause instanceof InternalError && message.contains("unsafe memory access")) {
                return true;
            }
        }
        return false;
    }

    private static boolean fromStorage(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.apache.jena.dboe.") || type.startsWith("org.apache.jena.tdb2.store.nodetable")) {
                return true;
            }
        }
        return false;
    }

    static StoreException damaged(Path store, Throwable error) {
        String file = suspectFile(store).map(path -> "; " + path + " looks cut short or overwritten").orElse("");
        return new StoreException("store " + store + " is damaged (" + firstLine(rootOf(error)) + file
                + "); rebuild it from the annotation cache with 'newsgraph rebuild --store " + store + "'", error);
    }

    static StoreException fullDisk(Path store, Throwable error, long triples) {
        long free = freeBytes(store);
        long needed = neededBytes(triples);
        return new StoreException("store " + store + ": the disk is full (" + megabytes(free) + " free); "
                + (triples > 0 ? "writing these " + triples + " triples needs about " : "writing needs about ")
                + megabytes(needed) + " more, and the rest of the build more again. Every document stored before "
                + "is whole; free space and run the build again", error);
    }

    /**
     * Space a write of {@code triples} triples takes: each triple is a row in nine indexes (about 30 bytes each)
     * plus its terms in the node table, and TDB2 keeps the journal of the transaction beside them; a little over
     * twice that, and never under one 8 MB growth step of one file.
     */
    static long neededBytes(long triples) {
        return Math.max(GROWTH_STEP, triples * BYTES_PER_TRIPLE * 2);
    }

    /** Disk per triple, rounded up: a store of 11 news articles takes 2.7 MB for 3,270 triples (840 bytes). */
    static final long BYTES_PER_TRIPLE = 1000;

    static long freeBytes(Path store) {
        try {
            FileStore disk = Files.getFileStore(Files.exists(store) ? store : store.toAbsolutePath().getParent());
            return disk.getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    /** A TDB2 file whose size TDB2 would never have left: not a whole number of blocks, or data without records. */
    static Optional<Path> suspectFile(Path store) {
        for (Path data : dataFolders(store)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(data, "*.{dat,idn}")) {
                for (Path file : entries) {
                    long size = Files.size(file);
                    if (size % BLOCK_SIZE != 0) {
                        return Optional.of(file);
                    }
                    String name = file.getFileName().toString();
                    if (name.endsWith(".dat") && size == 0 && !name.startsWith("prefixes")) {
                        Path index = data.resolve(name.replace(".dat", ".idn"));
                        if (Files.exists(index) && Files.size(index) > 0) {
                            return Optional.of(file);
                        }
                    }
                }
            } catch (IOException e) {
                return Optional.of(data);
            }
        }
        return Optional.empty();
    }

    private static java.util.List<Path> dataFolders(Path store) {
        java.util.List<Path> folders = new java.util.ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(store)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) && TDB_DATA_FOLDER.matcher(entry.getFileName().toString()).matches()) {
                    folders.add(entry);
                }
            }
        } catch (IOException e) {
            // No folders to look at.
        }
        folders.sort(null);
        return folders;
    }

    private static Throwable rootOf(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + ": " + error.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }

    /** For the small JSON records beside the TDB2 files: what failed, and whether a full disk is why. */
    static String describeWriteFailure(String what, Path directory, IOException error) {
        if (isOutOfSpace(error)) {
            return what + ": the disk is full (" + megabytes(freeBytes(directory)) + " free)";
        }
        return what + ": " + error.getMessage();
    }
}
