package org.newsgraph.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.RdfExport;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactValue;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.graph.ExportText;
import org.newsgraph.graph.GraphFilter;
import org.newsgraph.graph.GraphFormat;
import org.newsgraph.graph.GraphProjector;
import org.newsgraph.graph.Projection;
import org.newsgraph.rdf.DocumentGraphMapper;
import org.newsgraph.rdf.DocumentRecord;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.ResolvedDocument;
import org.newsgraph.store.GraphStore;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random entities, facts, sentences, ids and titles through the resolver and the mapper into a real TDB2 store, then
 * out in every RDF syntax (read back by RIOT: the same graph, but for the characters XML cannot carry) and every graph
 * format that needs no external program (read back by an XML parser and Jackson). A failure names its seed;
 * {@code -Dnewsgraph.fuzz.seed=SEED} makes the first repetition use it.
 */
class MappingFuzzTest {

    static final long BASE_SEED = Long.getLong("newsgraph.fuzz.seed", 9_000_000L);
    private static final EntityKind[] KINDS = EntityKind.values();
    private static final String[] ENTITY_PREDICATES = {"opposes", "supports", "drafted", "represents", "from", "to",
            "facilitatedBy", "obstructedBy", "speaker", "onBehalfOf", "about", "concerns"};
    private static final String[] LITERAL_PREDICATES = {"quote", "role", "paraphrase"};
    private static final Pattern DATA_ELEMENT = Pattern.compile(
            "<script type=\"application/json\" id=\"newsgraph-data\">(.*?)</script>", Pattern.DOTALL);

    @TempDir
    static Path temp;

    /** One store for all repetitions, each of which removes its document again: creating TDB2 takes a while. */
    static GraphStore store;

