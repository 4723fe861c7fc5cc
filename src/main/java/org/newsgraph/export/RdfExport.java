package org.newsgraph.export;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.CannotEncodeCharacterException;
import org.apache.jena.shared.InvalidPropertyURIException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.newsgraph.graph.ExportText;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.StoredDocumentGraphs;
import org.newsgraph.store.GraphStore;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes the store, or part of it, in an RDF syntax, with the ontology's prefixes. Everything happens inside one
 * read transaction, so a build running meanwhile in the same program is either wholly in the export or not at all.
 */
public final class RdfExport {

    /**
     * A low estimate of the heap JSON-LD takes per quad (copy, JSON-LD model, output): measured at about 2.5 kB on
     * newsgraph's evidence-heavy graphs.
     */
    static final long IN_MEMORY_BYTES_PER_STATEMENT = 2048;

    private final PrefixMapping prefixes;

    public RdfExport() {
        this(NG.prefixes());
    }

    public RdfExport(PrefixMapping prefixes) {
        // Sorted, so that two exports of the same store are byte for byte the same.
        PrefixMapping sorted = PrefixMapping.Factory.create();
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach(sorted::setNsPrefix);
        this.prefixes = sorted.lock();
    }

    /**
     * Writes {@code selection} to {@code out}, which is flushed but not closed.
     *
     * @throws IllegalArgumentException when the format cannot hold the selection (all graphs as Turtle), or the
     *                                  document does not exist
     */
    public ExportReport export(GraphStore store, ExportFormat format, GraphSelection selection, OutputStream out) {
        if (selection instanceof GraphSelection.All && !format.keepsNamedGraphs()) {
            throw new IllegalArgumentException(format.label() + " holds one graph, not one per document; export "
                    + "the union graph or one document, or use a format with named graphs (trig, nquads, jsonld)");
        }
        long started = System.nanoTime();
        CountingOutputStream counted = new CountingOutputStream(out);
        Written written = store.read(dataset -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node documentGraph = selection instanceof GraphSelection.Document document
                    ? StoredDocumentGraphs.find(dsg, document.id()).orElseThrow(() -> new IllegalArgumentException(
                    "no document '" + document.id() + "' in " + store.location() + "; 'newsgraph list' shows the ids"))
                    : null;
            try {
                return switch (format.memory()) {
                    case STREAMED -> stream(dsg, format, selection, documentGraph, counted);
                    case SUBJECTS -> writeGraph(dsg, format, selection, documentGraph, counted);
                    case IN_MEMORY -> writeCopy(dsg, format, selection, documentGraph, counted);
                };
            } catch (InvalidPropertyURIException e) {
                throw new IllegalArgumentException("cannot write " + format.label() + ": RDF/XML cannot express the "
                        + "predicate <" + e.getMessage() + "> (it must end in a name); use another format", e);
            } catch (CannotEncodeCharacterException e) {
                throw new IllegalArgumentException("cannot write " + format.label() + ": " + e.getMessage(), e);
            } catch (RuntimeIOException e) {
                throw new UncheckedIOException("cannot write the export: " + ioMessage(e), new IOException(e));
            } catch (RiotException e) {
                throw new IllegalArgumentException("cannot write " + format.label() + ": " + e.getMessage(), e);
            }
        });
        try {
            counted.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
        }
        return new ExportReport(format, selection, written.statements(), written.graphs(), counted.count(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Writes to {@code file} through a temporary file beside it, moved into place only when the export is complete:
     * a failed export leaves an earlier file of that name as it was, not half overwritten.
     */
    public ExportReport export(GraphStore store, ExportFormat format, GraphSelection selection, Path file) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        // Not Files.createTempFile: its files are private to the owner, and the export should get the usual
        // permissions of a new file.
        Path partial = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            ExportReport report;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                report = export(store, format, selection, out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // The export already failed with its own message; a stray .part file is the lesser problem.
                }
            }
        }
    }

    private record Written(long statements, int graphs) {
    }

    /** Jena wraps the IOException of a full disk or a closed stream; its own message is the one worth showing. */
    private static String ioMessage(RuntimeIOException error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /** RIOT's streaming writers: each quad goes to the output as it is read from the indexes. */
    private Written stream(DatasetGraph dsg, ExportFormat format, GraphSelection selection, Node documentGraph,
                           OutputStream out) {
        CountingStream writer = new CountingStream(StreamRDFWriter.getWriterStream(out, format.rdfFormat(), null));
        writer.start();
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach(writer::prefix);
        if (selection instanceof GraphSelection.All) {
            // TDB2 returns the quads graph by graph, which is what TriG's blocks need.
            dsg.find().forEachRemaining(quad -> {
                if (quad.isDefaultGraph()) {
                    writer.triple(quad.asTriple());
                } else {
                    writer.quad(quad);
                }
            });
        } else if (selection instanceof GraphSelection.Union) {
            dsg.getUnionGraph().find().forEachRemaining(writer::triple);
        } else {
            Iterator<Triple> triples = dsg.getGraph(documentGraph).find();
            if (format.keepsNamedGraphs()) {
                triples.forEachRemaining(triple -> writer.quad(Quad.create(documentGraph, triple)));
            } else {
                triples.forEachRemaining(writer::triple);
            }
        }
        writer.finish();
        return new Written(writer.statements, writer.graphs.size());
    }

    /** RDF/XML from the stored graph itself, seen through a wrapper that lends it the export's prefixes. */
    private Written writeGraph(DatasetGraph dsg, ExportFormat format, GraphSelection selection, Node documentGraph,
                               OutputStream out) {
        Graph graph = selection instanceof GraphSelection.Document ? dsg.getGraph(documentGraph) : dsg.getUnionGraph();
        Graph withPrefixes = new GraphWrapper(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return prefixes;
            }

            @Override
            public ExtendedIterator<Triple> find(Triple pattern) {
                return super.find(pattern).mapWith(RdfExport::xmlSafe);
            }

            @Override
            public ExtendedIterator<Triple> find(Node subject, Node predicate, Node object) {
                return super.find(subject, predicate, object).mapWith(RdfExport::xmlSafe);
            }
        };
        RDFWriter.source(withPrefixes).format(format.rdfFormat()).output(out);
        return new Written(graph.size(), 0);
    }

    /**
     * The triple with the characters XML 1.0 cannot carry in any form (C0 controls, U+FFFE, unpaired surrogates)
     * replaced by U+FFFD in its literal. Ingest removes them, but a store built by an older version or loaded by
     * other tools may hold one, and one stray control character would otherwise fail the whole RDF/XML export.
     */
    private static Triple xmlSafe(Triple triple) {
        Node object = triple.getObject();
        if (!object.isLiteral()) {
            return triple;
        }
        String lexical = object.getLiteralLexicalForm();
        String safe = ExportText.clean(lexical);
        if (safe.equals(lexical)) {
            return triple;
        }
        Node replaced = object.getLiteralLanguage().isEmpty()
                ? NodeFactory.createLiteralDT(safe, object.getLiteralDatatype())
                : NodeFactory.createLiteralLang(safe, object.getLiteralLanguage());
        return Triple.create(triple.getSubject(), triple.getPredicate(), replaced);
    }

    /** JSON-LD: a copy of the selection in memory, since the JSON-LD writer builds its whole document first. */
    private Written writeCopy(DatasetGraph dsg, ExportFormat format, GraphSelection selection, Node documentGraph,
                              OutputStream out) {
        requireMemoryFor(size(dsg, selection, documentGraph), format);
        DatasetGraph copy = DatasetGraphFactory.create();
        Set<Node> graphs = new HashSet<>();
        if (selection instanceof GraphSelection.All) {
            dsg.find().forEachRemaining(quad -> {
                copy.add(quad);
                if (!quad.isDefaultGraph()) {
                    graphs.add(quad.getGraph());
                }
            });
        } else if (selection instanceof GraphSelection.Union) {
            dsg.getUnionGraph().find().forEachRemaining(copy.getDefaultGraph()::add);
        } else {
            dsg.getGraph(documentGraph).find().forEachRemaining(triple -> copy.add(Quad.create(documentGraph, triple)));
            graphs.add(documentGraph);
        }
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach(copy.prefixes()::add);
        RDFWriter.source(copy).format(format.rdfFormat()).output(out);
        return new Written(copy.stream().count(), graphs.size());
    }

    private static long size(DatasetGraph dsg, GraphSelection selection, Node documentGraph) {
        if (selection instanceof GraphSelection.All) {
            return Iter.count(dsg.find());
        }
        if (selection instanceof GraphSelection.Union) {
            return dsg.getUnionGraph().size();
        }
        return dsg.getGraph(documentGraph).size();
    }

    /**
     * Fails at once when the copy plainly cannot fit: without this a JVM short of heap spends minutes collecting
     * garbage before it gives up (1 million quads took 200 s to fail in a 256 MB heap, and 2.5 GB to succeed).
     */
    private static void requireMemoryFor(long statements, ExportFormat format) {
        long heap = Runtime.getRuntime().maxMemory();
        long needed = statements * IN_MEMORY_BYTES_PER_STATEMENT;
        if (needed > heap) {
            throw new IllegalArgumentException(format.label() + " is built in memory: " + statements
                    + " statements need about " + megabytes(needed) + " MB, more than the " + megabytes(heap)
                    + " MB heap; use a streamed format (trig, nquads, turtle, ntriples), export one document "
                    + "with --graph ID, or give Java more memory (NEWSGRAPH_HEAP for the newsgraph launcher)");
        }
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    /** Counts what passes, so the summary tells what was written rather than what the store holds. */
    private static final class CountingStream extends StreamRDFWrapper {
        private long statements;
        private final Set<Node> graphs = new HashSet<>();

        CountingStream(StreamRDF destination) {
            super(destination);
        }

        @Override
        public void triple(Triple triple) {
            statements++;
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            statements++;
            if (!quad.isDefaultGraph()) {
                graphs.add(quad.getGraph());
            }
            super.quad(quad);
        }
    }

    private static final class CountingOutputStream extends FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        long count() {
            return count;
        }
    }
}
