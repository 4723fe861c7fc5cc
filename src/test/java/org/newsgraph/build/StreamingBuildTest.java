package org.newsgraph.build;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.ingest.IngestProblem;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.resolve.Gazetteer;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds hold a bounded number of documents whatever the size of their input: with windows of {@value #WINDOW}
 * documents and batches of {@value #BATCH}, inputs of hundreds of documents are built with at most two windows and a
 * batch held at once, and still get what a build promises (every document stored, copies in one story across windows,
 * foreign pages skipped one line each, a rebuild finding everything unchanged). Tokens and sentences only: what is
 * measured is the holding of documents, not CoreNLP.
 */
class StreamingBuildTest {

    private static final int WINDOW = 16;
    private static final int BATCH = 4;
    /** Buffered by the reader, in the window being written, and stored but not yet committed. */
    private static final int MOST_HELD = 2 * WINDOW + BATCH;

    private static final String FRENCH = "Le conseil municipal a décidé lundi de reporter le vote sur le nouveau plan "
            + "de circulation, faute d'accord entre les deux groupes. Les habitants attendent une réponse depuis "
            + "plusieurs mois et demandent que la mairie publie enfin les chiffres de la consultation.";

    @TempDir
    Path temp;

    @Test
    void aCrawlOfManyWindowsIsHeldAWindowAtATime() throws IOException {
        Path warc = temp.resolve("crawl.warc.gz");
        int articles = 240;
        try (CrawlArchive crawl = new CrawlArchive(warc, 15)) {
            String copied = null;
            for (int i = 0; i < articles; i++) {
                String text = crawl.text(1500);
                if (i == 3) {
                    copied = text;
                }
                crawl.article("https://news.example.test/2031/03/report-" + i, "Report " + i, text,
                        LocalDate.of(2031, 3, 1 + i % 28));
                if (i % 10 == 0) {
                    crawl.furniture("https://news.example.test", 20_000);
                }
                if (i == 100 || i == 200) {
                    crawl.article("https://nouvelles.example.test/article-" + i, "Le vote", FRENCH,
                            LocalDate.of(2031, 3, 2));
                }
            }
            // A wire copy under another headline, many windows after its original.
            crawl.article("https://wire.example.test/copy-of-report-3", "Talks end without agreement",
                    copied, LocalDate.of(2031, 3, 4));
        }
        Path store = temp.resolve("db");

        BuildTimings timings = new BuildTimings();
        BuildReport first = build(store, warc, timings);
        assertEquals(articles + 1, first.documents());
        assertEquals(articles + 1, first.documentsAnnotated());
        List<String> problems = first.problems().stream().map(IngestProblem::message).toList();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().allMatch(line -> line.startsWith(warc + ": record ")
                && line.contains("not in English (detected 'fr')")), problems::toString);
        assertTrue(timings.peakDocumentsHeld() <= MOST_HELD,
                "held " + timings.peakDocumentsHeld() + " documents at once");

        Map<String, String> stories = stories(store);
        assertEquals(articles + 1, stories.size());
        assertEquals(stories.get("report-3"), stories.get("copy-of-report-3"), stories::toString);
        assertEquals(articles, stories.values().stream().distinct().count());

        BuildTimings again = new BuildTimings();
        BuildReport rebuild = build(store, warc, again);
        assertEquals(articles + 1, rebuild.documentsUnchanged());
        assertEquals(0, rebuild.documentsAnnotated());
        assertTrue(again.peakDocumentsHeld() <= MOST_HELD, "held " + again.peakDocumentsHeld());
    }

    @Test
    void textFilesAndCorpusRowsStreamAlike() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        StringBuilder csv = new StringBuilder("id,text\n");
        try (CrawlArchive words = new CrawlArchive(temp.resolve("unused.warc.gz"), 7)) {
            for (int i = 0; i < 60; i++) {
                Files.writeString(folder.resolve("note-" + i + ".txt"), words.text(800));
                csv.append("row-").append(i).append(",\"").append(words.text(800)).append("\"\n");
            }
        }
        Path rows = Files.writeString(folder.resolve("rows.csv"), csv, StandardCharsets.UTF_8);
        BuildTimings timings = new BuildTimings();
        BuildReport report = build(temp.resolve("db"), folder, timings);
        assertEquals(120, report.documents(), () -> report.problems().toString() + rows);
        assertEquals(List.of(), report.problems());
        assertTrue(timings.peakDocumentsHeld() <= MOST_HELD, "held " + timings.peakDocumentsHeld());
    }

    private static BuildReport build(Path store, Path input, BuildTimings timings) {
        NlpConfig tokensOnly = NlpConfig.standard().withAnnotators(List.of("tokenize", "ssplit"));
        GraphBuilder builder = new GraphBuilder(tokensOnly, new FactExtraction(Gazetteer.standard(), List.of()),
                timings, new WriteBatching(BATCH, Duration.ofSeconds(2)), new ReadAhead(WINDOW, 10_000_000));
        try (GraphStore graphs = GraphStore.open(store)) {
            return builder.build(graphs, new BuildRequest(List.of(input), IngestOptions.defaults(), 2, null),
                    BuildListener.SILENT);
        }
    }

    private static Map<String, String> stories(Path store) {
        try (GraphStore graphs = GraphStore.openForReading(store)) {
            return graphs.read(dataset -> {
                Map<String, String> byId = new HashMap<>();
                try (QueryExecution execution = QueryExecution.dataset(dataset).query("""
                        PREFIX ng:  <https://w3id.org/newsgraph/ontology#>
                        PREFIX dct: <http://purl.org/dc/terms/>
                        SELECT ?id ?story WHERE { GRAPH ?g { ?d dct:identifier ?id ; ng:story ?story } }""")
                        .build()) {
                    ResultSet rows = execution.execSelect();
                    while (rows.hasNext()) {
                        QuerySolution row = rows.next();
                        byId.put(row.getLiteral("id").getLexicalForm(), row.getResource("story").getURI());
                    }
                }
                return byId;
            });
        }
    }
}
