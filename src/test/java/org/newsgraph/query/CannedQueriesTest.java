package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;

/** The queries in queries/ parse, document themselves, and answer the made-up articles of mini.trig. */
class CannedQueriesTest {

    private static final Path QUERIES = Path.of("queries");
    private static final List<String> EXPECTED = List.of(
            "actors", "evacuation-timeline", "evacuations", "evidence", "opposition", "statements", "support",
            "timeline");

    private static Dataset dataset;

    @BeforeAll
    static void loadFixture() throws IOException {
        dataset = TDB2Factory.createDataset();
        // The pipeline's store: queries see the union of the document graphs as their default graph.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        try (InputStream in = CannedQueriesTest.class.getResourceAsStream("/query/mini.trig")) {
            assertNotNull(in, "query/mini.trig");
            Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, in, Lang.TRIG));
        }
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    private static String text(String name) {
        try {
            return Files.readString(QUERIES.resolve(name + ".rq"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs a canned query and returns its rows as column -> lexical form (absent when unbound). */
    private static List<Map<String, String>> run(String name) {
        return run(name, dataset);
    }

    private static List<Map<String, String>> run(String name, Dataset dataset) {
        Query query = QueryFactory.create(text(name));
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<Map<String, String>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = s.get(v);
                        if (n != null) {
                            row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        }
                    }
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    private static List<String> columns(String name) {
        return QueryFactory.create(text(name)).getResultVars();
    }

    @Test
    void theExpectedQueriesExist() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            Set<String> found = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                    .forEach(f -> found.add(f.substring(0, f.length() - 3)));
            assertTrue(found.containsAll(EXPECTED), "found " + found);
        }
    }

    @Test
    void everyQueryParsesAndOpensWithItsQuestion() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).toList()) {
                String q = Files.readString(p, StandardCharsets.UTF_8);
                assertTrue(q.startsWith("# "), p + " must open with a comment naming its question");
                assertTrue(q.lines().limit(6).anyMatch(l -> l.startsWith("# Columns:")), p + " must list its columns");
                Query parsed = QueryFactory.create(q);
                assertTrue(parsed.isSelectType(), p + " is a SELECT");
                assertEquals(NG.NS, parsed.getPrefixMapping().getNsPrefixURI("ng"), p + " declares ng:");
            }
        }
    }

    @Test
    void queriesUseOnlyDeclaredNgTerms() throws IOException {
        Model ontology = RDFDataMgr.loadModel("ontology/newsgraph.ttl");
        Pattern term = Pattern.compile("\\bng:([A-Za-z]\\w*)");
        Set<String> unknown = new TreeSet<>();
        for (String name : EXPECTED) {
            String body = text(name).lines().filter(l -> !l.strip().startsWith("#"))
                    .reduce("", (a, b) -> a + b + "\n");
            Matcher m = term.matcher(body);
            while (m.find()) {
                if (!ontology.contains(ontology.getResource(NG.NS + m.group(1)), RDF.type)) {
                    unknown.add(name + ": ng:" + m.group(1));
                }
            }
        }
        assertEquals(Set.of(), unknown);
    }

    @Test
    void opposition() {
        assertEquals(List.of("actor", "resolution", "drafter", "sentence", "document", "date", "outlets"),
                columns("opposition"));
        List<Map<String, String>> rows = run("opposition");
        assertEquals(2, rows.size(), rows.toString());
        Map<String, String> first = rows.get(0);
        assertEquals("Freedonia", first.get("actor"));
        assertEquals("draft resolution on border monitoring", first.get("resolution"));
        assertEquals("Sylvania", first.get("drafter"));
        assertTrue(first.get("sentence").startsWith("\"We cannot accept this text"), first.get("sentence"));
        assertEquals("a1", first.get("document"));
        assertEquals("2020-03-01", first.get("date"));
        Map<String, String> veto = rows.get(1);
        assertEquals("Freedonia", veto.get("actor"));
        assertEquals("Freedonia vetoed the draft on Thursday.", veto.get("sentence"));
        assertEquals("b2", veto.get("document"));
        assertEquals("2020-03-05", veto.get("date"));
    }

    @Test
    void support() {
        assertEquals(columns("opposition"), columns("support"));
        List<Map<String, String>> rows = run("support");
        assertEquals(1, rows.size(), "drafting and support of an evacuation are not counted: " + rows);
        assertEquals("Sylvania", rows.get(0).get("actor"));
        assertEquals("Sylvania and eleven other members voted in favour.", rows.get(0).get("sentence"));
        assertEquals("b2", rows.get(0).get("document"));
    }

    @Test
    void statements() {
        assertEquals(List.of("speaker", "onBehalfOf", "quote", "about", "date", "source"), columns("statements"));
        List<Map<String, String>> rows = run("statements");
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> row = rows.get(0);
        assertEquals("Anna Example", row.get("speaker"));
        assertEquals("Freedonia", row.get("onBehalfOf"));
        assertEquals("We cannot accept this text as it stands", row.get("quote"));
        assertEquals("draft resolution on border monitoring", row.get("about"));
        assertEquals("2020-03-01", row.get("date"));
        assertEquals("Example Wire", row.get("source"));
    }

    @Test
    void evacuations() {
        assertEquals(List.of("evacuation", "from", "to", "status", "facilitatedBy", "obstructedBy", "document", "date"),
                columns("evacuations"));
        List<Map<String, String>> rows = run("evacuations");
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> row = rows.get(0);
        assertEquals("evacuation from Port Town", row.get("evacuation"));
        assertEquals("Port Town", row.get("from"));
        assertEquals("Hill City", row.get("to"));
        assertEquals("Suspended", row.get("status"));
        assertEquals("Relief Committee", row.get("facilitatedBy"));
        assertEquals("Northern Brigade", row.get("obstructedBy"));
        assertEquals("b2", row.get("document"));
        assertEquals("2020-03-04", row.get("date"));
    }

    @Test
    void evacuationTimeline() {
        assertEquals(List.of("evacuation", "date", "status", "sentence", "document", "source"),
                columns("evacuation-timeline"));
        List<Map<String, String>> rows = run("evacuation-timeline");
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> row = rows.get(0);
        assertEquals("evacuation from Port Town", row.get("evacuation"));
        assertEquals("2020-03-05", row.get("date"));
        assertEquals("Suspended", row.get("status"));
        assertEquals("The evacuation from Port Town to Hill City was halted after the Northern Brigade fired on the "
                + "convoy.", row.get("sentence"));
        assertEquals("b2", row.get("document"));
        assertEquals("Sample Times", row.get("source"));
    }

    @Test
    void actors() {
        assertEquals(List.of("actor", "type", "roles", "documents"), columns("actors"));
        List<Map<String, String>> rows = run("actors");
        List<String> order = rows.stream().map(r -> r.get("actor")).toList();
        assertEquals(List.of("Freedonia", "Sylvania", "Anna Example", "Council of Nations", "Northern Brigade",
                "Relief Committee"), order, "most documents first, then by name; places are not actors");
        assertEquals("Country", rows.get(0).get("type"));
        assertEquals("2", rows.get(0).get("documents"));
        Map<String, String> anna = rows.get(2);
        assertEquals("Person", anna.get("type"));
        assertEquals("1", anna.get("documents"));
        assertTrue(anna.get("roles").contains("ambassador to the Council of Nations"), anna.get("roles"));
        assertTrue(anna.get("roles").contains("represents Freedonia"), anna.get("roles"));
        assertEquals("Organization", rows.get(3).get("type"));
    }

    @Test
    void evidence() {
        assertEquals(List.of("subject", "predicate", "object", "sentence", "rule", "confidence", "document"),
                columns("evidence"));
        List<Map<String, String>> rows = run("evidence");
        assertEquals(10, rows.size(), "one row per evidence node: " + rows);
        Map<String, String> veto = rows.stream().filter(r -> "ng:vetoed".equals(r.get("predicate"))).findFirst().orElseThrow();
        assertEquals("Freedonia", veto.get("subject"));
        assertEquals("draft resolution on border monitoring", veto.get("object"));
        assertEquals("stance/vetoed", veto.get("rule"));
        assertEquals(0.95, Double.parseDouble(veto.get("confidence")), 1e-9);
        assertEquals("b2", veto.get("document"));
        Map<String, String> status = rows.stream()
                .filter(r -> "ng:status".equals(r.get("predicate")) && "ng:Suspended".equals(r.get("object")))
                .findFirst().orElseThrow(() -> new AssertionError("status objects are shown as ng: names: " + rows));
        assertEquals("evacuation from Port Town", status.get("subject"));
        Map<String, String> speaker = rows.stream().filter(r -> "ng:speaker".equals(r.get("predicate"))).findFirst().orElseThrow();
        assertEquals(NG.ID + "statement/a1/1", speaker.get("subject"), "an unlabelled subject is shown by its IRI");
    }

    @Test
    void timeline() {
        assertEquals(List.of("date", "kind", "what", "who", "document"), columns("timeline"));
        List<Map<String, String>> rows = run("timeline");
        assertFalse(rows.isEmpty());
        List<String> dates = rows.stream().map(r -> r.get("date")).toList();
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(String::compareTo);
        assertEquals(sorted, dates, "in date order");
        assertEquals("2020-03-01", dates.get(0));
        assertTrue(rows.contains(Map.of("date", "2020-03-01", "kind", "Statement",
                "what", "We cannot accept this text as it stands", "who", "Anna Example", "document", "a1")), rows.toString());
        assertTrue(rows.contains(Map.of("date", "2020-03-01", "kind", "stance",
                "what", "opposes draft resolution on border monitoring", "who", "Freedonia", "document", "a1")), rows.toString());
        assertTrue(rows.contains(Map.of("date", "2020-03-05", "kind", "Resolution",
                "what", "draft resolution on border monitoring (vetoed)", "who", "Sylvania", "document", "b2")), rows.toString());
        assertTrue(rows.contains(Map.of("date", "2020-03-04", "kind", "Evacuation",
                "what", "evacuation from Port Town", "who", "Relief Committee", "document", "b2")), rows.toString());
        assertTrue(rows.contains(Map.of("date", "2020-03-05", "kind", "stance",
                "what", "supports evacuation from Port Town", "who", "Freedonia", "document", "b2")), rows.toString());
    }

    /**
     * A statement is dated by its own ng:date, else by its article's dct:issued, and left out without either: in an
     * undated article, in a dated one, and with a date of its own that differs from its article's.
     */
    @Test
    void timelineDatesStatementsByTheirOwnDateElseByTheirArticle() {
        String trig = """
                @prefix ng:   <https://w3id.org/newsgraph/ontology#> .
                @prefix ngr:  <https://w3id.org/newsgraph/id/> .
                @prefix dct:  <http://purl.org/dc/terms/> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
                ngr:doc\\/c3 {
                    ngr:doc\\/c3 a ng:Document ; dct:identifier "c3" .
                    ngr:statement\\/c3\\/1 a ng:Statement ; ng:quote "Dated in an undated article" ;
                        ng:date "2021-01-02"^^xsd:date ; prov:wasDerivedFrom ngr:doc\\/c3 .
                    ngr:statement\\/c3\\/2 a ng:Statement ; ng:quote "Undated in an undated article" ;
                        prov:wasDerivedFrom ngr:doc\\/c3 .
                }
                ngr:doc\\/d4 {
                    ngr:doc\\/d4 a ng:Document ; dct:identifier "d4" ; dct:issued "2021-02-01"^^xsd:date .
                    ngr:statement\\/d4\\/1 a ng:Statement ; ng:quote "Undated in a dated article" ;
                        prov:wasDerivedFrom ngr:doc\\/d4 .
                    ngr:statement\\/d4\\/2 a ng:Statement ; ng:quote "Dated earlier than its article" ;
                        ng:date "2021-01-15"^^xsd:date ; prov:wasDerivedFrom ngr:doc\\/d4 .
                }
                """;
        Dataset dates = TDB2Factory.createDataset();
        dates.getContext().set(TDB2.symUnionDefaultGraph, true);
        try {
            Txn.executeWrite(dates, () -> RDFDataMgr.read(dates, new java.io.StringReader(trig), null, Lang.TRIG));
            List<String> rows = run("timeline", dates).stream()
                    .map(row -> row.get("date") + " " + row.get("what") + " " + row.get("document")).toList();
            assertEquals(List.of("2021-01-02 Dated in an undated article c3",
                    "2021-01-15 Dated earlier than its article d4",
                    "2021-02-01 Undated in a dated article d4"), rows);
        } finally {
            dates.close();
        }
    }
}
