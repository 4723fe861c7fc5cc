package org.newsgraph.search;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.newsgraph.rdf.NG;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The index entries of one document graph: its evidence sentences, its statements' quotes and the names of the
 * entities it mentions, each with the document, its date, the entities and the fact, plus one stamp entry that
 * records which version of the document was indexed. Reads the graph as stored, inside the caller's transaction.
 */
final class IndexEntries {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();
    private static final Node SENTENCE = NG.sentence.asNode();
    private static final Node QUOTE = NG.quote.asNode();
    private static final Node SPEAKER = NG.speaker.asNode();
    private static final Node ON_BEHALF_OF = NG.onBehalfOf.asNode();
    private static final Node SUBJECT = RDF.subject.asNode();
    private static final Node PREDICATE = RDF.predicate.asNode();
    private static final Node OBJECT = RDF.object.asNode();
    private static final Node ISSUED = DCTerms.issued.asNode();
    /** Named by their quote or by the document itself: a name search would only repeat the other fields. */
    private static final Set<Node> UNNAMED_KINDS = Set.of(NG.Statement.asNode(), NG.Document.asNode(),
            NG.Evidence.asNode());

    private final Graph graph;
    private final String graphName;
    private final String documentId;
    private final String date;

    private IndexEntries(Graph graph, Node graphName, Node documentNode, String documentId) {
        this.graph = graph;
        this.graphName = graphName.getURI();
        this.documentId = documentId;
        this.date = object(documentNode, ISSUED).map(Node::getLiteralLexicalForm).orElse("");
    }

    /** Every entry of the document graph {@code graphName}, its stamp entry last. */
    static List<Document> of(StoredDocuments.Stored document, Graph graph) {
        IndexEntries entries = new IndexEntries(graph, document.graph(), document.node(), document.id());
        List<Document> documents = new ArrayList<>();
        entries.names(documents);
        entries.sentences(documents);
        entries.quotes(documents);
        documents.add(entries.stamp(document.stamp()));
        return documents;
    }

    private void names(List<Document> out) {
        for (Node predicate : List.of(LABEL, ALT_LABEL)) {
            forEach(Node.ANY, predicate, triple -> {
                Node entity = triple.getSubject();
                if (!triple.getObject().isLiteral() || isUnnamedKind(entity)) {
                    return;
                }
                Set<String> types = new LinkedHashSet<>();
                addTypes(entity, types);
                out.add(entry(entity, SearchSchema.LABEL, triple.getObject().getLiteralLexicalForm(),
                        List.of(labelOf(entity)), "", types));
            });
        }
    }

    private void sentences(List<Document> out) {
        forEach(Node.ANY, SENTENCE, triple -> {
            Node evidence = triple.getSubject();
            Optional<Node> subject = object(evidence, SUBJECT);
            Optional<Node> predicate = object(evidence, PREDICATE);
            Optional<Node> object = object(evidence, OBJECT);
            List<String> entities = new ArrayList<>();
            Set<String> types = new LinkedHashSet<>();
            for (Optional<Node> about : List.of(subject, object)) {
                about.filter(Node::isURI).filter(node -> !NG.NS.equals(node.getNameSpace())).ifPresent(node -> {
                    entities.add(labelOf(node));
                    addTypes(node, types);
                });
            }
            String fact = subject.isPresent() && predicate.isPresent() && object.isPresent()
                    ? labelOf(subject.get()) + " " + shortName(predicate.get()) + " " + labelOf(object.get())
                    : "";
            out.add(entry(evidence, SearchSchema.SENTENCE, triple.getObject().getLiteralLexicalForm(), entities,
                    fact, types));
        });
    }

