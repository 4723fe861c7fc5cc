package org.newsgraph.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.CliResult;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.serve.CliResult.run;

/**
 * Real TDB2 stores with files cut short or overwritten, as a crash of the disk or a careless copy leaves them: the
 * commands say so in one line and name the way out; compaction gives back removed space.
 */
class DamagedStoreTest {

    @TempDir
    Path temp;

    @Test
    void aTruncatedIndexIsOneLineNamingTheFileAndTheRebuild() throws IOException {
        Path store = StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.VETO, StoreFixtures.BUSES);
        Path index = store.resolve("Data-0001").resolve("GSPO.idn");
        try (FileChannel channel = FileChannel.open(index, StandardOpenOption.WRITE)) {
            channel.truncate(4096);
        }
        CliResult stats = run("stats", "--store", store.toString());
        assertEquals(1, stats.exitCode(), stats.toString());
        assertEquals(1, stats.err().lines().count(), stats.err());
        assertTrue(stats.err().startsWith("newsgraph: store " + store + " is damaged ("), stats.err());
        assertTrue(stats.err().contains(index + " looks cut short"), stats.err());
        assertTrue(stats.err().strip().endsWith("'newsgraph rebuild --store " + store + "'"), stats.err());
    }

    @Test
    void anOverwrittenNodeTableIsOneLine() throws IOException {
        Path store = StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.VETO, StoreFixtures.BUSES);
        Path nodes = store.resolve("Data-0001").resolve("nodes-data.obj");
        byte[] junk = new byte[(int) Files.size(nodes)];
        new Random(7).nextBytes(junk);
        try (FileChannel channel = FileChannel.open(nodes, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(junk), 0);
        }
        CliResult stats = run("stats", "--store", store.toString());
        assertEquals(1, stats.exitCode(), stats.toString());
        assertEquals(1, stats.err().lines().count(), stats.err());
        assertTrue(stats.err().startsWith("newsgraph: store " + store + " is damaged ("), stats.err());
        assertTrue(stats.err().contains("newsgraph rebuild --store " + store), stats.err());
    }

    @Test
    void rebuildWithoutARecordOfInputsSaysWhatToDoInstead() {
        Path store = StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.VETO);
        CliResult rebuild = run("rebuild", "--store", store.toString());
        assertEquals(1, rebuild.exitCode(), rebuild.toString());
        assertTrue(rebuild.err().startsWith("newsgraph: store " + store + " has no record of its inputs"),
                rebuild.err());
        assertTrue(GraphStore.exists(store), "the store is left as it was");
    }

    @Test
    void compactGivesBackTheSpaceOfRemovedDocumentsAndKeepsTheRest() throws IOException {
        Path store = StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.VETO, StoreFixtures.BUSES);
        String veto = StoreFixtures.documentId(StoreFixtures.model(StoreFixtures.VETO));
        String buses = StoreFixtures.documentId(StoreFixtures.model(StoreFixtures.BUSES));
        long triplesOfBuses;
        try (GraphStore open = GraphStore.open(store, GraphStore.Access.UPDATE)) {
            assertTrue(open.removeDocument(veto));
            triplesOfBuses = open.tripleCount();
        }
        CliResult compact = run("compact", "--store", store.toString());
        assertEquals(0, compact.exitCode(), compact.toString());
        assertTrue(compact.out().startsWith("Compacted " + store + ": "), compact.out());
        try (Stream<Path> folders = Files.list(store)) {
            // TDB2's generations are Data-NNNN; the text index beside them is not one
            assertEquals(java.util.List.of("Data-0002"), folders.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString()).filter(name -> name.startsWith("Data-")).toList(),
                    "the old generation is deleted");
        }
        try (GraphStore reopened = GraphStore.openForReading(store)) {
            assertEquals(java.util.Set.of(buses), reopened.documentIds());
            assertEquals(triplesOfBuses, reopened.tripleCount());
        }
        assertFalse(run("compact", "--store", temp.resolve("none").toString()).exitCode() == 0);
    }
}
