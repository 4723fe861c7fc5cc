package org.newsgraph.cli;

import org.newsgraph.TestFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.StoreFixtures;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher script's class data sharing archives, on a copy of the launcher whose target/ holds this build's
 * classes and class path: the repository's own target/ is the one the running tests use, so no test may rebuild it.
 * A fake {@code mvn} stands in for the compile that the launcher runs when a source is newer than its last one.
 */
class LauncherClassDataSharingTest {

    /** Every JVM the launcher starts writes which classes it loaded from where into a file of its own. */
    private static final String CLASS_LOG = "-Xlog:class+load=info:file=%s/classes-%%p.log";

    @TempDir
    static Path shared;

    static Path store;
    static Path mainClasses;
    static String classpath;

    @TempDir
    Path temp;

    Path home;
    Path logs;
    /** The class logs of the JVMs that the last launch started (with the launcher's JVM probe, more than one). */
    Map<Path, String> lastLogs = Map.of();

    @BeforeAll
    static void storeAndBuild() throws IOException, URISyntaxException {
        store = StoreFixtures.storeWith(shared.resolve("db"), StoreFixtures.VETO, StoreFixtures.BUSES);
        mainClasses = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(mainClasses.resolve("org/newsgraph/cli")), mainClasses.toString());
        classpath = Files.readString(Path.of("target/classpath.txt")).strip();
    }

    @BeforeEach
    void launcherHome() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        Files.copy(Path.of("newsgraph"), home.resolve("newsgraph"), StandardCopyOption.COPY_ATTRIBUTES);
        TestFolders.copyTree(Path.of("queries"), home.resolve("queries"));
        Path target = Files.createDirectories(home.resolve("target"));
        TestFolders.copyTree(mainClasses, target.resolve("classes"));
        Files.writeString(target.resolve("classpath.txt"), classpath + "\n");
        Files.createFile(target.resolve(".built"));
        logs = Files.createDirectories(temp.resolve("logs"));
    }

    @Test
    void theFirstRunOfAShortCommandSavesAnArchiveAndTheNextRunsMapIt() throws Exception {
        Run withoutSharing = launch(Map.of("NEWSGRAPH_CDS", "0"), "query", "actors", "--store", store.toString());
        assertEquals(0, withoutSharing.exitCode(), withoutSharing.toString());
        assertEquals("", withoutSharing.err());
        assertTrue(withoutSharing.out().contains("Russia"), withoutSharing.out());
        assertEquals(List.of(), files("target/cds", ".jsa"), "NEWSGRAPH_CDS=0 saves no archive");

        Run saving = launch(Map.of(), "query", "actors", "--store", store.toString());
        assertEquals(withoutSharing, saving, "the saving run's output is the command's own, CDS warnings silenced");
        assertEquals(List.of(), files("target/cds", ".tmp"));
        assertEquals(1, files("target/cds", ".jsa").size(), "the first run saves the command's archive");
        assertEquals("jar", sourceOfMain(saving), "the saving run reads the classes from the jar");

        for (int run = 0; run < 2; run++) {
            Run mapping = launch(Map.of(), "query", "actors", "--store", store.toString());
            assertEquals(withoutSharing, mapping);
            assertEquals("shared objects file (top)", sourceOfMain(mapping), "later runs map the archive");
        }
    }

    @Test
    void aFailedRunLeavesNoArchiveAndHoldsOffSavingForTenMinutes() throws Exception {
        Path missing = temp.resolve("no-store");
        Run failed = launch(Map.of(), "stats", "--store", missing.toString());
        assertEquals(new Run(1, "", "newsgraph: no store at " + missing + "; run 'newsgraph build' first\n"), failed);
        assertEquals(List.of(), files("target/cds", ".jsa"));
        assertEquals(List.of(), files("target/cds", ".tmp"));
        List<String> holdOff = files("target/cds", ".failed");
        assertEquals(1, holdOff.size(), "a failed saving run is remembered");

        Run soonAfter = launch(Map.of(), "stats", "--store", store.toString());
        assertEquals(0, soonAfter.exitCode(), soonAfter.toString());
        assertEquals("", soonAfter.err());
        assertEquals("jar", sourceOfMain(soonAfter));
        assertEquals(List.of(), files("target/cds", ".jsa"), "no saving again within 10 minutes");

        Path marker = home.resolve("target/cds").resolve(holdOff.get(0));
        Files.setLastModifiedTime(marker, FileTime.fromMillis(System.currentTimeMillis() - 11 * 60_000));
        Run later = launch(Map.of(), "stats", "--store", store.toString());
        assertEquals(soonAfter, later);
        assertEquals(1, files("target/cds", ".jsa").size(), "a successful run after that saves the archive");
        assertEquals(List.of(), files("target/cds", ".failed"));
    }

    @Test
    void aRecompileOrAnotherClassPathDropsTheArchives() throws Exception {
        assertEquals(0, launch(Map.of(), "query", "actors", "--store", store.toString()).exitCode());
        List<String> queryArchive = files("target/cds", ".jsa");
        assertEquals(1, queryArchive.size());

        // One more (empty) folder: a class path the archive was not made with.
        Path extra = Files.createDirectories(temp.resolve("extra"));
        Files.writeString(home.resolve("target/classpath.txt"), classpath + ":" + extra + "\n");
        Run stats = launch(Map.of(), "stats", "--store", store.toString());
        assertEquals(0, stats.exitCode(), stats.toString());
        List<String> statsArchive = files("target/cds", ".jsa");
        assertEquals(1, statsArchive.size(), "the query archive went with the old class path: " + statsArchive);
        assertNotEquals(queryArchive, statsArchive);

        Path jar = home.resolve("target/newsgraph-classes.jar");
        FileTime jarBefore = Files.getLastModifiedTime(jar);
        Path compiled = home.resolve("mvn-ran");
        Path bin = Files.createDirectories(temp.resolve("bin"));
        // What a compile does that matters to the launcher: a class file is rewritten and the class path written.
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\n"
                + "touch '" + compiled + "' target/classes/org/newsgraph/cli/Main.class target/classpath.txt\n");
        Files.setPosixFilePermissions(bin.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
        // Newer than the last compile's stamp, as an edited pom would be.
        Files.writeString(home.resolve("pom.xml"), "<project/>\n");

        Run list = launch(Map.of("PATH", bin + ":" + path()), "list", "--store", store.toString());
        assertTrue(Files.exists(compiled), "the launcher compiled");
        assertEquals(0, list.exitCode(), list.toString());
        assertEquals("Rebuilding newsgraph (sources changed)...\n", list.err());
        assertNotEquals(jarBefore, Files.getLastModifiedTime(jar), "the jar is made again after a compile");
        List<String> listArchive = files("target/cds", ".jsa");
        assertEquals(1, listArchive.size(), "only the archive of the run after the compile: " + listArchive);
        assertTrue(listArchive.get(0).startsWith("list"), listArchive.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }

    /** Runs the launcher copy with the class log option and the test JVM's JDK first on the PATH. */
    private Run launch(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("newsgraph").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> variables = builder.environment();
        variables.keySet().removeIf(name -> name.startsWith("NEWSGRAPH_"));
        variables.put("PATH", path());
        variables.put("NEWSGRAPH_JAVA_OPTS", CLASS_LOG.formatted(logs));
        variables.putAll(environment);
        Set<Path> logsBefore = classLogs();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("newsgraph " + List.of(args) + " did not finish within 120 s");
        }
        lastLogs = new HashMap<>();
        for (Path log : classLogs()) {
            if (!logsBefore.contains(log)) {
                lastLogs.put(log, Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * Where the last launch's command JVM loaded the command line's main class from: "jar", or the source the JVM
     * names, e.g. "shared objects file (top)" for the archive.
     */
    private String sourceOfMain(Run run) {
        List<String> sources = lastLogs.values().stream()
                .flatMap(String::lines)
                .filter(line -> line.contains(" org.newsgraph.cli.Main source: "))
                .map(line -> line.substring(line.indexOf(" source: ") + " source: ".length()))
                .toList();
        assertEquals(1, sources.size(), "one JVM ran the command: " + sources + "\n" + run);
        String source = sources.get(0);
        return source.startsWith("file:") && source.endsWith("/target/newsgraph-classes.jar") ? "jar" : source;
    }

    private Set<Path> classLogs() throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            return files.collect(Collectors.toSet());
        }
    }

    private List<String> files(String folder, String suffix) throws IOException {
        Path directory = home.resolve(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(suffix)).sorted()
                    .toList();
        }
    }

    private static String path() {
        return Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH");
    }
}
