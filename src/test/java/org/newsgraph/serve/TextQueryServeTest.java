package org.newsgraph.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jena's text:query and the canned query that takes words, through the embedded Fuseki over real HTTP. */
class TextQueryServeTest {

    static final String SENTENCES = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX ng:   <https://w3id.org/newsgraph/ontology#>
            SELECT ?evidence ?sentence WHERE {
              (?evidence ?score) text:query (ng:sentence "voted against") .
              ?evidence ng:sentence ?sentence
            } ORDER BY ?sentence""";

    static final String NAMES = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?entity ?label WHERE {
              ?entity text:query (rdfs:label "Marlw~") ; rdfs:label ?label
            }""";

    @TempDir
    static Path temp;

    static GraphStore store;
    static NewsGraphServer server;
    static ServerUrls urls;

    @BeforeAll
    static void serve() {
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        store = GraphStore.openForReading(folder);
        server = NewsGraphServer.start(store, QueryRunner.standard(), ServeSettings.defaults().withPort(0));
        urls = server.urls();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static List<Map<String, Node>> ask(String sparqlEndpoint, String query) {
        HttpResponse<String> answer = Http.post(sparqlEndpoint, "application/sparql-query", query,
                "Accept", "application/sparql-results+json");
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.rows(answer.body());
    }

    @Test
    void textQueryFindsSentencesAndMisspeltNames() {
        List<Map<String, Node>> sentences = ask(urls.sparql(), SENTENCES);
        assertEquals(1, sentences.size(), sentences.toString());
        assertEquals("Ostravia voted against the draft, which failed by two votes.",
                sentences.get(0).get("sentence").getLiteralLexicalForm());
        // That evidence node is a blank node: the index names it by its stored label, which TDB2 keeps.
        assertTrue(sentences.get(0).get("evidence").isBlank(), sentences.toString());

        List<Map<String, Node>> names = ask(urls.sparql(), NAMES);
        assertEquals(1, names.size(), names.toString());
        assertEquals("Ilse Marlow", names.get(0).get("label").getLiteralLexicalForm());
    }

    @Test
    void saidAboutTakesWordsAndRanksTheQuotes() {
        HttpResponse<String> answer = Http.get(urls.cannedQueries().get("said-about") + "?text="
                + URLEncoder.encode("quays inspectors", StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        List<Map<String, Node>> rows = Http.rows(answer.body());
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Ilse Marlow", rows.get(0).get("speaker").getLiteralLexicalForm());
        assertEquals("Ostravia", rows.get(0).get("onBehalfOf").getLiteralLexicalForm());
        assertEquals("harbour", rows.get(0).get("document").getLiteralLexicalForm());

        HttpResponse<String> nothing = Http.get(urls.cannedQueries().get("said-about") + "?text=zzzunknown");
        assertEquals(200, nothing.statusCode(), nothing.body());
        assertTrue(Http.rows(nothing.body()).isEmpty(), nothing.body());

        HttpResponse<String> every = Http.get(urls.cannedQueries().get("said-about"));
        assertEquals(200, every.statusCode(), every.body());
        assertEquals(1, Http.rows(every.body()).size(), "without words, every quote: " + every.body());
    }

    /** As with serve --build: the server's store is written while it serves, and text:query follows each commit. */
    @Test
    void documentsWrittenWhileServingAreFoundAtOnce() {
        Path folder = temp.resolve("growing");
        DatasetGraph fixture = ServeFixtures.dataset(ServeFixtures.TWO_DOCUMENTS);
        try (GraphStore writing = GraphStore.openForWriting(folder)) {
            writing.replaceDocument("harbour", graph(fixture, "harbour"));
            NewsGraphServer growing = NewsGraphServer.start(writing, QueryRunner.standard(),
                    ServeSettings.defaults().withPort(0));
            try {
                assertTrue(ask(growing.urls().sparql(), SENTENCES).isEmpty());
                writing.replaceDocument("convoy", graph(fixture, "convoy"));
                assertEquals(1, ask(growing.urls().sparql(), SENTENCES).size());
                writing.removeDocument("convoy");
                assertTrue(ask(growing.urls().sparql(), SENTENCES).isEmpty());
            } finally {
                growing.stop();
            }
        }
    }

    private static Model graph(DatasetGraph fixture, String id) {
        return ModelFactory.createModelForGraph(fixture.getGraph(
                NodeFactory.createURI("https://w3id.org/newsgraph/id/doc/" + id)));
    }

    @Test
    void wordsThatAreNotAQueryAreABadRequest() {
        HttpResponse<String> answer = Http.get(urls.cannedQueries().get("said-about") + "?text="
                + URLEncoder.encode("\"unclosed", StandardCharsets.UTF_8));
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("cannot read the words"), answer.body());
    }

    @Test
    void wordsCannotChangeTheQuery() {
        String injection = "x\") } SELECT * { ?s ?p ?o } #";
        HttpResponse<String> answer = Http.get(urls.cannedQueries().get("said-about") + "?text="
                + URLEncoder.encode(injection, StandardCharsets.UTF_8));
        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 400, answer.body());
        if (answer.statusCode() == 200) {
            Http.rows(answer.body()).forEach(row -> assertTrue(row.containsKey("quote"), row.toString()));
        }
    }
}
