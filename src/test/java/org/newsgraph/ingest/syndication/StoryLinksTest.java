package org.newsgraph.ingest.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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

/** Syndicated copies in a real TDB2 store: 100 copies of 10 stories are 10 stories, also when copies come later. */
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
                        storyOfCopy.put(document.id(), links.link(graph, document));
                        graphs.put(document.id(), graph);
                    }
                }
                store.replaceDocuments(graphs);
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

    private static Model graphOf(Document document) {
        Model graph = ModelFactory.createDefaultModel();
        Resource node = graph.createResource(Iris.document(document.id()));
        node.addProperty(RDF.type, NG.Document);
        node.addProperty(DCTerms.identifier, document.id());
        node.addProperty(NG.contentHash, org.newsgraph.nlp.AnnotationCache.sha256(document.text()));
        return graph;
    }
}
