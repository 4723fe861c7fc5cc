package org.newsgraph.export;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The RDF syntaxes the store can be written in. Turtle, TriG, N-Triples and N-Quads go through RIOT's streaming
 * writers, so their size is bounded by the disk, not the heap. JSON-LD has no streaming writer: the selection is
 * copied into memory first. RDF/XML is written straight from the store, holding only the set of subjects in memory.
 */
public enum ExportFormat {
    TURTLE("turtle", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, Memory.STREAMED, false, "ttl"),
    TRIG("trig", Lang.TRIG, RDFFormat.TRIG_BLOCKS, Memory.STREAMED, true, "trig"),
    NQUADS("nquads", Lang.NQUADS, RDFFormat.NQUADS, Memory.STREAMED, true, "nq"),
    NTRIPLES("ntriples", Lang.NTRIPLES, RDFFormat.NTRIPLES, Memory.STREAMED, false, "nt"),
    // Pretty (compacted with a context made from the prefixes): the point of JSON-LD is to be read by JSON code.
    JSONLD("jsonld", Lang.JSONLD, RDFFormat.JSONLD11_PRETTY, Memory.IN_MEMORY, true, "jsonld"),
    // The plain writer emits one rdf:Description per subject as it walks the graph; the abbreviated one would
    // analyse the whole graph first.
    RDFXML("rdfxml", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, Memory.SUBJECTS, false, "rdf");

    /** How much of the selection a writer holds in memory. */
    public enum Memory { STREAMED, SUBJECTS, IN_MEMORY }

    private final String label;
    private final Lang lang;
    private final RDFFormat rdfFormat;
    private final Memory memory;
    private final boolean namedGraphs;
    private final String extension;

    ExportFormat(String label, Lang lang, RDFFormat rdfFormat, Memory memory, boolean namedGraphs, String extension) {
        this.label = label;
        this.lang = lang;
        this.rdfFormat = rdfFormat;
        this.memory = memory;
        this.namedGraphs = namedGraphs;
        this.extension = extension;
    }

    /** {@code turtle|trig|nquads|ntriples|jsonld|rdfxml}, for messages and help. */
    public static String choices() {
        return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining("|"));
    }

    public static ExportFormat parse(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.label.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "'; use " + choices());
    }

    /** The format a file name's extension stands for: {@code .ttl}, {@code .trig}, {@code .nq}, {@code .jsonld}... */
    public static Optional<ExportFormat> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return switch (lower.substring(dot + 1)) {
            case "ttl", "turtle" -> Optional.of(TURTLE);
            case "trig" -> Optional.of(TRIG);
            case "nq", "nquads" -> Optional.of(NQUADS);
            case "nt", "ntriples" -> Optional.of(NTRIPLES);
            case "jsonld", "json" -> Optional.of(JSONLD);
            case "rdf", "xml", "owl" -> Optional.of(RDFXML);
            default -> Optional.empty();
        };
    }

    /** The name typed on the command line. */
    public String label() {
        return label;
    }

    /** RIOT's name for the syntax, e.g. for reading an export back. */
    public Lang lang() {
        return lang;
    }

    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    public Memory memory() {
        return memory;
    }

    /** True for syntaxes that can carry named graphs, so an export keeps one graph per document. */
    public boolean keepsNamedGraphs() {
        return namedGraphs;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** What a selection of this format holds when none is asked for: every graph if it can, else their union. */
    public GraphSelection defaultSelection() {
        return namedGraphs ? GraphSelection.ALL : GraphSelection.UNION;
    }
}
