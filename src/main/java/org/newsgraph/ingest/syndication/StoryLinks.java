package org.newsgraph.ingest.syndication;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.ingest.Document;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;

/**
 * Puts each document of a build into its story ({@code ng:story}), keeping its MinHash sketch beside it so copies
 * arriving in later builds find it, and stores the text of documents taken out of web pages ({@code ng:text}).
 * Read from the store once per build; then used by the build's one writer thread, in the order documents are
 * stored, so copies within one build find each other as well.
 */
public final class StoryLinks {

    private static final String STORED_SKETCHES = """
            PREFIX ng:  <https://w3id.org/newsgraph/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?id ?story ?sketch WHERE {
              GRAPH ?g { ?doc a ng:Document ; dct:identifier ?id ; ng:story ?story ; ng:minHash ?sketch }
            }""";

    private final StoryIndex index = new StoryIndex();

    private StoryLinks() {
    }

    /** The stories of the documents already stored. */
    public static StoryLinks read(Dataset dataset) {
        StoryLinks links = new StoryLinks();
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(STORED_SKETCHES).build()) {
            ResultSet rows = execution.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                int[] sketch = MinHash.decode(row.getLiteral("sketch").getLexicalForm());
                if (sketch != null && row.get("story").isURIResource()) {
                    links.index.add(row.getLiteral("id").getLexicalForm(), row.getResource("story").getURI(),
                            sketch);
                }
            }
        }
        return links;
    }

    /** An index with nothing stored yet. */
    public static StoryLinks empty() {
        return new StoryLinks();
    }

    /** Adds the document's story, sketch and (for a page) text to its graph; returns the story's IRI. */
    public String link(Model graph, Document document) {
        Resource node = graph.createResource(Iris.document(document.id()));
        int[] sketch = MinHash.sketch(document.nlpText());
        String story = index.assign(document.id(), sketch, Iris.entity("story", document.id()));
        Resource storyNode = graph.createResource(story);
        storyNode.addProperty(RDF.type, NG.Story);
        node.addProperty(NG.story, storyNode);
        node.addProperty(NG.minHash, MinHash.encode(sketch));
        if (document.textDerived()) {
            node.addProperty(NG.text, document.text());
        }
        return story;
    }
}
