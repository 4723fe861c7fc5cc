package org.newsgraph.eval.capability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.resolve.Gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CapabilityFilesTest {

    @TempDir
    Path folder;

    @Test
    void everyShippedCapabilityIsValidAndLargeEnough() {
        List<Capability> capabilities = CapabilityFiles.standard();
        assertTrue(!capabilities.isEmpty());
        for (Capability c : capabilities) {
            assertTrue(c.cases() >= 100, c.name() + " has " + c.cases() + " cases");
        }
    }

    @Test
    void casesAreTheSameOnEveryRunAndFillEverySlot() {
        CaseGenerator generator = new CaseGenerator(new SlotValues(Gazetteer.standard()));
        for (Capability c : CapabilityFiles.standard()) {
            List<CapabilityCase> first = generator.generate(c);
            assertEquals(first, generator.generate(c), c.name());
            assertEquals(c.cases(), first.size());
            Set<String> ids = new HashSet<>();
            for (CapabilityCase k : first) {
                assertTrue(ids.add(k.document()));
                assertTrue(!k.text().contains("{") && !k.text().contains("}"), k.text());
                k.expect().forEach(row -> assertTrue(row.stream().noneMatch(cell -> cell.contains("{")), row.toString()));
            }
            // the cases differ: slots are drawn, not fixed
            assertTrue(first.stream().map(CapabilityCase::text).distinct().count() > c.cases() / 2, c.name());
        }
    }

    @Test
    void slotsOfOneGeneratorGetDistinctValues() throws IOException {
        Files.writeString(folder.resolve("two.yaml"), """
                name: test/two-people
                about: two people
                cases: 200
                seed: 3
                templates: [ '{a} met {b} in {c}.' ]
                slots: { a: person, b: person, c: country }
                expect: [ [ "{a}", said, '"{c}"' ] ]
                """);
        Capability c = CapabilityFiles.read(folder).get(0);
        for (CapabilityCase k : new CaseGenerator(new SlotValues(Gazetteer.standard())).generate(c)) {
            String[] words = k.text().replace(".", "").split(" met | in ");
            assertNotEquals(words[0], words[1]);
            assertTrue(List.of(words[1].split(" ")).stream().noneMatch(List.of(words[0].split(" "))::contains), k.text());
        }
    }

    @Test
    void aLiteralWithAttributesIsDrawnWithItsFactAndFillsItsOwnSlots() throws IOException {
        Files.writeString(folder.resolve("paired.yaml"), """
                name: test/paired
                about: a sentence drawn together with the status it states
                cases: 100
                seed: 5
                templates: [ '{event}' ]
                slots:
                  town: city
                  event:
                    - { text: 'The evacuation of {town} resumed.', status: resumed }
                    - { text: 'The evacuation of {town} was suspended.', status: suspended }
                expect: [ [ "Evacuation[*]", status, "{event.status}" ], [ "Evacuation[*]", from, "{town}" ] ]
                """);
        Capability c = CapabilityFiles.read(folder).get(0);
        Set<String> statuses = new HashSet<>();
        for (CapabilityCase k : new CaseGenerator(new SlotValues(Gazetteer.standard())).generate(c)) {
            String status = k.expect().get(0).get(2);
            statuses.add(status);
            assertTrue(k.text().contains(status), k.text() + " drawn with " + status);
            assertTrue(k.text().contains(k.expect().get(1).get(2)) && !k.text().contains("{"), k.text());
        }
        assertEquals(Set.of("resumed", "suspended"), statuses);

        Files.writeString(folder.resolve("paired.yaml"), """
                name: test/paired
                about: a literal map without its text
                cases: 100
                seed: 5
                templates: [ '{event}' ]
                slots: { event: [ { status: resumed } ] }
                expect: [ [ "Evacuation[*]", status, "{event.status}" ] ]
                """);
        CapabilityFormatException e = assertThrows(CapabilityFormatException.class, () -> CapabilityFiles.read(folder));
        assertTrue(e.getMessage().contains("slot event is neither"), e.getMessage());
    }

    @Test
    void aBadFileFailsWithItsNameAndTheProblem() throws IOException {
        Path file = folder.resolve("bad.yaml");
        Files.writeString(file, """
                name: test/bad
                about: uses a slot it does not define
                cases: 100
                seed: 1
                templates: [ '"{quote}," {person} said.' ]
                slots: { person: person }
                expect: [ [ "{person}", said, '"{quote}"' ] ]
                """);
        CapabilityFormatException e = assertThrows(CapabilityFormatException.class, () -> CapabilityFiles.read(folder));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("{quote} is used but is no slot"),
                e.getMessage());

        Files.writeString(file, """
                name: test/bad
                about: an unscored predicate
                cases: 100
                seed: 1
                templates: [ '{person} spoke.' ]
                slots: { person: person }
                expect: [ [ "{person}", spoke, "x" ] ]
                """);
        e = assertThrows(CapabilityFormatException.class, () -> CapabilityFiles.read(folder));
        assertTrue(e.getMessage().contains("predicate spoke is not scored"), e.getMessage());

        Files.writeString(file, "name: test/bad\nunknownKey: 1\n");
        e = assertThrows(CapabilityFormatException.class, () -> CapabilityFiles.read(folder));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }
}
