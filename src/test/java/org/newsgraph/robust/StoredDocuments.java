package org.newsgraph.robust;

import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreException;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** Watches, from the test's JVM, a store that a child JVM is building. */
final class StoredDocuments {

    private static final long DEADLINE_SECONDS = 300;

    private StoredDocuments() {
    }

    /** Waits until the child's store holds at least {@code documents} documents, reading it from this JVM. */
    static void await(ChildJvm build, Path store, int documents) throws Exception {
        holdOnceStored(build, store, documents).close();
    }

    /**
     * The store, held by this JVM, as soon as the child's build has stored at least {@code documents} documents:
     * while it is held the build cannot commit another batch.
     */
    static GraphStore holdOnceStored(ChildJvm build, Path store, int documents) throws Exception {
        long deadline = System.nanoTime() + DEADLINE_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!build.isAlive()) {
                fail("the build ended before it stored " + documents + " documents\n" + build.errSoFar());
            }
            if (GraphStore.exists(store)) {
                GraphStore reading = null;
                try {
                    reading = GraphStore.openForReading(store);
                    if (reading.documentIds().size() >= documents) {
                        return reading;
                    }
                } catch (StoreException busy) {
                    // A slow machine can keep one batch's write longer than a reader waits: look again, until the
                    // deadline above.
                }
                if (reading != null) {
                    reading.close();
                }
            }
            Thread.sleep(50);
        }
        fail("the build stored fewer than " + documents + " documents in " + DEADLINE_SECONDS + " s\n"
                + build.errSoFar());
        throw new AssertionError("unreachable");
    }
}
