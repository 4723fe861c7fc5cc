package org.newsgraph.ingest.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDFS;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Document;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * Syndicated copies in a real TDB2 store: 100 copies of 10 stories are 10 stories, also when copies come later,
 * and the opposition query gives one row per story listing its outlets.
 */
class StoryLinksTest {

    private static final String[] WORDS = ("harbour council minister budget vote bridge storm ferry court trial "
            + "election party leader police report market price energy school hospital river road rail union strike "
            + "farmer export border treaty summit talks").split(" ");

    @TempDir
    Path storeFolder;

    @Test
    void copiesWithOtherFurnitureHeadlinesAndCutEndingsShareOneStoryAcrossBuilds() {
        Map<String, String> storyOfCopy = new HashMap<>();
        try (GraphStore store = GraphStore.openForWriting(storeFolder)) {
            // Five copies of each story in a first build, five more arriving in a second one.
            for (int build = 0; build < 2; build++) {
                StoryLinks links = store.read(StoryLinks::read);
                Map<String, Model> graphs = new LinkedHashMap<>();
                for (int story = 0; story < 10; story++) {
                    for (int copy = build * 5; copy < build * 5 + 5; copy++) {
                        Document document = copy(story, copy);
                        Model graph = graphOf(document);
                        addOpposition(graph, document, story);
                        storyOfCopy.put(document.id(), links.link(graph, document));
                        graphs.put(document.id(), graph);
                    }
                }
                store.replaceDocuments(graphs);
            }
            List<QuerySolution> rows = store.read(dataset -> {
                try (QueryExecution execution = QueryExecution.dataset(dataset).query(QueryFactory.create(
                        Files.readString(Path.of("queries", "opposition.rq")))).build()) {
                    List<QuerySolution> all = new ArrayList<>();
                    execution.execSelect().forEachRemaining(all::add);
                    return all;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // One row per story, not per copy, each listing the ten outlets that printed it.
            assertEquals(10, rows.size(), rows.toString());
            for (QuerySolution row : rows) {
                assertEquals(10, row.getLiteral("outlets").getLexicalForm().split("; ").length, row.toString());
                assertEquals(10, row.getLiteral("document").getLexicalForm().split("; ").length, row.toString());
            }
        }
        Set<String> stories = new HashSet<>(storyOfCopy.values());
        assertEquals(10, stories.size(), storyOfCopy.toString());
        for (int story = 0; story < 10; story++) {
            for (int copy = 0; copy < 10; copy++) {
                assertEquals(storyOfCopy.get("s" + story + "-c0"), storyOfCopy.get("s" + story + "-c" + copy));
            }
        }
    }

    /** A story of invented words; each copy has its own headline and furniture, every third copy without its last sixth. */
    static Document copy(int story, int copy) {
        java.util.Random random = new java.util.Random(story);
        StringBuilder text = new StringBuilder("Headline " + copy + " from outlet " + copy + "\n\n");
        int words = copy % 3 == 2 ? 200 : 240;
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 12 == 11 ? ".\n\n" : " ");
        }
        text.append("\n\nCopyright outlet ").append(copy).append(". All rights reserved. Follow us for more news.");
        String id = "s" + story + "-c" + copy;
        return new Document(id, text.toString(), text.toString(), null, "Outlet " + copy, null, id + ".html", true);
    }

    /** The fact every copy of a story reports: an invented state opposing an invented resolution. */
    private static void addOpposition(Model graph, Document document, int story) {
        Resource actor = graph.createResource(Iris.entity("country", "state-" + story));
        actor.addProperty(RDF.type, NG.Country).addProperty(RDFS.label, "State " + story);
        Resource resolution = graph.createResource(Iris.entity("resolution", "draft-" + story));
        resolution.addProperty(RDF.type, NG.Resolution).addProperty(RDFS.label, "Draft " + story);
        Property opposes = graph.createProperty(NG.NS + "opposes");
        actor.addProperty(opposes, resolution);
        graph.createResource(Iris.evidence(document.id(), "e" + story))
                .addProperty(RDF.type, graph.createResource(NG.NS + "Evidence"))
                .addProperty(RDF.subject, actor).addProperty(RDF.predicate, opposes).addProperty(RDF.object, resolution)
                .addProperty(graph.createProperty(NG.NS + "sentence"), "State " + story + " opposed draft " + story + ".")
                .addProperty(graph.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"),
                        graph.createResource(Iris.document(document.id())));
        graph.createResource(Iris.document(document.id())).addProperty(DCTerms.source, document.source());
    }

    private static Model graphOf(Document document) {
        Model graph = ModelFactory.createDefaultModel();
        Resource node = graph.createResource(Iris.document(document.id()));
        node.addProperty(RDF.type, NG.Document);
        node.addProperty(DCTerms.identifier, document.id());
        node.addProperty(NG.contentHash, org.newsgraph.nlp.AnnotationCache.sha256(document.text()));
        return graph;
    }
}
