package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactValue;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.ResolvedDocument;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-built facts to triples: the RDF layout of the ontology, without CoreNLP. */
class DocumentGraphMapperTest {

    private static final String SENTENCE = "Norway's envoy said her country could not accept the Brazilian draft.";
    private static Model graph;

    @BeforeAll
    static void map() {
        Evidence evidence = new Evidence(3, SENTENCE, 100, 170, 0.9, "stance/accept-negated");
        DocumentFacts facts = new DocumentFacts("doc-1", LocalDate.of(2024, 3, 4),
                List.of(new LocalEntity("country-1", EntityKind.COUNTRY, "Norway", Set.of("Norway", "Norwegian"), "Q20", Map.of()),
                        new LocalEntity("country-2", EntityKind.COUNTRY, "Brazil", Set.of("Brazil"), "Q155", Map.of()),
                        new LocalEntity("person-1", EntityKind.PERSON, "Ingrid Haugen", Set.of("Ingrid Haugen", "Haugen"), null, Map.of()),
                        new LocalEntity("resolution-1", EntityKind.RESOLUTION, "Resolution drafted by Brazil", Set.of(), null,
                                Map.of("drafter", "country-2")),
                        new LocalEntity("statement-1", EntityKind.STATEMENT, "We cannot support it", Set.of(), null, Map.of())),
                List.of(new Fact("country-1", "opposes", new FactValue.EntityRef("resolution-1"), evidence),
                        new Fact("country-2", "drafted", new FactValue.EntityRef("resolution-1"), evidence),
                        new Fact("person-1", "represents", new FactValue.EntityRef("country-1"), evidence),
                        new Fact("statement-1", "quote", FactValue.Literal.string("We cannot support it"), null),
                        new Fact("statement-1", "speaker", new FactValue.EntityRef("person-1"), evidence)));
        ResolvedDocument resolved = new EntityResolver(List.of()).resolve(facts);
        graph = new DocumentGraphMapper().map(resolved,
                new DocumentRecord("doc-1", "A title", "A source", LocalDate.of(2024, 3, 4), "ab".repeat(32), 12));
    }

    @Test
    void entitiesAreTypedLabelledAndLinkedToWikidata() {
        Resource norway = graph.createResource(NG.ID + "country/norway");
        assertTrue(graph.contains(norway, RDF.type, NG.Country));
        assertTrue(graph.contains(norway, RDFS.label, "Norway"));
        assertTrue(graph.contains(norway, SKOS.altLabel, "Norwegian"));
        assertTrue(graph.contains(norway, OWL.sameAs, graph.createResource(NG.WD + "Q20")));
        assertTrue(graph.contains(norway, NG.mentionedIn, graph.createResource(NG.ID + "doc/doc-1")));
    }

    @Test
    void stancesAndTheirInversesAreTriples() {
        Resource norway = graph.createResource(NG.ID + "country/norway");
        Resource brazil = graph.createResource(NG.ID + "country/brazil");
        Resource resolution = graph.listSubjectsWithProperty(RDF.type, NG.Resolution).next();
        assertTrue(graph.contains(norway, NG.opposes, resolution));
        assertTrue(graph.contains(brazil, NG.drafted, resolution));
        assertTrue(graph.contains(resolution, NG.draftedBy, brazil));
    }

    @Test
    void everyExtractedFactHasAnEvidenceNodeWithItsSentence() {
        List<Resource> evidence = graph.listSubjectsWithProperty(RDF.type, NG.Evidence).toList();
        assertEquals(4, evidence.size(), "opposes, drafted, represents and speaker each have evidence");
        Resource opposes = evidence.stream()
                .filter(e -> e.hasProperty(RDF.predicate, NG.opposes)).findFirst().orElseThrow();
        assertEquals(SENTENCE, opposes.getProperty(NG.sentence).getString());
        assertEquals(100, opposes.getProperty(NG.charStart).getInt());
        assertEquals("stance/accept-negated", opposes.getProperty(NG.rule).getString());
        assertTrue(opposes.hasProperty(ResourceFactory.createProperty(NG.PROV + "wasDerivedFrom"),
                graph.createResource(NG.ID + "doc/doc-1")));
    }

    @Test
    void statementsCarryQuoteAndSpeaker() {
        Resource statement = graph.listSubjectsWithProperty(RDF.type, NG.Statement).next();
        assertEquals("We cannot support it", statement.getProperty(NG.quote).getString());
        assertEquals(NG.ID + "person/ingrid-haugen", statement.getPropertyResourceValue(NG.speaker).getURI());
    }

    @Test
    void aPlaceAPersonSpeaksForIsAnActorAndConforms() {
        Evidence evidence = new Evidence(0, "Brackley Mayor Ada Tarrant said the river was rising.", 0, 52, 0.9,
                "role/title-before-name");
        DocumentFacts facts = new DocumentFacts("doc-2", LocalDate.of(2024, 3, 4),
                List.of(new LocalEntity("place-1", EntityKind.PLACE, "Brackley", Set.of("Brackley"), null, Map.of()),
                        new LocalEntity("person-1", EntityKind.PERSON, "Ada Tarrant", Set.of("Ada Tarrant"), null, Map.of())),
                List.of(new Fact("person-1", "represents", new FactValue.EntityRef("place-1"), evidence)));
        Model mayor = new DocumentGraphMapper().map(new EntityResolver(List.of()).resolve(facts),
                new DocumentRecord("doc-2", "A title", "A source", LocalDate.of(2024, 3, 4), "cd".repeat(32), 1));
        Resource town = mayor.getResource(NG.ID + "place/brackley");
        assertTrue(town.hasProperty(RDF.type, NG.Place) && town.hasProperty(RDF.type, NG.Actor));
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        assertTrue(ShaclValidator.get().validate(shapes, mayor.getGraph()).conforms());
    }

    @Test
    void theGraphConformsToTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, graph.getGraph());
        assertTrue(report.conforms(), () -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            RDFDataMgr.write(out, report.getModel(), org.apache.jena.riot.Lang.TURTLE);
            return out.toString();
        });
    }
}
