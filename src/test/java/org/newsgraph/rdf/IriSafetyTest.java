package org.newsgraph.rdf;

import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.ResolvedDocument;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IRIs minted from document ids and names that carry every character an IRI treats specially: each is valid for
 * Jena's IRI checker, comes back unchanged through every RDF syntax, and distinct entities keep distinct IRIs.
 */
class IriSafetyTest {

    static List<String> hostileStrings() {
        return List.of(".", "..", "a/b", "../../etc/passwd", "a b", "100%", "%41", "x#y", "q?r=1&s=2", "a\"b<c>d",
                "it's", "back\\slash", "{braces}", "[square]", "pipe|caret^`tick`",
                "\u041c\u043e\u0441\u043a\u0432\u0430", "\u5317\u4eac\u5e02", "\u0627\u0644\u0642\u0627\u0647\u0631\u0629",
                "\uD83C\uDF89 party", "x\u202Ey\u202C", "zero\u200Bwidth", "tab\there", "line\nbreak", "nul\u0000",
                "Z\u00fcrich", "Zu\u0308rich", "?", "---", "   ", "long-" + "n".repeat(2000));
    }

    @ParameterizedTest
    @MethodSource("hostileStrings")
    void documentIrisAreValidAndDecodeToTheirId(String id) {
        String iri = Iris.document(id);
        assertValid(iri);
        assertEquals(id, Iris.documentId(iri));
        assertValid(Iris.evidence(id, "0123abcd"));
    }

    @Test
    void documentIrisComeBackUnchangedThroughEverySyntax() {
        Model model = ModelFactory.createDefaultModel();
        for (String id : hostileStrings()) {
            model.createResource(Iris.document(id)).addProperty(RDFS.label, "x");
        }
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML, Lang.JSONLD, Lang.TRIG, Lang.NQUADS)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, model, lang);
            Model back = ModelFactory.createDefaultModel();
            RDFParser.fromString(out.toString(StandardCharsets.UTF_8), lang).base(Iris.base()).parse(back);
            assertTrue(model.isIsomorphicWith(back), lang + " changed an IRI:\n" + out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void entityIrisFromHostileNamesAreValidAndDistinctWhereTheResolverSaysDistinct() {
        List<LocalEntity> entities = new ArrayList<>();
        int n = 0;
        for (EntityKind kind : List.of(EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE)) {
            for (String name : hostileStrings()) {
                if (!name.isBlank()) {
                    entities.add(new LocalEntity(kind.name().toLowerCase() + "-" + n++, kind, name, Set.of(name), null,
                            Map.of()));
                }
            }
        }
        ResolvedDocument resolved = new EntityResolver(List.of())
                .resolve(new DocumentFacts("doc", null, entities, List.of()));

        Map<String, String> labelByIri = new HashMap<>();
        for (LocalEntity entity : entities) {
            String iri = resolved.iri(entity.key());
            assertValid(iri);
            assertTrue(iri.startsWith(Iris.base() + entity.kind().name().toLowerCase() + "/"), iri);
            String label = resolved.labelByKey().get(entity.key());
            String earlier = labelByIri.putIfAbsent(iri, label);
            assertTrue(earlier == null || earlier.equals(label),
                    () -> "'" + earlier + "' and '" + label + "' were both given " + iri);
        }
        // The two non-Latin names and the emoji have no ASCII slug; they must still not collapse into one IRI.
        assertEquals(3, Stream.of("\u041c\u043e\u0441\u043a\u0432\u0430", "\u5317\u4eac\u5e02",
                        "\u0627\u0644\u0642\u0627\u0647\u0631\u0629")
                .map(name -> entities.stream().filter(e -> e.kind() == EntityKind.PLACE && e.label().equals(name))
                        .findFirst().orElseThrow())
                .map(e -> resolved.iri(e.key())).distinct().count());
    }

    @Test
    void aDotSegmentIdIsNotReadAsAPath() {
        assertEquals(Iris.base() + "doc/%2E%2E", Iris.document(".."));
        assertFalse(Iris.document(".").endsWith("/."));
    }

    private static void assertValid(String iri) {
        IRIx parsed = IRIx.create(iri);
        assertFalse(parsed.hasViolations(), () -> iri + " has violations");
        assertTrue(parsed.isAbsolute(), iri);
        assertTrue(iri.chars().allMatch(c -> c > 0x20 && c < 0x7F), () -> "not plain ASCII: " + iri);
    }
}
