package org.newsgraph.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.serve.CliResult;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.serve.CliResult.run;

/**
 * A real build (CoreNLP, extraction, TDB2) of two invented articles, its store damaged, and 'newsgraph rebuild'
 * making it anew from the recorded inputs and the annotation cache, without annotating again.
 */
@Tag("corenlp")
class RebuildTest {

    @TempDir
    Path temp;

    @Test
    void rebuildMakesTheSameStoreFromTheCacheAndKeepsTheDamagedFolder() throws IOException {
        Path articles = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(articles.resolve("vote.txt"), "PELLIN, March 3 - Valdoria voted against the draft "
                + "resolution on Tuesday, envoy Ilsa Varnholt said. \"We cannot accept this text,\" she told "
                + "reporters.");
        Files.writeString(articles.resolve("evacuation.txt"), "VOST, April 9 - Brastova evacuated 300 people from "
                + "Harnel by sea on Friday, the foreign ministry said.");
        Path store = temp.resolve("db");
        Path cache = temp.resolve("cache");
        CliResult build = run("build", articles.toString(), "--store", store.toString(),
                "--cache", cache.toString());
        assertEquals(0, build.exitCode(), build.toString());
        CliResult before = run("list", "--store", store.toString());
        assertEquals(0, before.exitCode(), before.toString());

        try (FileChannel channel = FileChannel.open(store.resolve("Data-0001").resolve("GSPO.idn"),
                StandardOpenOption.WRITE)) {
            channel.truncate(4096);
        }
        // As a person would: each command its own process, so no state of this JVM's TDB2 carries over.
        CliResult damaged = inChildJvm("list", "--store", store.toString());
        assertEquals(1, damaged.exitCode(), damaged.toString());
        assertTrue(damaged.err().startsWith("newsgraph: store " + store + " is damaged"), damaged.toString());

        CliResult rebuild = inChildJvm("rebuild", "--store", store.toString());
        assertEquals(0, rebuild.exitCode(), rebuild.toString());
        assertTrue(rebuild.out().startsWith("Built 2 documents (0 annotated, 2 from cache, 0 unchanged)"),
                "annotations come from the cache: " + rebuild.out());
        assertTrue(rebuild.out().contains("Rebuilt " + store + " from 1 recorded build; the old folder is kept as "),
                rebuild.out());
        CliResult after = run("list", "--store", store.toString());
        assertEquals(before, after, "the rebuilt store lists the same documents");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(1, siblings.filter(path -> path.getFileName().toString().startsWith("db.damaged-")).count());
        }
        CliResult again = inChildJvm("rebuild", "--store", store.toString());
        assertEquals(0, again.exitCode(), "the record of inputs moved with the rebuilt store: " + again);
    }

    /** The command in a JVM of its own, on this test's class path; its output once it has ended. */
    private CliResult inChildJvm(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("newsgraph " + String.join(" ", args) + " did not end in 5 minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return new CliResult(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
