package org.newsgraph.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.store.GraphStore;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A handful of random texts through the whole pipeline as a user runs it: {@code newsgraph build} with the real
 * CoreNLP, then every RDF export read back by RIOT and the graph exports by an XML parser and Jackson. Four
 * articles keep the annotation cost to seconds. {@code -Dnewsgraph.fuzz.seed=SEED} reproduces a failure.
 */
@Tag("corenlp")
class PipelineFuzzTest {

    static final long SEED = Long.getLong("newsgraph.fuzz.seed", 11_000_000L);
    private static final Pattern BUILT = Pattern.compile("^Built (\\d+) documents? ");

    @TempDir
    Path temp;

    @AfterEach
    void quietLogsAgain() {
        ((LoggerContext) LogManager.getContext(false)).reconfigure();
    }

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static Run newsgraph(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void randomArticlesBuildAndEveryExportParses() throws Exception {
        String seed = "seed " + SEED + " (rerun with -Dtest=PipelineFuzzTest -Dnewsgraph.fuzz.seed=" + SEED + ")";
        RandomInput random = new RandomInput(SEED);
        Path articles = Files.createDirectories(temp.resolve("articles"));
        for (int i = 0; i < 4; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = random.between(2, 5); s > 0; s--) {
                text.append(random.text(60)).append(". ");
            }
            Files.writeString(articles.resolve("random-" + i + ".txt"), text.toString());
        }
        Path store = temp.resolve("db");

        Run build = newsgraph("build", articles.toString(), "--store", store.toString(), "--cache",
                temp.resolve("cache").toString(), "--threads", "1");

        assertTrue(build.exitCode() == 0 || build.exitCode() == 1, seed + "\n" + build);
        assertFalse(build.err().contains("Exception") || build.err().contains("unexpected error"),
                seed + "\n" + build.err());
        for (String line : build.err().lines().toList()) {
            assertTrue(line.startsWith("Building") || line.startsWith("Skipped") || line.startsWith("CoreNLP")
                            || line.contains(articles.toString()), seed + ": a line that names no input: " + line);
        }
        Matcher built = BUILT.matcher(build.out());
        assertTrue(built.find(), seed + "\n" + build);
        int documents = Integer.parseInt(built.group(1));
        try (GraphStore reader = GraphStore.openForReading(store)) {
            assertEquals(documents, reader.documentIds().size(), seed);
        }

        for (ExportFormat format : ExportFormat.values()) {
            Path file = temp.resolve("all." + format.extension());
            Run export = newsgraph("export", "--store", store.toString(), "--format", format.label(), "--out",
                    file.toString());
            assertEquals(0, export.exitCode(), seed + "\n" + export.err());
            Dataset back = DatasetFactory.create();
            RDFParser.source(file).lang(format.lang())
                    .errorHandler(ErrorHandlerFactory.errorHandlerIgnoreWarnings(ErrorHandlerFactory.noLogger))
                    .parse(back);
            long statements = format.keepsNamedGraphs() ? back.asDatasetGraph().stream().count()
                    : back.getDefaultModel().size();
            assertTrue(statements >= documents * 4L, seed + ": " + format.label() + " holds " + statements);
        }
        for (String name : List.of("graph.graphml", "graph.cyjs")) {
            Path file = temp.resolve(name);
            Run graph = newsgraph("graph", "--store", store.toString(), "--out", file.toString());
            assertEquals(0, graph.exitCode(), seed + "\n" + graph.err());
            if (name.endsWith(".graphml")) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.newDocumentBuilder().parse(file.toFile());
            } else {
                new ObjectMapper().readTree(file.toFile());
            }
        }
    }
}
