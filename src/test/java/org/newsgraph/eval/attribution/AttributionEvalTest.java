package org.newsgraph.eval.attribution;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.serve.CliResult;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.serve.CliResult.run;

/**
 * {@code newsgraph eval --attributions} through the real command line: a made-up article with brat annotations
 * written here, and a real TDB2 store holding statements about it.
 */
class AttributionEvalTest {

    static final String ARTICLE = """
            Senator Mara Quillfeather spoke on Monday.
            "We will not accept this budget," Quillfeather said.
            She called the plan "a reckless gamble for the state."
            Officials said the vote would be delayed.
            Dorin Pask, the treasurer, said: "The numbers do not add up."
            """;

    @TempDir
    static Path workspace;
    private static Path folder;
    private static Path store;

    private static int at(String text) {
        int index = ARTICLE.indexOf(text);
        if (index < 0) {
            throw new IllegalArgumentException(text);
        }
        return index;
    }

    private static String span(String label, String text) {
        return label + " " + at(text) + " " + (at(text) + text.length()) + "\t" + text;
    }

    /** The annotation file: four attributions with a source, one without. */
    static String annotations() {
        return String.join("\n",
                "T1\t" + span("Source", "Quillfeather said"),
                "T2\t" + span("Content", "\"We will not accept this budget,\""),
                "E1\tAttribution:T2 Content:T2 Source:T1",
                "T3\t" + span("Source", "She"),
                "T4\t" + span("Content", "the plan \"a reckless gamble for the state.\""),
                "E2\tAttribution:T3 Source:T3 Content:T4",
                "T5\t" + span("Source", "Officials"),
                "T6\t" + span("Content", "the vote would be delayed"),
                "E3\tAttribution:T6 Source:T5 Content:T6",
                "T7\t" + span("Source", "Dorin Pask, the treasurer"),
                "T8\t" + span("Content", "\"The numbers do not add up.\""),
                "E4\tAttribution:T8 Source:T7 Content:T8",
                "T9\t" + span("Content", "spoke on Monday"),
                "E5\tAttribution-no-source:T9 Content:T9",
                "T10\t" + span("Discuss", "Monday"),
                "E6\tDiscuss:T10 Content:T10",
                "");
    }

    private static String statement(int n, String quote, String speaker) {
        int begin = at(quote);
        return "ngr:s" + n + " a ng:Statement ; ng:speaker ngr:" + speaker + " ; ng:quote \"" + quote.replace("\"", "\\\"")
                + "\" ; ng:charStart " + begin + " ; ng:charEnd " + (begin + quote.length()) + " .\n";
    }

    @BeforeAll
    static void writeFolderAndStore() throws IOException {
        folder = Files.createDirectories(workspace.resolve("brat"));
        Files.writeString(folder.resolve("art1.txt"), ARTICLE);
        Files.writeString(folder.resolve("art1.ann"), annotations());
        String turtle = "@prefix ng: <" + NG.NS + "> .\n"
                + "@prefix ngr: <https://example.org/id/> .\n"
                + "@prefix dct: <http://purl.org/dc/terms/> .\n"
                + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "ngr:doc a ng:Document ; dct:identifier \"art1\" .\n"
                + "ngr:mara rdfs:label \"Mara Quillfeather\" ; skos:altLabel \"Quillfeather\" .\n"
                + "ngr:tobin rdfs:label \"Tobin Vale\" .\n"
                // right: the direct quote of a named source
                + statement(1, "We will not accept this budget,", "mara")
                // right speaker, but the gold source is a pronoun, which shares no word with a name
                + statement(2, "a reckless gamble for the state.", "mara")
                // wrong speaker for reported speech
                + statement(3, "the vote would be delayed", "tobin")
                // inside an attribution without a source: never right
                + statement(4, "spoke on Monday", "mara");
        Model graph = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        store = workspace.resolve("db");
        try (GraphStore writable = GraphStore.openForWriting(store)) {
            writable.replaceDocuments(Map.of("art1", graph));
        }
    }

    private static String row(String output, String name) {
        return output.lines().filter(l -> l.startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + name + "' in\n" + output)).replaceAll("\\s+", " ");
    }

    @Test
    void scoresEachClassOfAttribution() {
        CliResult run = run("eval", "--attributions", folder.toString(), "--store", store.toString());
        assertEquals(0, run.exitCode(), run.err());
        // gold found predicted correct P R F1
        assertEquals("direct, named source 2 1 1 1 1.000 0.500 0.667", row(run.out(), "direct, named source"));
        assertEquals("mixed, pronoun/description source 1 0 1 0 0.000 0.000 0.000",
                row(run.out(), "mixed, pronoun/description source"));
        assertEquals("indirect, pronoun/description source 1 0 1 0 0.000 0.000 0.000",
                row(run.out(), "indirect, pronoun/description source"));
        assertEquals("direct+mixed, named source 2 1 1 1 1.000 0.500 0.667", row(run.out(), "direct+mixed, named source"));
        assertEquals("all 4 1 3 1 0.333 0.250 0.286", row(run.out(), "all"));
        assertTrue(run.out().contains("inside unsourced attributions (counted false): 1"), run.out());
    }

    @Test
    void explainListsMissesAndFalseAttributionsWithTheirText() {
        CliResult run = run("eval", "--attributions", folder.toString(), "--store", store.toString(), "--explain");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("art1 [direct, named] source \"Dorin Pask, the treasurer\": \"The numbers"),
                run.out());
        assertTrue(run.out().contains("art1 [indirect, pronoun/description] Tobin Vale: Officials said the vote"),
                run.out());
    }

    @Test
    void jsonHasOneRowPerClass() throws IOException {
        CliResult run = run("eval", "--attributions", folder.toString(), "--store", store.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        var headline = json.get("rows").get(6);
        assertEquals("direct+mixed, named source", headline.get("class").asText());
        assertEquals(0.5, headline.get("recall").asDouble(), 1e-9);
    }

    @Test
    void aMalformedAnnotationFileIsOneLineNamingIt() throws IOException {
        Path bad = Files.createDirectories(workspace.resolve("bad"));
        Files.writeString(bad.resolve("b.txt"), "Short text here.");
        Files.writeString(bad.resolve("b.ann"), "T1\tSource 0 500\tShort\n");
        CliResult run = run("eval", "--attributions", bad.toString(), "--store", store.toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("b.ann line 1") && run.err().contains("outside the article text"), run.err());
    }

    @Test
    void aFolderWithoutAnnotationsIsRefused() throws IOException {
        Path empty = Files.createDirectories(workspace.resolve("empty"));
        CliResult run = run("eval", "--attributions", empty.toString(), "--store", store.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no article with brat annotations"), run.err());
    }
}
