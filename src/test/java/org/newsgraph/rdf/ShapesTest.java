package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ontology/shapes.ttl against hand-built data, validated on the union graph as the pipeline does. */
class ShapesTest {

    private static final String SHAPES = "ontology/shapes.ttl";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String NGSH = "https://w3id.org/newsgraph/shapes#";

    private static Shapes shapes;
    private static Graph shapesGraph;

    @BeforeAll
    static void load() {
        shapesGraph = RDFDataMgr.loadGraph(SHAPES);
        shapes = Shapes.parse(shapesGraph);
    }

    static Graph union(String resource) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = ShapesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "test resource " + resource);
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dsg.getUnionGraph();
    }

    static ValidationReport validate(String resource) {
        return ShaclValidator.get().validate(shapes, union(resource));
    }

    private static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), RDFFormat.TURTLE_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ontologyAndShapesParse() {
        Model ontology = RDFDataMgr.loadModel("ontology/newsgraph.ttl");
        assertFalse(ontology.isEmpty());
        assertTrue(shapes.numRootShapes() > 5, "root shapes: " + shapes.numRootShapes());
    }

    @Test
    void handBuiltArticleConforms() {
        ValidationReport report = validate("/rdf/valid.trig");
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void queryFixtureConformsToo() {
        ValidationReport report = validate("/query/mini.trig");
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void brokenDataIsReportedByTheShapeItBreaks() {
        ValidationReport report = validate("/rdf/broken.trig");
        assertFalse(report.conforms());
        Set<String> sources = reportingShapes(report);
        List<String> expected = List.of(
                "DocumentIdentifier", "DocumentIssued", "DocumentContentHash",
                "EntityLabel", "EntitySameAs", "EntityMentionedIn", "PersonRepresents",
                "ResolutionStatus", "ResolutionDraftedMirror", "ResolutionConsideredBy",
                "EvacuationFrom", "EvacuationStatus", "EvacuationCount",
                "StatementTextShape", "StatementSpeaker", "StatementSource",
                "EvidenceConfidence", "EvidenceSentence", "EvidenceCharStart", "EvidenceFactShape",
                "StanceSubjectShape", "StanceOpposes", "StanceVetoed");
        for (String shape : expected) {
            assertTrue(sources.contains(NGSH + shape), shape + " not reported; reported: " + sources);
        }
        for (ReportEntry e : report.getEntries()) {
            assertNotNull(e.message(), "every result carries a message: " + e);
            assertFalse(e.message().isBlank(), "every result carries a message: " + e);
        }
    }

    @Test
    void aBrokenStatusTimelineIsReportedByTheShapeItBreaks() {
        ValidationReport report = validate("/rdf/broken-timeline.trig");
        assertFalse(report.conforms());
        Set<String> sources = reportingShapes(report);
        for (String shape : List.of("StatusReportStatus", "StatusReportEvidence", "StatusReportDate",
                "StatusReportOf", "EvacuationStatusReport")) {
            assertTrue(sources.contains(NGSH + shape), shape + " not reported; reported: " + sources);
        }
    }

    /** The shapes a report's results come from. */
    private static Set<String> reportingShapes(ValidationReport report) {
        return report.getEntries().stream()
                .map(ReportEntry::source)
                .filter(Node::isURI)
                .map(Node::getURI)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void labelConflictIsFoundOnlyAcrossDocuments() {
        ValidationReport report = validate("/rdf/broken.trig");
        Node ruritania = NodeFactory.createURI(NG.ID + "country/ruritania");
        assertTrue(report.getEntries().stream().anyMatch(e ->
                        e.focusNode().equals(ruritania) && e.source().getURI().equals(NGSH + "EntityLabel")),
                "two documents naming one entity differently must be caught on the union");
    }

    @Test
    void everyShapeIsNamedAndExplainsItself() {
        Model m = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(shapesGraph);
        Resource nodeShape = m.createResource(SH + "NodeShape");
        Resource propertyShape = m.createResource(SH + "PropertyShape");
        var message = m.createProperty(SH + "message");
        var property = m.createProperty(SH + "property");
        int named = 0;
        for (Resource type : List.of(nodeShape, propertyShape)) {
            for (Resource s : m.listSubjectsWithProperty(RDF.type, type).toList()) {
                assertTrue(s.isURIResource(), "shape without an IRI: " + s);
                named++;
            }
        }
        assertTrue(named > 60, "shapes found: " + named);
        for (RDFNode ps : m.listObjectsOfProperty(property).toList()) {
            assertTrue(ps.isURIResource(), "property shape without an IRI: " + ps);
            assertTrue(ps.asResource().hasProperty(message), ps + " has no sh:message");
        }
        // Node shapes with their own constraints (not only sh:property) explain them too.
        for (Resource s : m.listSubjectsWithProperty(RDF.type, nodeShape).toList()) {
            boolean targeted = s.listProperties().toList().stream()
                    .anyMatch(st -> st.getPredicate().getURI().startsWith(SH + "target"));
            boolean ownConstraint = s.hasProperty(m.createProperty(SH + "xone")) || s.hasProperty(m.createProperty(SH + "node"));
            if (targeted && ownConstraint) {
                assertTrue(s.hasProperty(message), s + " has no sh:message");
            }
        }
    }

    @Test
    void shapesOnlyUseDeclaredNgTerms() {
        Model ontology = RDFDataMgr.loadModel("ontology/newsgraph.ttl");
        Set<String> unknown = new TreeSet<>();
        shapesGraph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(NG.NS)
                        && !ontology.contains(ontology.getResource(n.getURI()), RDF.type)) {
                    unknown.add(n.getURI());
                }
            }
        });
        assertEquals(Set.of(), unknown, "shapes name terms the ontology does not declare");
    }
}
