package org.newsgraph.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.AnnotationCache;
import org.newsgraph.rdf.NG;
import org.newsgraph.serve.CapturedLog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A store and an annotation cache on a small tmpfs that fills up (ENOSPC), then grows: the write that does not fit
 * fails with one line, what was stored before stays whole, and writing goes on once there is room. Mounting needs
 * root (as in CI); elsewhere the tests are skipped with the reason.
 */
class FullDiskTest {

    private static final int TRIPLES_PER_DOCUMENT = 200;

    @TempDir
    Path temp;

    private Path disk;

    @BeforeEach
    void mountASmallDisk() throws IOException, InterruptedException {
        disk = Files.createDirectories(temp.resolve("disk"));
        String problem = mount("-t", "tmpfs", "-o", "size=40m", "tmpfs", disk.toString());
        assumeTrue(problem == null, "cannot mount a tmpfs for the full-disk tests (needs root): " + problem);
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (disk != null) {
            mount("-l", disk.toString());
        }
    }

    @Test
    void aWriteThatFillsTheDiskIsOneLineAndWhatWasStoredStaysWhole() throws Exception {
        Path folder = disk.resolve("db");
        List<String> stored = new ArrayList<>();
        StoreException full = null;
        int next = 0;
        try (GraphStore store = GraphStore.open(folder)) {
            while (full == null && next < 10_000) {
                // Batches of five, as a build writes them: one transaction each.
                Map<String, Model> batch = new LinkedHashMap<>();
                for (int i = 0; i < 5; i++, next++) {
                    batch.put("doc-" + next, document("doc-" + next));
                }
                try {
                    store.replaceDocuments(batch);
                    stored.addAll(batch.keySet());
                } catch (StoreException e) {
                    full = e;
                    next -= batch.size();
                }
            }
        }
        assertNotNull(full, "a 40 MB disk took " + next + " documents without filling");
        String message = full.getMessage();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("store " + folder + ": the disk is full ("), message);
        assertTrue(message.matches(".*writing these \\d+ triples needs about \\d+ MB more.*"), message);
        assertFalse(stored.isEmpty(), "some batches fitted before the disk filled");

        assertEquals(null, mount("-o", "remount,size=400m", disk.toString()), "the disk grows");
        try (GraphStore store = GraphStore.open(folder, GraphStore.Access.UPDATE)) {
            assertEquals(Set(stored), store.documentIds(), "every committed batch, and nothing of the failed one");
            assertEquals((long) stored.size() * (TRIPLES_PER_DOCUMENT + 2), store.tripleCount(),
                    "every stored document whole");
            Map<String, Model> rest = new LinkedHashMap<>();
            for (int i = 0; i < 20; i++) {
                rest.put("doc-" + (next + i), document("doc-" + (next + i)));
            }
            store.replaceDocuments(rest);
            assertEquals(stored.size() + 20, store.documentIds().size(), "the next build completes");
        }
    }

    @Test
    void aFullDiskStopsTheAnnotationCacheWithOneWarningAndNoHalfEntries() throws Exception {
        assertEquals(null, mount("-o", "remount,size=1m", disk.toString()));
        Path folder = disk.resolve("cache");
        AnnotationCache cache = new AnnotationCache(folder);
        AnnotatedDocument annotation = fixtureAnnotation();
        List<String> keys = new ArrayList<>();
        try (CapturedLog log = new CapturedLog()) {
            for (int i = 0; i < 400; i++) {
                String key = AnnotationCache.sha256("article " + i);
                cache.put(key, annotation);
                keys.add(key);
            }
            List<String> warnings = log.text().lines().filter(line -> line.contains("annotation cache")).toList();
            assertEquals(1, warnings.size(), "one warning, not one per entry: " + log.text());
            assertTrue(warnings.get(0).startsWith("WARN annotation cache " + folder + ": the disk is full ("),
                    warnings.get(0));
            assertTrue(warnings.get(0).contains("an entry needs about "), warnings.get(0));
        }
        try (Stream<Path> files = Files.walk(folder)) {
            assertFalse(files.anyMatch(file -> file.toString().endsWith(".tmp")), "no half-written entry is left");
        }
        long whole = keys.stream().filter(key -> cache.get(key).isPresent()).count();
        assertTrue(whole > 0 && whole < keys.size(), "some entries fitted, not all: " + whole);

        assertEquals(null, mount("-o", "remount,size=100m", disk.toString()));
        String later = AnnotationCache.sha256("an article after space was freed");
        cache.put(later, annotation);
        assertTrue(cache.get(later).isPresent(), "entries are cached again once there is room");
    }

    private static java.util.Set<String> Set(List<String> ids) {
        return java.util.Set.copyOf(ids);
    }

    /** A document graph of the mapper's shape: typed, with its identifier, and many statements of text. */
    private static Model document(String id) {
        Model graph = ModelFactory.createDefaultModel();
        Resource document = graph.createResource("https://w3id.org/newsgraph/id/doc/" + id);
        document.addProperty(RDF.type, NG.Document);
        document.addProperty(DCTerms.identifier, id);
        for (int i = 0; i < TRIPLES_PER_DOCUMENT; i++) {
            document.addProperty(graph.createProperty("urn:test:p" + i), id + " says thing " + i + " at length, "
                    + "so that the store grows quickly enough to fill a small disk.");
        }
        return graph;
    }

    private static AnnotatedDocument fixtureAnnotation() throws IOException {
        try (InputStream in = FullDiskTest.class.getResourceAsStream("/extract/council-vote.annotation.json")) {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, AnnotatedDocument.class);
        }
    }

    /** Runs mount (or umount with "-l"); null when it worked, else what it said. */
    private static String mount(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        boolean unmount = args.length > 0 && args[0].equals("-l");
        command.add(unmount ? "umount" : "mount");
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return "no mount command: " + e.getMessage();
        }
        boolean done = process.waitFor(30, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!done) {
            process.destroyForcibly();
            return "mount did not finish";
        }
        return process.exitValue() == 0 ? null : "exit " + process.exitValue() + ": " + output;
    }
}
