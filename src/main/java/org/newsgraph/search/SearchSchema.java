package org.newsgraph.search;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.newsgraph.rdf.NG;

import java.nio.file.Path;
import java.util.List;

/**
 * The layout of the store's text index, shared by the code that writes it, {@code newsgraph search}, the server's
 * {@code text:query} and {@code fuseki/newsgraph.ttl} (whose entity map must say the same). Entries are those of
 * Jena's text index (one Lucene document per subject, predicate and literal, with the graph it came from), so
 * {@code text:query} reads them as it reads an index it wrote itself; the extra stored fields let a search show the
 * document, date, entities and fact of a hit without asking the store.
 */
public final class SearchSchema {

    /**
     * Goes into every stamp: changing the entries or their analysis means changing this, and every document is then
     * re-indexed by the next process that opens the index, as after a crash.
     */
    static final String LAYOUT_VERSION = "2";

    /** The index lives in this folder inside the store folder, so it moves and is deleted with the store. */
    public static final String INDEX_FOLDER = "text-index";

    /** The subject IRI (Jena's entity field). */
    public static final String ENTITY = "uri";
    /** The named graph, i.e. the document graph, the entry came from (Jena's graph field). */
    public static final String GRAPH = "graph";
    /** Jena's language field: unused by newsgraph's plain literals, declared so stored values need no guess. */
    public static final String LANG = "lang";

    /** Evidence sentences ({@code ng:sentence}). */
    public static final String SENTENCE = "sentence";
    /** Statement quotes ({@code ng:quote}). */
    public static final String QUOTE = "quote";
    /** Entity names: {@code rdfs:label} and {@code skos:altLabel}. */
    public static final String LABEL = "label";
    /** The searchable fields, in the order a search lists them. */
    public static final List<String> TEXT_FIELDS = List.of(SENTENCE, QUOTE, LABEL);

    /** The document id ({@code dct:identifier}). */
    static final String DOCUMENT = "document";
    /** The document's publication date, {@code yyyy-MM-dd}, or empty. */
    static final String DATE = "date";
    /** Lower-case local names of the ng: classes of the entities an entry is about. */
    static final String TYPE = "type";
    /** Labels of those entities, for display. */
    static final String ENTITIES = "entities";
    /** The fact an evidence sentence proves, or what a quote says who said, for display. */
    static final String FACT = "fact";
    /** Marks the one entry per document graph that records what was indexed: {@value #STAMP_KIND}. */
    static final String KIND = "kind";
    static final String STAMP_KIND = "stamp";
    /** On a stamp entry: the document's ng:contentHash (or a stand-in) when it was indexed. */
    static final String STAMP = "stamp";

    private SearchSchema() {
    }

    public static Path indexFolder(Path storeFolder) {
        return storeFolder.resolve(INDEX_FOLDER);
    }

    /** Jena's entity map: which field holds which predicate's literals. */
    public static EntityDefinition entityDefinition() {
        EntityDefinition definition = new EntityDefinition(ENTITY, SENTENCE, GRAPH, NG.sentence.asNode());
        definition.set(QUOTE, NG.quote.asNode());
        definition.set(LABEL, RDFS.label.asNode());
        definition.set(LABEL, SKOS.altLabel.asNode());
        definition.setLangField(LANG);
        return definition;
    }

    public static TextIndexConfig indexConfig() {
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        config.setValueStored(true);
        config.setAnalyzer(analyzer());
        return config;
    }

    /**
     * English words: "Russia's" is found by "Russia", "vetoed" and "vetoes" by "veto" (Porter stemming), common
     * words are left out. fuseki/newsgraph.ttl names the same class, so both read the same terms.
     */
    static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }
}
