package org.newsgraph.validate;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.vocabulary.DCTerms;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a store against SHACL shapes ({@code ontology/shapes.ttl}). As the shapes expect, validation runs on the
 * union of the document graphs, inside one read transaction and without copying the store: a constraint such as
 * "one rdfs:label per entity" only means something across documents.
 */
public final class StoreValidator {

    /** The shapes' own namespace, so reports say {@code ngsh:EvidenceConfidence}. */
    public static final String SHAPES_NS = "https://w3id.org/newsgraph/shapes#";
    private static final String SHACL_NS = "http://www.w3.org/ns/shacl#";

    private final Path shapesFile;
    private final Shapes shapes;

    /**
     * Reads the shapes.
     *
     * @throws IllegalArgumentException when the file is missing or is not valid SHACL
     */
    public StoreValidator(Path shapesFile) {
        this.shapesFile = shapesFile;
        if (!Files.isRegularFile(shapesFile)) {
            throw new IllegalArgumentException("no shapes file " + shapesFile);
        }
        try {
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(shapesFile).parse(graph);
            this.shapes = Shapes.parse(graph);
        } catch (RiotException | ShaclException e) {
            throw new IllegalArgumentException("cannot read shapes from " + shapesFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * The shapes of the installation ({@code newsgraph.home}/ontology/shapes.ttl when started by the launcher), else
     * those in the working directory.
     */
    public static Path standardShapesFile() {
        String home = System.getProperty("newsgraph.home");
        if (home != null && !home.isBlank()) {
            Path installed = Path.of(home, "ontology", "shapes.ttl");
            if (Files.isRegularFile(installed)) {
                return installed;
            }
        }
        return Path.of("ontology", "shapes.ttl");
    }

    /** Prefixes for reading results: the ontology's, {@code ngsh:} and {@code sh:}. */
    public static PrefixMapping prefixes() {
        return NG.prefixes().setNsPrefix("ngsh", SHAPES_NS).setNsPrefix("sh", SHACL_NS);
    }

    public Path shapesFile() {
        return shapesFile;
    }

    /** The number of shapes, property shapes included. */
    public int shapeCount() {
        return shapes.numShapes();
    }

    public ValidationResult validate(GraphStore store) {
        long started = System.nanoTime();
        return store.read(dataset -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Graph union = dsg.getUnionGraph();
            ValidationReport report = ShaclValidator.get().validate(shapes, union);
            Map<Node, String> documentIds = documentIds(dsg);
            List<ValidationProblem> problems = new ArrayList<>();
            Prologue prologue = new Prologue(prefixes());
            for (ReportEntry entry : report.getEntries()) {
                String path = entry.resultPath() == null ? null : PathWriter.asString(entry.resultPath(), prologue);
                problems.add(new ValidationProblem(entry.source(), entry.severity().level(), entry.focusNode(), path,
                        entry.value(), messageOf(entry), documentsAbout(dsg, entry.focusNode(), documentIds)));
            }
            problems.sort(Comparator.comparing((ValidationProblem problem) -> String.valueOf(problem.shape()))
                    .thenComparing(problem -> String.valueOf(problem.focusNode())));
            // Copied: the report's model may refer to the data graph, which is gone after the transaction.
            Model reportModel = ModelFactory.createDefaultModel().add(report.getModel());
            reportModel.setNsPrefixes(prefixes());
            return new ValidationResult(shapesFile, shapes.numShapes(), union.size(), documentIds.size(),
                    report.conforms(), problems, reportModel, Duration.ofNanos(System.nanoTime() - started));
        });
    }

    private static String messageOf(ReportEntry entry) {
        String message = entry.message();
        return message == null || message.isBlank() ? "(the shape gives no message)" : message.strip();
    }

    /** Graph name to document id, for the graphs that describe their own document (as every document graph does). */
    private static Map<Node, String> documentIds(DatasetGraph dsg) {
        Map<Node, String> ids = new HashMap<>();
        Node identifier = DCTerms.identifier.asNode();
        dsg.listGraphNodes().forEachRemaining(graph -> {
            Iterator<Quad> quads = dsg.find(graph, graph, identifier, Node.ANY);
            try {
                if (quads.hasNext()) {
                    Node id = quads.next().getObject();
                    ids.put(graph, id.isLiteral() ? id.getLiteralLexicalForm() : id.toString());
                }
            } finally {
                Iter.close(quads);
            }
        });
        return ids;
    }

    /** The documents whose graphs have the node as a subject: where a reader goes to fix it. */
    private static List<String> documentsAbout(DatasetGraph dsg, Node focus, Map<Node, String> documentIds) {
        if (focus == null || focus.isLiteral()) {
            return List.of();
        }
        TreeSet<String> documents = new TreeSet<>();
        dsg.findNG(Node.ANY, focus, Node.ANY, Node.ANY).forEachRemaining(quad ->
                documents.add(documentIds.getOrDefault(quad.getGraph(), quad.getGraph().toString())));
        return List.copyOf(documents);
    }
}
