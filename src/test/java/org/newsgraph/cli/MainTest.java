package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreFixtures;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @TempDir
    Path temp;

    /** A store that is never opened: for command lines refused before the store is touched. */
    Path untouched;

    @BeforeEach
    void untouchedStore() {
        untouched = temp.resolve("untouched-db");
    }

    /** Created only by the tests that read it: a TDB2 store takes a noticeable moment to create. */
    private Path storeWithTwoDocuments() {
        return StoreFixtures.storeWith(temp.resolve("db"), StoreFixtures.VETO, StoreFixtures.BUSES);
    }

    @AfterEach
    void quietLogsAgain() {
        // --verbose raises log levels for the whole JVM; later tests expect the configured ones.
        ((LoggerContext) LogManager.getContext(false)).reconfigure();
    }

    @Test
    void noCommandShowsTheUsageAsAnError() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("Usage: newsgraph <command> [options]"), run.toString());
        assertEquals("", run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpListsEveryCommand(String help) {
        CliRun run = CliRun.of(help);
        assertEquals(0, run.exitCode(), run.toString());
        for (Command command : Main.COMMANDS) {
            assertTrue(run.out().contains("  " + command.name() + " "), command.name() + " in\n" + run.out());
            assertTrue(run.out().contains(command.summary()), run.out());
        }
        assertTrue(run.out().contains("--version"));
    }

    @Test
    void eachCommandHasHelpWithItsOptions() {
        CliRun viaOption = CliRun.of("query", "--help");
        CliRun viaHelp = CliRun.of("help", "query");
        assertEquals(0, viaOption.exitCode());
        assertEquals(viaOption, viaHelp);
        assertTrue(viaOption.out().startsWith("Usage: newsgraph query NAME|FILE [options]\n"), viaOption.out());
        for (String option : List.of("--format FORMAT", "--store DIR", "--wide", "-v, --verbose", "-h, --help")) {
            assertTrue(viaOption.out().contains("  " + option + " "), option + " in\n" + viaOption.out());
        }
        for (Command command : Main.COMMANDS) {
            assertEquals(0, CliRun.of(command.name(), "--help").exitCode(), command.name());
        }
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("newsgraph "), run.out());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(new CliRun(2, "", "newsgraph: unknown command 'frobnicate'; see 'newsgraph --help'\n"), run);
        assertEquals(2, CliRun.of("help", "frobnicate").exitCode());
        assertEquals(2, CliRun.of("--frobnicate", "stats").exitCode());
    }

    @Test
    void anUnknownOptionIsAUsageErrorPointingAtTheCommandsHelp() {
        CliRun run = CliRun.of("query", "stances", "--bogus");
        assertEquals(new CliRun(2, "", "newsgraph: unknown option '--bogus'; see 'newsgraph query --help'\n"), run);
    }

    @Test
    void aMissingOptionValueIsAUsageError() {
        CliRun run = CliRun.of("stats", "--store");
        assertEquals(new CliRun(2, "", "newsgraph: option --store needs a value (DIR); see 'newsgraph stats --help'\n"),
                run);
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        assertEquals(2, CliRun.of("query", "--store", untouched.toString()).exitCode());
        assertEquals(2, CliRun.of("query", "a", "b", "--store", untouched.toString()).exitCode());
        assertEquals(2, CliRun.of("remove", "--store", untouched.toString()).exitCode());
        assertEquals(2, CliRun.of("stats", "extra", "--store", untouched.toString()).exitCode());
        CliRun format = CliRun.of("stats", "--format", "xml", "--store", untouched.toString());
        assertEquals("newsgraph: unknown format 'xml'; use table|json; see 'newsgraph stats --help'\n", format.err());
        assertEquals(2, format.exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats", "list", "query", "remove"})
    void aMissingStoreIsNamedAndNotCreated(String command) throws IOException {
        Path missing = temp.resolve("nowhere-db");
        Path query = Files.writeString(temp.resolve("all.rq"), "SELECT * { ?s ?p ?o }");
        List<String> args = switch (command) {
            case "query" -> List.of(command, query.toString(), "--store", missing.toString());
            case "remove" -> List.of(command, "veto", "--store", missing.toString());
            default -> List.of(command, "--store", missing.toString());
        };
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(new CliRun(1, "", "newsgraph: no store at " + missing + "; run 'newsgraph build' first\n"), run);
        assertFalse(Files.exists(missing));
    }

    @Test
    void buildNeedsAnInput() {
        CliRun run = CliRun.of("build", "--store", temp.resolve("new-db").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("newsgraph: build needs at least one INPUT"), run.err());
    }

    @Test
    void buildWithNoExistingInputNamesThemAndCreatesNoStore() {
        Path newStore = temp.resolve("new-db");
        CliRun run = CliRun.of("build", "a.txt", "b.txt", "--store", newStore.toString());
        assertEquals(new CliRun(1, "", """
                newsgraph: a.txt: no such file or directory
                newsgraph: b.txt: no such file or directory
                newsgraph: no input found; nothing was built
                """), run);
        assertFalse(Files.exists(newStore));

        CliRun manifest = CliRun.of("build", "seeds", "--manifest", "none.tsv", "--store", newStore.toString());
        assertEquals("newsgraph: no such manifest: none.tsv; nothing was built\n", manifest.err());
        assertFalse(Files.exists(newStore));
    }

    @Test
    void buildOptionsAreChecked() throws IOException {
        Path article = Files.writeString(temp.resolve("article.txt"), "Russia will veto the resolution.");
        String newStore = temp.resolve("new-db").toString();
        CliRun threads = CliRun.of("build", article.toString(), "--threads", "0", "--store", newStore);
        assertEquals("newsgraph: --threads needs a whole number of at least 1, got '0'; "
                + "see 'newsgraph build --help'\n", threads.err());
        assertEquals(2, threads.exitCode());
        assertEquals(2, CliRun.of("build", article.toString(), "--cache", "c", "--no-cache", "--store", newStore)
                .exitCode());
        assertEquals(2, CliRun.of("build", article.toString(), "--text-column", " ", "--store", newStore)
                .exitCode());
    }

    @Test
    void listShowsTheDocuments() {
        Path store = storeWithTwoDocuments();
        CliRun run = CliRun.of("list", "--store", store.toString());
        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals("id     date        title", lines.get(0).substring(0, 24));
        assertTrue(lines.get(2).startsWith("buses  2016-12-18  Aleppo evacuations on the verge"), lines.get(2));
        assertTrue(lines.get(3).endsWith("      2"), lines.get(3));
        assertEquals("2 documents", lines.get(4));
    }

    @Test
    void statsShowCountsAsTablesOrJson() throws IOException {
        Path store = storeWithTwoDocuments();
        CliRun table = CliRun.of("stats", "--store", store.toString());
        assertEquals(0, table.exitCode(), table.toString());
        assertTrue(table.out().contains("Documents   2\n"), table.out());
        assertTrue(table.out().contains("Last build  not recorded\n"), table.out());
        assertTrue(table.out().lines().anyMatch(line -> line.matches("ng:Country +1")), table.out());
        assertTrue(table.out().lines().anyMatch(line -> line.matches("ng:opposes +1")), table.out());

        CliRun json = CliRun.of("stats", "--store", store.toString(), "--format", "json");
        JsonNode stats = new ObjectMapper().readTree(json.out());
        assertEquals(2, stats.get("documents").asInt());
        assertTrue(stats.get("lastBuild").isNull());
        assertEquals("ng:Evidence", stats.at("/classes/0/name").asText());
        assertEquals(3, stats.at("/classes/0/count").asInt());
    }

    @Test
    void queryRunsAFileAndWritesCsv() throws IOException {
        Path store = storeWithTwoDocuments();
        Path query = Files.writeString(temp.resolve("titles.rq"),
                "SELECT ?id ?title { ?d a ng:Document ; dct:identifier ?id ; dct:title ?title } ORDER BY ?id");
        CliRun run = CliRun.of("query", query.toString(), "--store", store.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.toString());
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(run.out())).getRecords();
        assertEquals(List.of("id", "title"), rows.get(0).toList());
        assertEquals(List.of("buses", "veto"), rows.subList(1, 3).stream().map(row -> row.get(0)).toList());
    }

    @Test
    void queryFindsNamesInTheInstallationsQueriesFolder() throws IOException {
        Path store = storeWithTwoDocuments();
        Path home = temp.resolve("home");
        Files.createDirectories(home.resolve("queries"));
        Files.writeString(home.resolve("queries/countries.rq"), "SELECT ?c { ?c a ng:Country }");
        String previous = System.setProperty("newsgraph.home", home.toString());
        try {
            CliRun run = CliRun.of("query", "countries", "--store", store.toString());
            assertEquals(new CliRun(0, "c\n----------------\nngr:actor/russia\n1 row\n", ""), run);
            CliRun unknown = CliRun.of("query", "country", "--store", store.toString());
            assertEquals(1, unknown.exitCode());
            assertTrue(unknown.err().startsWith("newsgraph: unknown query 'country'; available: "), unknown.err());
            assertTrue(unknown.err().contains(" countries"), "the installation's queries are listed: " + unknown.err());
        } finally {
            if (previous == null) {
                System.clearProperty("newsgraph.home");
            } else {
                System.setProperty("newsgraph.home", previous);
            }
        }
    }

    @Test
    void aGraphCannotBeWrittenAsCsv() throws IOException {
        Path query = Files.writeString(temp.resolve("graph.rq"), "CONSTRUCT WHERE { ?s a ng:Country }");
        CliRun run = CliRun.of("query", query.toString(), "--store", untouched.toString(), "--format", "csv");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("use --format table (Turtle) or json (JSON-LD)"), run.err());
    }

    @Test
    void invalidSparqlIsOneLineWithoutAStackTrace() throws IOException {
        Path query = Files.writeString(temp.resolve("broken.rq"), "SELECT ?x WHERE { ?x ng:opposes }");
        CliRun run = CliRun.of("query", query.toString(), "--store", untouched.toString());
        assertEquals(new CliRun(1, "", "newsgraph: invalid SPARQL in " + query
                + " at line 1, column 33: unexpected '}'\n"), run);
    }

    @Test
    void removeDropsOneDocumentAndRefusesUnknownIds() {
        Path store = storeWithTwoDocuments();
        CliRun removed = CliRun.of("remove", "veto", "--store", store.toString());
        assertEquals(0, removed.exitCode(), removed.toString());
        assertTrue(removed.out().startsWith("Removed veto from " + store), removed.out());
        assertFalse(CliRun.of("list", "--store", store.toString()).out().contains("veto"));

        CliRun unknown = CliRun.of("remove", "veto", "--store", store.toString());
        assertEquals(new CliRun(1, "", "newsgraph: no document 'veto' in " + store
                + "; 'newsgraph list' shows the ids\n"), unknown);
    }

    @Test
    void aStoreBeingWrittenIsRefused() {
        Path store = storeWithTwoDocuments();
        try (GraphStore writer = GraphStore.open(store)) {
            CliRun run = CliRun.of("remove", "veto", "--store", store.toString());
            assertEquals(new CliRun(1, "", "newsgraph: store " + store
                    + " is already open for writing in this program\n"), run);
            assertTrue(writer.documentIds().contains("veto"));
        }
    }

    @Test
    void verboseShowsTheStackTraceAlsoAfterTheCommand() {
        String missing = temp.resolve("nowhere").toString();
        CliRun quiet = CliRun.of("stats", "--store", missing);
        assertFalse(quiet.err().contains("\tat "), quiet.err());

        CliRun verbose = CliRun.of("stats", "--store", missing, "--verbose");
        assertEquals(1, verbose.exitCode());
        assertTrue(verbose.err().startsWith("newsgraph: no store at " + missing), verbose.err());
        assertTrue(verbose.err().contains("\tat org.newsgraph.store.GraphStore"), verbose.err());
        assertEquals(verbose.exitCode(), CliRun.of("-v", "stats", "--store", missing).exitCode());
    }
}
