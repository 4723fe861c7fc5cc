package org.newsgraph.store;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Connecting to a TDB2 folder that other processes may hold, and letting it go so that they can have it: the
 * waiting, the read requests and the lock files {@link GraphStore} describes. TDB2 shares one connection per folder
 * within a JVM, so connections are counted here and the folder is released when the last one closes.
 */
final class TdbConnections {

    static final String TDB_LOCK_FILE = "tdb.lock";
    private static final long RETRY_MILLIS = 50;
    private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");
    /** Under the store's name: what a user sees is the store waiting, not this class. */
    private static final Logger log = LoggerFactory.getLogger(GraphStore.class);

    private static final Map<Path, Integer> OPEN_CONNECTIONS = new HashMap<>();

    private TdbConnections() {
    }

    static StoreException inUse(String shown, OptionalLong pid) {
        String holder = pid.isPresent() ? " (pid " + pid.getAsLong() + ")" : "";
        return new StoreException("store " + shown + " is in use by another process" + holder
                + "; stop it (e.g. a running serve or build) and try again");
    }

    /** A writer is told how to add articles while serving; a reader, to use the holder or stop it. */
    static StoreException heldByAnnouncedHolder(String shown, long pid, String description,
                                                        boolean writing) {
        String wayOut = writing
                ? "to change the store while serving it, stop that and run 'newsgraph serve --build INPUT...' instead"
                : "use that, or stop it and try again";
        return new StoreException("store " + shown + " is held by " + description + " (pid " + pid + "); " + wayOut);
    }

    /**
     * Connects to the folder; while another process holds it, waits up to {@code wait} (saying so once) and tries
     * again, unless the holder announced itself as a long-term one.
     */
    static Dataset connect(Path folder, String shown, Duration wait, AtomicBoolean toldWaiting,
                                   boolean writing) {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        boolean asked = false;
        while (true) {
            OptionalLong holder;
            try {
                Dataset dataset = tryConnect(folder, shown);
                if (asked) {
                    withdrawReadRequest(folder);
                }
                return dataset;
            } catch (HeldElsewhere e) {
                holder = e.pid;
            }
            if (holder.isPresent()) {
                Optional<String> announced = HolderFile.read(folder, holder.getAsLong());
                if (announced.isPresent()) {
                    throw heldByAnnouncedHolder(shown, holder.getAsLong(), announced.get(), writing);
                }
            }
            if (System.nanoTime() - deadline >= 0) {
                if (asked) {
                    withdrawReadRequest(folder);
                }
                throw inUse(shown, holder);
            }
            // Renewed at every try: the writer removes the request when it lets go, and someone else may get in first.
            asked = requestRead(folder) || asked;
            if (!told) {
                told = true;
                String notice = "newsgraph: store {} is in use by {}; waiting up to {} s for it";
                if (toldWaiting.compareAndSet(false, true)) {
                    log.info(notice, shown, describeHolder(folder, holder), wait.toSeconds());
                } else {
                    log.debug(notice, shown, describeHolder(folder, holder), wait.toSeconds());
                }
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while waiting for store " + shown, e);
            }
        }
    }

    private static boolean requestRead(Path folder) {
        try {
            Files.write(folder.resolve(GraphStore.READ_REQUEST_FILE), new byte[0]);
            return true;
        } catch (IOException e) {
            // A read-only folder: the writer will not be asked, so this waits for it to finish or time out.
            return false;
        }
    }

    private static void withdrawReadRequest(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(GraphStore.READ_REQUEST_FILE));
        } catch (IOException e) {
            // Left behind, it costs the writer one needless release.
        }
    }

    /** TDB2 found the folder locked by another process. */
    private static final class HeldElsewhere extends Exception {
        final OptionalLong pid;

        HeldElsewhere(OptionalLong pid) {
            super(null, null, false, false);
            this.pid = pid;
        }
    }

    private static synchronized Dataset tryConnect(Path folder, String shown) throws HeldElsewhere {
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(Location.create(folder));
        } catch (DBOpEnvException e) {
            releaseLeakedLock(folder);
            if (StoreFailures.isDamage(e)) {
                throw StoreFailures.damaged(Path.of(shown), e);
            }
            Matcher holder = LOCK_HOLDER.matcher(String.valueOf(e.getMessage()));
            throw new HeldElsewhere(holder.find() ? OptionalLong.of(Long.parseLong(holder.group(1)))
                    : OptionalLong.empty());
        } catch (NegativeArraySizeException e) {
            // Jena reads the holder's process id from tdb.lock while the holder may be rewriting it, and then fails
            // this way (ProcessFileLock.readProcessId): the folder is held, by whom is not known.
            releaseLeakedLock(folder);
            throw new HeldElsewhere(OptionalLong.empty());
        } catch (TDBException e) {
            throw new StoreException("cannot open store " + shown + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            releaseLeakedLock(folder);
            throw StoreFailures.translate(Path.of(shown), e);
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        OPEN_CONNECTIONS.merge(folder, 1, Integer::sum);
        return dataset;
    }

    /**
     * TDB2 locks the folder's tdb.lock and then its Data-NNNN/tdb.lock, and releases them in that order. A process
     * that connects between the two releases of another gets the first lock, fails on the second, and keeps the
     * first: then nobody, not even itself, could connect again. No connection of this JVM uses the folder here (it
     * would have been reused instead of failing), so a lock this JVM holds on it is such a leftover.
     */
    private static void releaseLeakedLock(Path folder) {
        if (OPEN_CONNECTIONS.containsKey(folder)) {
            return;
        }
        ProcessFileLock lock = ProcessFileLock.create(folder.resolve(TDB_LOCK_FILE).toString());
        if (lock.isLockedHere()) {
            log.debug("releasing the tdb.lock of {} left by a connection that failed", folder);
            lock.unlock();
            ProcessFileLock.release(lock);
        }
    }

    /** Who holds the folder, as far as the lock files tell: a writer (build, remove) or some reader. */
    private static String describeHolder(Path folder, OptionalLong pid) {
        if (pid.isEmpty()) {
            return "another process";
        }
        OptionalLong writer = WriterLock.holderOf(folder);
        String what = writer.isPresent() && writer.getAsLong() == pid.getAsLong()
                ? "a build or remove writing to it" : "another program reading it";
        return "process " + pid.getAsLong() + " (" + what + ")";
    }

    static synchronized void disconnect(Path folder, Dataset dataset) {
        int stillOpen = OPEN_CONNECTIONS.merge(folder, -1, Integer::sum);
        if (stillOpen <= 0) {
            OPEN_CONNECTIONS.remove(folder);
            release(dataset.asDatasetGraph());
        }
    }

    /**
     * Closes the folder and releases its locks so another process can open it. TDBInternal.expel releases the
     * folder's tdb.lock before it closes the Data-NNNN storage and releases that one's lock, so another process can
     * slip in between; closing the storage first and the folder's lock last makes the release one step for others.
     */
    private static void release(DatasetGraph dsg) {
        if (dsg instanceof DatasetGraphSwitchable switchable
                && switchable.getWrapped() instanceof DatasetGraphTDB storage) {
            Location container = switchable.getLocation();
            StoreConnection.internalExpel(storage.getLocation(), false);
            DatabaseConnection.internalExpel(container, false);
        } else {
            TDBInternal.expel(dsg);
        }
    }
}
