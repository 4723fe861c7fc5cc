package org.newsgraph.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreFixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryRunnerTest {

    /** Who takes which stance, with the sentence that says so; the prefixes are the predeclared ones. */
    private static final String STANCES = """
            SELECT ?actor ?name ?resolution ?sentence ?confidence
            WHERE {
              ?actor ng:opposes ?resolution ; rdfs:label ?name .
              ?evidence a ng:Evidence ; rdf:subject ?actor ; rdf:predicate ng:opposes ; ng:sentence ?sentence ;
                        ng:confidence ?confidence .
            }
            """;

    private static final String DOCUMENTS_BY_TITLE = """
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?id ?title ?missing WHERE { ?doc a ng:Document ; dct:identifier ?id ; dct:title ?title }
            ORDER BY ?id
            """;

    @TempDir
    static Path temp;

    static Path store;
    static Path queries;
    static QueryRunner runner;

    @BeforeAll
    static void storeAndQueries() throws IOException {
        store = StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.VETO, StoreFixtures.BUSES);
        queries = Files.createDirectories(temp.resolve("queries"));
        Files.writeString(queries.resolve("stances.rq"), STANCES);
        Files.writeString(queries.resolve("documents.rq"), DOCUMENTS_BY_TITLE);
        Files.writeString(queries.resolve("russia-acts.rq"), "ASK { ngr:actor\\/russia ng:opposes ?something }");
        Files.writeString(queries.resolve("russia-graph.rq"),
                "CONSTRUCT { ?r ?p ?o } WHERE { ?r rdfs:label \"Russia\" ; ?p ?o }");
        runner = new QueryRunner(List.of(temp.resolve("no-such-folder"), queries));
    }

    @Test
    void aNameIsLookedUpInTheQueriesFolders() {
        ResolvedQuery resolved = runner.resolve("stances");
        assertEquals("stances", resolved.name());
        assertEquals(queries.resolve("stances.rq"), resolved.file());
        assertTrue(resolved.query().isSelectType());
    }

    @Test
    void aPathToAnExistingFileIsReadAsIs() throws IOException {
        Path elsewhere = Files.writeString(temp.resolve("my-own.rq"), "ASK { ?s ?p ?o }");
        ResolvedQuery resolved = runner.resolve(elsewhere.toString());
        assertEquals("my-own", resolved.name());
        assertTrue(resolved.query().isAskType());
    }

    @Test
    void anUnknownNameListsTheAvailableQueries() {
        InvalidQueryException unknown = assertThrows(InvalidQueryException.class, () -> runner.resolve("stance"));
        assertEquals("unknown query 'stance'; available: documents, russia-acts, russia-graph, stances",
                unknown.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        InvalidQueryException missing = assertThrows(InvalidQueryException.class,
                () -> runner.resolve("queries/nowhere.rq"));
        assertEquals("no such query file: queries/nowhere.rq", missing.getMessage());
    }

    @Test
    void noQueriesAtAllIsSaidPlainly() {
        QueryRunner empty = new QueryRunner(List.of(temp.resolve("empty")));
        InvalidQueryException unknown = assertThrows(InvalidQueryException.class, () -> empty.resolve("stances"));
        assertTrue(unknown.getMessage().startsWith("unknown query 'stances': no queries found in "),
                unknown.getMessage());
    }

    @Test
    void invalidSparqlIsReportedOnOneLineWithFileLineAndColumn() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.rq"), "SELECT ?a\nWHERE {\n  ?a ng:opposes }\n");
        InvalidQueryException invalid = assertThrows(InvalidQueryException.class,
                () -> runner.resolve(broken.toString()));
        String message = invalid.getMessage();
        assertEquals("invalid SPARQL in " + broken + " at line 3, column 17: unexpected '}'", message);
    }

    @Test
    void anUndeclaredPrefixIsAParseError() throws IOException {
        Path unknownPrefix = Files.writeString(temp.resolve("unknown-prefix.rq"), "SELECT * { ?s foaf:name ?n }");
        InvalidQueryException invalid = assertThrows(InvalidQueryException.class,
                () -> runner.resolve(unknownPrefix.toString()));
        assertTrue(invalid.getMessage().startsWith("invalid SPARQL in " + unknownPrefix + " at line 1, column 15: "),
                invalid.getMessage());
        assertTrue(invalid.getMessage().contains("foaf:name"), invalid.getMessage());
    }

    @Test
    void tablesShowLiteralsAsTextAndIrisWithPrefixes() {
        String table = write(run("stances"), ResultFormat.TABLE, false);
        List<String> lines = table.lines().toList();
        String header = lines.get(0);
        String row = lines.get(2);

        assertTrue(header.startsWith("actor "), header);
        assertTrue(lines.get(1).matches("-+(  -+)+"), lines.get(1));
        assertTrue(row.startsWith("ngr:actor/russia  Russia  ngr:resolution/france-aleppo  Vitaly Churkin"), row);
        assertEquals(header.indexOf("name"), row.indexOf("Russia"), "columns line up");
        assertEquals(header.indexOf("sentence"), row.indexOf("Vitaly Churkin"), "columns line up");
        assertEquals("1 row", lines.get(lines.size() - 1));
    }

    @Test
    void longCellsAreCutUnlessWide() {
        String sentence = "Vitaly Churkin, Russia's ambassador to the UN, said his country could not accept the "
                + "French-drafted resolution due to be voted on in New York on Sunday.";
        String cut = write(run("stances"), ResultFormat.TABLE, false);
        assertFalse(cut.contains(sentence));
        assertTrue(cut.contains(sentence.substring(0, 70)));
        assertTrue(cut.contains("…"));
        assertTrue(cut.lines().allMatch(line -> line.length() < 200), cut);

        String wide = write(run("stances"), ResultFormat.TABLE, true);
        assertTrue(wide.contains(sentence), wide);
    }

    @Test
    void numbersAreAlignedRight() {
        String table = write(run("stances"), ResultFormat.TABLE, false);
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).endsWith("confidence"), lines.get(0));
        assertTrue(lines.get(2).endsWith("        0.9"), lines.get(2));
    }

    @Test
    void csvIsTheSparqlCsvFormat() throws IOException {
        String csv = write(run("documents"), ResultFormat.CSV, false);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(2, records.size());
        assertEquals("buses", records.get(0).get("id"));
        assertEquals("Russia says it will veto the UN resolution on monitoring Aleppo evacuations",
                records.get(1).get("title"));
        assertEquals("", records.get(1).get("missing"));
    }

    @Test
    void tsvIsTheSparqlTsvFormat() {
        List<String> lines = write(run("documents"), ResultFormat.TSV, false).lines().toList();
        assertEquals("?id\t?title\t?missing", lines.get(0));
        assertEquals("\"buses\"\t\"Aleppo evacuations on the verge of collapse after buses are burned\"\t",
                lines.get(1));
        assertEquals(3, lines.size());
    }

    @Test
    void jsonIsTheSparqlJsonResultsFormat() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write(run("stances"), ResultFormat.JSON, false));
        assertEquals(List.of("actor", "name", "resolution", "sentence", "confidence"),
                new ObjectMapper().convertValue(json.at("/head/vars"), List.class));
        JsonNode row = json.at("/results/bindings/0");
        assertEquals("uri", row.at("/actor/type").asText());
        assertEquals("https://w3id.org/newsgraph/id/actor/russia", row.at("/actor/value").asText());
        assertEquals("Russia", row.at("/name/value").asText());
        assertEquals("http://www.w3.org/2001/XMLSchema#decimal", row.at("/confidence/datatype").asText());
        assertEquals(1, json.at("/results/bindings").size());
    }

    @Test
    void askAnswersYesOrNo() throws IOException {
        QueryResult answer = run("russia-acts");
        assertEquals(new QueryResult.Ask(true), answer);
        assertEquals("yes\n", write(answer, ResultFormat.TABLE, false));
        assertTrue(new ObjectMapper().readTree(write(answer, ResultFormat.JSON, false)).get("boolean").asBoolean());
    }

    @Test
    void constructGivesTurtleOrJsonLd() {
        QueryResult graph = run("russia-graph");
        assertInstanceOf(QueryResult.Graph.class, graph);
        assertFalse(graph.supports(ResultFormat.CSV));

        String turtle = write(graph, ResultFormat.TABLE, false);
        assertTrue(turtle.contains("PREFIX ng:"), turtle);
        Model fromTurtle = RDFParser.fromString(turtle, Lang.TURTLE).toModel();
        Model fromJsonLd = RDFParser.fromString(write(graph, ResultFormat.JSON, false), Lang.JSONLD).toModel();
        assertTrue(fromTurtle.isIsomorphicWith(((QueryResult.Graph) graph).model()));
        assertTrue(fromJsonLd.isIsomorphicWith(fromTurtle));
    }

    @Test
    void aGraphPrintsTheSameWhateverOrderItsTriplesWereAddedIn() {
        Model built = ((QueryResult.Graph) run("russia-graph")).model();
        List<Statement> statements = built.listStatements().toList();
        Model forwards = ModelFactory.createDefaultModel().setNsPrefixes(built.getNsPrefixMap()).add(statements);
        List<Statement> reversed = new ArrayList<>(statements);
        Collections.reverse(reversed);
        Model backwards = ModelFactory.createDefaultModel().add(reversed);
        List<String> prefixes = new ArrayList<>(built.getNsPrefixMap().keySet());
        Collections.reverse(prefixes);
        prefixes.forEach(prefix -> backwards.setNsPrefix(prefix, built.getNsPrefixURI(prefix)));
        assertTrue(statements.size() > 1, "the graph has an order to get wrong: " + statements);
        for (ResultFormat format : List.of(ResultFormat.TABLE, ResultFormat.JSON)) {
            assertEquals(write(new QueryResult.Graph(forwards), format, false),
                    write(new QueryResult.Graph(backwards), format, false), format.label());
        }
    }

    @Test
    void resultsOutliveTheStore() {
        QueryResult result;
        try (GraphStore opened = GraphStore.openForReading(store)) {
            result = runner.run(opened, "documents");
        }
        assertTrue(write(result, ResultFormat.TABLE, false).contains("Aleppo evacuations on the verge"));
    }

    private static QueryResult run(String name) {
        try (GraphStore opened = GraphStore.openForReading(store)) {
            return runner.run(opened, name);
        }
    }

    private static String write(QueryResult result, ResultFormat format, boolean wide) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.write(out, format, wide);
        return out.toString(StandardCharsets.UTF_8);
    }
}
