package org.newsgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** newsgraph.lock: held by whoever writes the store, holding that process's id for the refusal message. */
final class WriterLock {

    /** Folders written by this JVM: a second FileChannel on a locked file could drop the first one's lock on close. */
    private static final Set<Path> WRITTEN_HERE = new HashSet<>();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    static WriterLock acquire(Path folder, String shown) {
        synchronized (WRITTEN_HERE) {
            if (WRITTEN_HERE.contains(folder)) {
                throw new StoreException("store " + shown + " is already open for writing in this program");
            }
            Path file = folder.resolve(GraphStore.WRITER_LOCK_FILE);
            try {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    OptionalLong holder = readHolder(channel);
                    channel.close();
                    throw writerRefusal(folder, shown, holder);
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                channel.force(false);
                WRITTEN_HERE.add(folder);
                return new WriterLock(folder, channel, lock);
            } catch (IOException e) {
                throw new StoreException("cannot lock store " + shown + ": " + e.getMessage(), e);
            }
        }
    }

    void release() {
        synchronized (WRITTEN_HERE) {
            try {
                // An empty file tells readers waiting for the store that no writer is at work.
                channel.truncate(0);
                lock.release();
                channel.close();
            } catch (IOException e) {
                // The lock goes with the process anyway; nothing the caller could do about it.
            } finally {
                WRITTEN_HERE.remove(folder);
            }
        }
    }

    /**
     * The process holding the writer lock, as far as the file tells. Never read from the process holding the
     * lock: closing a second channel on the file would drop its lock.
     */
    static OptionalLong holderOf(Path folder) {
        synchronized (WRITTEN_HERE) {
            if (WRITTEN_HERE.contains(folder)) {
                return OptionalLong.of(ProcessHandle.current().pid());
            }
            try (FileChannel channel = FileChannel.open(folder.resolve(GraphStore.WRITER_LOCK_FILE),
                    StandardOpenOption.READ)) {
                OptionalLong pid = readHolder(channel);
                // A killed writer cannot empty the file; its process being gone says it is not at work.
                boolean alive = pid.isPresent()
                        && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
                return alive ? pid : OptionalLong.empty();
            } catch (IOException e) {
                return OptionalLong.empty();
            }
        }
    }

    /** A second writer is refused at once: waiting for a whole build would look like a hang. */
    private static StoreException writerRefusal(Path folder, String shown, OptionalLong holder) {
        if (holder.isPresent()) {
            Optional<String> announced = HolderFile.read(folder, holder.getAsLong());
            if (announced.isPresent()) {
                return TdbConnections.heldByAnnouncedHolder(shown, holder.getAsLong(), announced.get(), true);
            }
            return new StoreException("store " + shown + " is being written by another build or remove (pid "
                    + holder.getAsLong() + "); wait for it to finish and try again");
        }
        return TdbConnections.inUse(shown, holder);
    }

    private static OptionalLong readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
