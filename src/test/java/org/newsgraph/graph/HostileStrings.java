package org.newsgraph.graph;

import org.apache.jena.rdf.model.Model;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactValue;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.rdf.DocumentGraphMapper;
import org.newsgraph.rdf.DocumentRecord;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.ResolvedDocument;
import org.newsgraph.store.GraphStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One article whose organisation names, title, id and sentence are made of everything that breaks a file format
 * (markup, quotes, CDATA and comment ends, backslashes, braces, newlines, control characters, bidi overrides, astral
 * characters, a very long string), mapped by the real resolver and mapper. The first organisation opposes the second.
 */
final class HostileStrings {

    static final List<String> NAMES = List.of(
            "<script>document.body.dataset.pwned='name'</script>",
            "Quote \" apostrophe ' ampersand & lt < gt >",
            "CDATA end ]]> and comment end --> and <!-- start",
            "Line one\nline two",
            "Back\\slash \\N \\G \\l \\\" and a trailing \\",
            "{braces} [brackets] ${x} {{library}} %s %n",
            "Bell\u0007 NUL\u0000 escape\u001B[31m",
            "Bidi \u202Eesrever\u202C and \u2066isolate\u2069",
            "Astral \uD83C\uDF89 and \u5317\u4eac and \u0627\u0644\u0642\u0627\u0647\u0631\u0629",
            "JSON \"},{\"data\":{\"id\":\"evil\"}} and DOT \"]; evil [label=\"x\" -> n0",
            "Separators \u2028 and \u2029 in script",
            "Long " + "word ".repeat(1000));

    static final String DOCUMENT_ID = "doc \"1\" <x> & {y} ]]> --> \\";
    static final String TITLE = "</title><script>document.body.dataset.pwned='title'</script>";
    static final String SENTENCE = "He said <img src=x onerror=\"document.body.dataset.pwned='sentence'\"> ]]> -->"
            + " \\\" {x}\nand more.";

    private HostileStrings() {
    }

    /** A closed store at {@code directory} holding the article. */
    static Path storeAt(Path directory) {
        List<LocalEntity> entities = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            entities.add(new LocalEntity("organization-" + i, EntityKind.ORGANIZATION, NAMES.get(i),
                    Set.of(NAMES.get(i)), null, Map.of()));
        }
        Evidence evidence = new Evidence(0, SENTENCE, 0, SENTENCE.length(), 0.5, "stance/<b>rule</b>");
        List<Fact> facts = List.of(new Fact("organization-0", "opposes", new FactValue.EntityRef("organization-1"),
                evidence));
        ResolvedDocument resolved = new EntityResolver(List.of())
                .resolve(new DocumentFacts(DOCUMENT_ID, LocalDate.of(2022, 2, 2), entities, facts));
        Model graph = new DocumentGraphMapper().map(resolved,
                new DocumentRecord(DOCUMENT_ID, TITLE, "Source & <b>Co</b>", LocalDate.of(2022, 2, 2),
                        "ab".repeat(32), 1));
        try (GraphStore writer = GraphStore.open(directory)) {
            writer.replaceDocument(DOCUMENT_ID, graph);
        }
        return directory;
    }
}
