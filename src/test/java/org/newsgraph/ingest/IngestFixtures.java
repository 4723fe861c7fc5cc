package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Shared paths and assertions for the ingest tests; paths are relative to the project root, the test working dir. */
final class IngestFixtures {

    static final Path FIXTURES = Path.of("src", "test", "resources", "ingest");

    private IngestFixtures() {
    }

    static Path fixture(String first, String... more) {
        return FIXTURES.resolve(Path.of(first, more));
    }

    static IngestResult collect(Path... inputs) {
        return new ArticleCollector(IngestOptions.defaults()).collect(List.of(inputs));
    }

    static IngestResult collect(IngestOptions options, Path... inputs) {
        return new ArticleCollector(options).collect(List.of(inputs));
    }

    static List<String> ids(IngestResult result) {
        return result.documents().stream().map(Document::id).toList();
    }

    static String messages(List<IngestProblem> problems) {
        return problems.stream().map(IngestProblem::message).collect(Collectors.joining("\n"));
    }

    /** The single problem of the result, asserting there is exactly one and that it names the file. */
    static IngestProblem onlyProblem(IngestResult result, Path file) {
        assertEquals(1, result.problems().size(), () -> "problems:\n" + messages(result.problems()));
        IngestProblem problem = result.problems().get(0);
        assertTrue(problem.origin().startsWith(file.toString()), problem::message);
        assertTrue(!problem.message().contains("\n"), "a problem is one line: " + problem.message());
        return problem;
    }

    static Document document(IngestResult result, String id) {
        return result.documents().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + id + " among " + ids(result)));
    }
}