    @BeforeAll
    static void openStore() {
        store = GraphStore.open(temp.resolve("db"));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @RepeatedTest(20)
    void randomFactsWriteAsValidRdfInEverySyntax(RepetitionInfo repetition) throws Exception {
        long seed = BASE_SEED + repetition.getCurrentRepetition() - 1;
        RandomInput random = new RandomInput(seed);
        String documentId = nonBlank(random, 30);
        Model mapped;
        try {
            mapped = map(random, documentId);
        } catch (RuntimeException e) {
            throw new AssertionError(reproduce(seed) + ": mapping threw " + e, e);
        }

        try {
            store.replaceDocument(documentId, mapped);
            for (ExportFormat format : ExportFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new RdfExport().export(store, format, format.defaultSelection(), out);
                Dataset back = DatasetFactory.create();
                try {
                    // U+FFFE and U+FFFF draw a warning from RIOT; they are legal, and only errors matter here.
                    RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(format.lang())
                            .errorHandler(ErrorHandlerFactory.errorHandlerIgnoreWarnings(ErrorHandlerFactory.noLogger))
                            .parse(back);
                } catch (RuntimeException e) {
                    throw new AssertionError(reproduce(seed) + ": " + format.label() + " does not parse: " + e, e);
                }
                Model read = comparable(format.keepsNamedGraphs() ? back.getUnionModel() : back.getDefaultModel(),
                        false);
                Model wanted = comparable(mapped, format == ExportFormat.RDFXML);
                assertTrue(wanted.isIsomorphicWith(read), () -> reproduce(seed) + ": " + format.label()
                        + " changed the graph; written but not read back:\n" + triples(wanted.difference(read))
                        + "\nread back but not written:\n" + triples(read.difference(wanted)));
            }

            Projection projection = new GraphProjector().project(store, GraphFilter.everything());
            for (GraphFormat format : GraphFormat.values()) {
                if (format.needsGraphviz()) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                format.write(projection, out);
                try {
                    readBack(format, out.toByteArray(), projection.nodes().size());
                } catch (Exception | AssertionError e) {
                    throw new AssertionError(reproduce(seed) + ": " + format.label() + " unreadable: " + e, e);
                }
            }
        } finally {
            store.removeDocument(documentId);
        }
    }

    private static String triples(Model model) {
        StringBuilder text = new StringBuilder();
        model.getGraph().find().forEachRemaining(triple -> text.append(triple).append('\n'));
        return text.toString();
    }

    private static String reproduce(long seed) {
        return "seed " + seed + " (rerun with -Dtest=MappingFuzzTest -Dnewsgraph.fuzz.seed=" + seed + ")";
    }

    private static String nonBlank(RandomInput random, int maxLength) {
        return random.text(maxLength) + random.word();
    }

    private static Model map(RandomInput random, String documentId) {
        List<LocalEntity> entities = new ArrayList<>();
        int count = random.between(1, 8);
        for (int i = 0; i < count; i++) {
            EntityKind kind = random.pick(KINDS);
            String label = nonBlank(random, 60);
            Set<String> names = new HashSet<>(List.of(label));
            if (random.chance(0.5)) {
                names.add(nonBlank(random, 30));
            }
            String wikidata = random.chance(0.2) ? "Q" + random.between(1, 99999) : null;
            entities.add(new LocalEntity(kind.name().toLowerCase() + "-" + i, kind, label, names, wikidata,
                    Map.of()));
        }
        List<Fact> facts = new ArrayList<>();
        int factCount = random.between(0, 10);
        for (int i = 0; i < factCount; i++) {
            String subject = entities.get(random.between(0, count - 1)).key();
            Evidence evidence = random.chance(0.8) ? new Evidence(random.between(0, 50), nonBlank(random, 400),
                    random.between(0, 5000), random.between(0, 5000), random.random().nextDouble(),
                    nonBlank(random, 20)) : null;
            if (random.chance(0.7)) {
                String object = entities.get(random.between(0, count - 1)).key();
                facts.add(new Fact(subject, random.pick(ENTITY_PREDICATES), new FactValue.EntityRef(object), evidence));
            } else {
                facts.add(new Fact(subject, random.pick(LITERAL_PREDICATES),
                        FactValue.Literal.string(random.text(200)), evidence));
            }
        }
        LocalDate date = random.chance(0.7) ? LocalDate.of(random.between(1990, 2030), random.between(1, 12),
                random.between(1, 28)) : null;
        ResolvedDocument resolved = new EntityResolver(List.of())
                .resolve(new DocumentFacts(documentId, date, entities, facts));
        return new DocumentGraphMapper().map(resolved, new DocumentRecord(documentId,
                random.chance(0.8) ? nonBlank(random, 100) : null, random.chance(0.5) ? nonBlank(random, 30) : null,
                date, "ab".repeat(32), random.between(0, 100)));
    }

    /**
     * The graph with doubles in one lexical form (Turtle writes 0.5 as 0.5e0: the same value) and, for RDF/XML,
     * with the characters XML 1.0 forbids replaced by U+FFFD as the export does.
     */
    private static Model comparable(Model model, boolean xml) {
        Model carriable = ModelFactory.createDefaultModel();
        model.getGraph().find().forEachRemaining(triple -> {
            Node object = triple.getObject();
            if (object.isLiteral() && object.getLiteralDatatype().equals(XSDDatatype.XSDdouble)) {
                object = NodeFactory.createLiteralDT(
                        Double.toString(Double.parseDouble(object.getLiteralLexicalForm())), XSDDatatype.XSDdouble);
            } else if (object.isLiteral() && xml) {
                object = NodeFactory.createLiteralDT(ExportText.clean(object.getLiteralLexicalForm()),
                        object.getLiteralDatatype());
            }
            carriable.getGraph().add(Triple.create(triple.getSubject(), triple.getPredicate(), object));
        });
        return carriable;
    }

    private static void readBack(GraphFormat format, byte[] bytes, int nodes) throws Exception {
        switch (format.label()) {
            case "graphml" -> {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
                assertEquals(nodes, xml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node")
                        .getLength());
            }
            case "cyjs" -> assertEquals(nodes, new ObjectMapper().readTree(bytes).get("elements").get("nodes").size());
            case "html" -> {
                Matcher data = DATA_ELEMENT.matcher(new String(bytes, StandardCharsets.UTF_8));
                assertTrue(data.find(), "no data element");
                assertTrue(!data.group(1).contains("<"), "markup inside the data element");
                new ObjectMapper().readTree(data.group(1));
            }
            default -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertTrue(text.startsWith("digraph"), text);
            }
        }
    }
}
