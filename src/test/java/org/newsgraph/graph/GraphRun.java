package org.newsgraph.graph;

import org.newsgraph.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The command line run in process, as a user would type it. */
final class GraphRun {

    private GraphRun() {
    }

    record Output(int exitCode, String out, String err) {
    }

    static Output newsgraph(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code newsgraph graph} with the arguments and fails the test unless it succeeds. */
    static Path export(Path store, Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("graph", "--store", store.toString(), "--out", file.toString()));
        args.addAll(List.of(more));
        Output run = newsgraph(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return file;
    }

    /** The one number a counting query under src/test/resources/graph/ returns, through 'newsgraph query'. */
    static int sparqlCount(Path store, String queryFile) {
        Output run = newsgraph("query", resourcePath(queryFile).toString(), "--store", store.toString(),
                "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        return Integer.parseInt(lines.get(1).strip());
    }

    static Path resourcePath(String name) {
        try {
            return Path.of(GraphFixtures.resource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