    private void quotes(List<Document> out) {
        forEach(Node.ANY, QUOTE, triple -> {
            Node statement = triple.getSubject();
            String quote = triple.getObject().getLiteralLexicalForm();
            Optional<Node> speaker = object(statement, SPEAKER);
            Optional<Node> behalf = object(statement, ON_BEHALF_OF);
            List<String> entities = new ArrayList<>();
            Set<String> types = new LinkedHashSet<>();
            types.add(typeName(NG.Statement.asNode()));
            speaker.ifPresent(node -> {
                entities.add(labelOf(node));
                addTypes(node, types);
            });
            behalf.ifPresent(node -> {
                entities.add(labelOf(node));
                addTypes(node, types);
            });
            String fact = speaker.map(node -> labelOf(node) + " said \"" + quote + "\"")
                    .orElse("said (speaker not named) \"" + quote + "\"")
                    + behalf.map(node -> " on behalf of " + labelOf(node)).orElse("");
            out.add(entry(statement, SearchSchema.QUOTE, quote, entities, fact, types));
        });
    }

    private Document entry(Node subject, String field, String text, List<String> entities, String fact,
                           Set<String> types) {
        Document entry = new Document();
        entry.add(new Field(SearchSchema.ENTITY, TextQueryFuncs.subjectToString(subject), TextIndexLucene.ftIRI));
        entry.add(new Field(SearchSchema.GRAPH, graphName, TextIndexLucene.ftIRI));
        entry.add(new Field(field, text, TextField.TYPE_STORED));
        entry.add(new StringField(SearchSchema.DOCUMENT, documentId, Field.Store.YES));
        entry.add(new StringField(SearchSchema.DATE, date, Field.Store.YES));
        types.forEach(type -> entry.add(new StringField(SearchSchema.TYPE, type, Field.Store.YES)));
        entry.add(new StoredField(SearchSchema.ENTITIES, String.join("; ", new LinkedHashSet<>(entities))));
        entry.add(new StoredField(SearchSchema.FACT, fact));
        return entry;
    }

    private Document stamp(String stamp) {
        Document entry = new Document();
        entry.add(new StringField(SearchSchema.KIND, SearchSchema.STAMP_KIND, Field.Store.NO));
        entry.add(new Field(SearchSchema.GRAPH, graphName, TextIndexLucene.ftIRI));
        entry.add(new StringField(SearchSchema.DOCUMENT, documentId, Field.Store.YES));
        entry.add(new StoredField(SearchSchema.STAMP, stamp));
        return entry;
    }

    private boolean isUnnamedKind(Node entity) {
        for (Node kind : UNNAMED_KINDS) {
            if (graph.contains(entity, TYPE, kind)) {
                return true;
            }
        }
        return false;
    }

    private void addTypes(Node entity, Set<String> types) {
        forEach(entity, TYPE, triple -> {
            if (triple.getObject().isURI() && NG.NS.equals(triple.getObject().getNameSpace())) {
                types.add(typeName(triple.getObject()));
            }
        });
    }

    static String typeName(Node type) {
        return type.getLocalName().toLowerCase(Locale.ROOT);
    }

    /** The entity's label in this document, an ng: term's local name, a literal's text, else the IRI. */
    private String labelOf(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        if (node.isURI() && NG.NS.equals(node.getNameSpace())) {
            return node.getLocalName();
        }
        return object(node, LABEL).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .orElse(node.isURI() ? node.getURI() : node.toString());
    }

    private static String shortName(Node predicate) {
        return predicate.isURI() && NG.NS.equals(predicate.getNameSpace()) ? predicate.getLocalName()
                : predicate.toString();
    }

    private Optional<Node> object(Node subject, Node predicate) {
        ExtendedIterator<Triple> triples = graph.find(subject, predicate, Node.ANY);
        try {
            return triples.hasNext() ? Optional.of(triples.next().getObject()) : Optional.empty();
        } finally {
            triples.close();
        }
    }

    private void forEach(Node subject, Node predicate, java.util.function.Consumer<Triple> action) {
        ExtendedIterator<Triple> triples = graph.find(subject, predicate, Node.ANY);
        try {
            triples.forEachRemaining(action);
        } finally {
            triples.close();
        }
    }
}
