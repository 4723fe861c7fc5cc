package org.newsgraph.validate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.build.SeedStore;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code build} makes of the seed articles must satisfy the shapes that describe it. */
@Tag("corenlp")
class SeedStoreValidationTest {

    @Test
    void theSeedBuildConforms() {
        ValidationResult result = new StoreValidator(Path.of("ontology", "shapes.ttl")).validate(SeedStore.store());
        assertEquals(5, result.documents());
        assertTrue(result.triples() > 1000, "triples: " + result.triples());
        assertTrue(result.conforms(), () -> result.problems().stream()
                .map(problem -> problem.shape() + " " + problem.focusNode() + ": " + problem.message())
                .collect(Collectors.joining("\n")));
    }
}
