package org.newsgraph.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.build.SeedStore;
import org.newsgraph.serve.CliResult;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** newsgraph search on the seed store, built by the whole pipeline. */
@Tag("corenlp")
class SeedSearchTest {

    private static JsonNode search(String... queryAndOptions) throws IOException {
        Path store = SeedStore.store().location();
        String[] args = new String[queryAndOptions.length + 5];
        args[0] = "search";
        System.arraycopy(queryAndOptions, 0, args, 1, queryAndOptions.length);
        System.arraycopy(new String[] {"--store", store.toString(), "--format", "json"}, 0, args,
                queryAndOptions.length + 1, 4);
        CliResult result = CliResult.run(args);
        assertEquals(0, result.exitCode(), result.toString());
        return new ObjectMapper().readTree(result.out()).path("hits");
    }

    @Test
    void vetoListsTheVetoSentencesRussiasFirst() throws IOException {
        JsonNode hits = search("veto");
        assertFalse(hits.isEmpty());
        assertEquals("sentence", hits.get(0).path("field").asText());
        assertTrue(hits.get(0).path("text").asText().toLowerCase().contains("veto"), hits.get(0).toString());
        assertTrue(hits.get(0).path("entities").toString().contains("\"Russia\""), hits.get(0).toString());
        assertTrue(hits.get(0).path("facts").get(0).asText().startsWith("Russia "), hits.get(0).toString());
        for (JsonNode hit : hits) {
            assertFalse(hit.path("document").asText().isEmpty(), hit.toString());
            assertTrue(hit.path("date").asText().startsWith("2016-"), hit.toString());
        }
    }

    @Test
    void aMisspeltNameFindsThePerson() throws IOException {
        JsonNode hits = search("Churkn~", "--field", "label");
        assertFalse(hits.isEmpty());
        assertEquals("Vitaly Churkin", hits.get(0).path("entities").get(0).asText(), hits.toString());
        assertEquals("person", hits.get(0).path("types").get(0).asText());
    }
}
