package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A family name the tagger took for a common word ("Hedge", "Cloud") next to a verb of speech is the person named in full. */
class BareSurnamesTest {

    @Test
    void aFamilyNameBesideSpeechIsThePersonNamedBefore() throws IOException {
        DocumentFacts document = ExtractionFixtures.extract("names-bare-surname");
        List<String> facts = ExtractionFixtures.lines(document);
        ExtractionFixtures.assertSaid(facts, "Oliver Hedge", "Everyone stayed calm");
        ExtractionFixtures.assertSaid(facts, "Dave Cloud", "We have beds for everyone");
        // the bare name is a name of the person, so that it finds the person across articles
        assertNamed(document, "Oliver Hedge", "Hedge");
        assertNamed(document, "Dave Cloud", "Cloud");
    }

    private static void assertNamed(DocumentFacts document, String label, String name) {
        LocalEntity person = document.entities().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + label));
        assertTrue(person.names().contains(name), () -> label + " has names " + person.names());
    }
}
