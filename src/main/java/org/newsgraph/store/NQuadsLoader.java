package org.newsgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads document graphs written as N-Quads (by a distributed build, or {@code export --format nquads}) into a store.
 * Every file is parsed once before anything is written, so a malformed line is reported with its file and line and
 * the store stays as it was. An empty store is filled by TDB2's bulk loader; into a store that already holds
 * documents, each graph of the input replaces the stored graph of that name, all in one transaction.
 */
public final class NQuadsLoader {

    private static final Logger log = LoggerFactory.getLogger(NQuadsLoader.class);

    /** What a load did. {@code bulk}: TDB2's bulk loader filled an empty store. */
    public record Report(int files, long quads, int graphs, int replaced, boolean bulk, Duration elapsed) {}

    private NQuadsLoader() {
    }

    /**
     * The N-Quads files of {@code input}: the file itself, or a folder's {@code *.nq}, {@code *.nq.gz} and
     * {@code part-*} files (what Spark and Hadoop write), sorted by name; markers like {@code _SUCCESS} and hidden
     * checksum files are left out.
     */
    public static List<Path> files(Path input) {
        if (!Files.exists(input)) {
            throw new StoreException(input + ": no such file or directory");
        }
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> entries = Files.list(input)) {
            List<Path> files = entries.filter(Files::isRegularFile).filter(NQuadsLoader::isQuadFile).sorted().toList();
            if (files.isEmpty()) {
                throw new StoreException(input + ": no N-Quads files (*.nq, *.nq.gz or part-*) in this folder");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static boolean isQuadFile(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_") || name.endsWith(".crc")) {
            return false;
        }
        return name.endsWith(".nq") || name.endsWith(".nq.gz") || name.startsWith("part-");
    }

    /** What a check of N-Quads files found. */
    public record Scan(long quads, Set<Node> graphs) {}

    /** Parses every file without storing anything; a malformed line fails with its file and line. */
    public static Scan check(List<Path> files) {
        Set<Node> graphs = new HashSet<>();
        long quads = 0;
        for (Path file : files) {
            quads += check(file, graphs);
        }
        return new Scan(quads, graphs);
    }

    /** Adds a file's quads to {@code dataset} (check the files first for messages naming the line). */
    public static void read(Path file, DatasetGraph dataset) {
        parse(file, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                dataset.add(quad);
            }
        });
    }

    public static Report load(GraphStore store, Path input) {
        long start = System.nanoTime();
        List<Path> files = files(input);
        Scan scan = check(files);
        Set<Node> graphs = scan.graphs();
        long quads = scan.quads();
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        boolean empty = Txn.calculateRead(dsg, () -> dsg.isEmpty());
        int replaced;
        if (empty) {
            bulkLoad(dsg, files);
            replaced = 0;
        } else {
            replaced = Txn.calculateWrite(dsg, () -> replace(dsg, files, graphs));
        }
        store.refreshTextIndex(graphs);
        Report report = new Report(files.size(), quads, graphs.size(), replaced, empty,
                Duration.ofNanos(System.nanoTime() - start));
        log.debug("loaded {}", report);
        return report;
    }

    /** Parses one file without storing it; counts its quads and collects its graph names. */
    private static long check(Path file, Set<Node> graphs) {
        long[] count = {0};
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (quad.isDefaultGraph()) {
                    throw new StoreException(file + ": a triple outside any named graph (quad " + (count[0] + 1)
                            + "); every fact belongs to a document's graph");
                }
                graphs.add(quad.getGraph());
                count[0]++;
            }

            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                throw new StoreException(file + ": a triple outside any named graph (quad " + (count[0] + 1)
                        + "); every fact belongs to a document's graph");
            }
        };
        parse(file, sink);
        return count[0];
    }

    private static void bulkLoad(DatasetGraph dsg, List<Path> files) {
        DataLoader loader = LoaderFactory.parallelLoader(dsg,
                (format, args) -> log.debug(String.format(format, args)));
        loader.startBulk();
        try {
            for (Path file : files) {
                parse(file, loader.stream());
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    private static int replace(DatasetGraph dsg, List<Path> files, Set<Node> graphs) {
        int replaced = 0;
        for (Node graph : graphs) {
            if (dsg.containsGraph(graph)) {
                dsg.removeGraph(graph);
                replaced++;
            }
        }
        StreamRDF into = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                dsg.add(quad);
            }
        };
        files.forEach(file -> parse(file, into));
        return replaced;
    }

    private static void parse(Path file, StreamRDF sink) {
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(new LineErrors(file)).parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Turns RIOT's complaints into one line naming the file and the line. */
    private record LineErrors(Path file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            log.debug("{}:{}: {}", file, line, message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new StoreException(file + ":" + line + ": malformed N-Quads: " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    }
}
