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
        int[] sketch = MinHash.sketch(document.nlpText());
        String story = assign(document.id(), sketch);
        write(graph, document.id(), story, sketch, document.textDerived() ? document.text() : null);
        return story;
    }

    /**
     * The story of a document with this sketch: its earliest copy's, else a story of its own; the document is then
     * a copy later documents can find. Documents are assigned in the order they are resolved.
     */
    public String assign(String documentId, int[] sketch) {
        return index.assign(documentId, sketch, Iris.entity("story", documentId));
    }

    /**
     * Writes what {@link #link} writes, for a story assigned elsewhere (a distributed job assigns stories on its
     * driver and writes graphs on its executors); {@code pageText} is the text of a document taken out of a web
     * page, null for any other.
     */
    public static void write(Model graph, String documentId, String story, int[] sketch, String pageText) {
        Resource node = graph.createResource(Iris.document(documentId));
        Resource storyNode = graph.createResource(story);
        storyNode.addProperty(RDF.type, NG.Story);
        node.addProperty(NG.story, storyNode);
        node.addProperty(NG.minHash, MinHash.encode(sketch));
        if (pageText != null) {
            node.addProperty(NG.text, pageText);
        }
    }
}
