package org.newsgraph.validate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.serve.CliResult;
import org.newsgraph.serve.ServeFixtures;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code newsgraph validate} on stores built from the fixtures; bad-SHAPE.trig breaks exactly the shape SHAPE. */
class ValidateCommandTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";

    @TempDir
    Path temp;

    @Test
    void theFixtureStoreConforms() {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        CliResult run = CliResult.run("validate", "--store", store.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().matches("Validated 114 triples \\(2 documents\\) against \\d+ shapes from "
                + "ontology/shapes\\.ttl in [0-9.]+ s: conforms\n"), run.out());
    }

    static Stream<Arguments> badGraphs() throws IOException, URISyntaxException {
        Path folder = Path.of(ValidateCommandTest.class.getResource("/validate").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("bad-") && name.endsWith(".trig"))
                    .sorted()
                    .map(name -> Arguments.of(name, name.substring(4, name.length() - 5)))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badGraphs")
    void aBrokenGraphFailsNamingTheShape(String file, String shape) throws IOException {
        Path store = ServeFixtures.storeWith(temp.resolve("db"), "/validate/" + file);
        Path report = temp.resolve("reports/" + shape + ".ttl");
        CliResult run = CliResult.run("validate", "--report", report.toString(), "--store", store.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("", run.err());
        assertTrue(run.out().contains(": 1 violation from 1 shape\n\nngsh:" + shape + " (1): "), run.out());

        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(report).lang(Lang.TURTLE).parse(model);
        assertTrue(model.listObjectsOfProperty(model.createProperty(SH, "conforms")).next().asLiteral()
                .getBoolean() == false);
        Set<String> shapes = model.listObjectsOfProperty(model.createProperty(SH, "sourceShape")).toList().stream()
                .filter(RDFNode::isURIResource)
                .map(node -> node.asResource().getURI())
                .collect(Collectors.toSet());
        assertEquals(Set.of(StoreValidator.SHAPES_NS + shape), shapes);
    }

    @Test
    void theSummaryNamesTheDocumentsAndTheValues() {
        Path store = ServeFixtures.storeWith(temp.resolve("db"), "/validate/bad-EntityLabel.trig");
        CliResult run = CliResult.run("validate", "--store", store.toString());
        assertEquals(1, run.exitCode());
        String[] lines = run.out().split("\n");
        assertEquals("ngsh:EntityLabel (1): An entity needs exactly one rdfs:label (its canonical name, a plain "
                + "string), across all documents: other names belong in skos:altLabel.", lines[2]);
        assertEquals("  ngr:country/ostravia  rdfs:label  (documents first, second)", lines[3]);
        assertEquals("The full report: newsgraph validate --report FILE", lines[lines.length - 1]);

        Path confidence = ServeFixtures.storeWith(temp.resolve("db2"), "/validate/bad-EvidenceConfidence.trig");
        assertTrue(CliResult.run("validate", "--store", confidence.toString()).out().contains(
                "  ngr:evidence/quay/e1  ng:confidence  1.5e0  (document quay)\n"));
    }

    @Test
    void theReportCanGoToStandardOutput() {
        Path store = ServeFixtures.storeWith(temp.resolve("db"), "/validate/bad-StatementTextShape.trig");
        CliResult run = CliResult.run("validate", "--report", "-", "--store", store.toString());
        assertEquals(1, run.exitCode());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(run.out(), Lang.TURTLE).parse(model);
        assertTrue(model.contains(null, model.createProperty(SH, "sourceShape"),
                model.createResource(StoreValidator.SHAPES_NS + "StatementTextShape")));
        assertTrue(run.err().contains("ngsh:StatementTextShape (1): "), run.err());
    }

    @Test
    void otherShapesCanBeGivenAndMissingOnesAreNamed() throws IOException {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        Path strict = Files.writeString(temp.resolve("strict.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                @prefix ex: <https://example.org/shapes#> .
                ex:EveryDocumentHasASource a sh:NodeShape ;
                    sh:targetClass ng:Document ;
                    sh:property [ sh:path <http://purl.org/dc/terms/creator> ; sh:minCount 1 ;
                                  sh:message "A document needs a dct:creator." ] .
                """);
        CliResult run = CliResult.run("validate", "--shapes", strict.toString(), "--store", store.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains(": 2 violations from 1 shape\n"), run.out());

        Path missing = temp.resolve("none.ttl");
        assertEquals(new CliResult(1, "", "newsgraph: no shapes file " + missing + "\n"),
                CliResult.run("validate", "--shapes", missing.toString(), "--store", store.toString()));
        Path broken = Files.writeString(temp.resolve("broken.ttl"), "this is not turtle");
        CliResult unreadable = CliResult.run("validate", "--shapes", broken.toString(), "--store", store.toString());
        assertEquals(1, unreadable.exitCode());
        assertTrue(unreadable.err().startsWith("newsgraph: cannot read shapes from " + broken + ": "),
                unreadable.err());
        assertEquals(1, unreadable.err().lines().count(), unreadable.err());
    }
}
