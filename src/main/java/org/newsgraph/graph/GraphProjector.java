package org.newsgraph.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Computes a {@link Projection} with SPARQL over the store's union graph, so an export shows what {@code newsgraph
 * query} would find. Every query is scoped to the counted documents by the same pattern: a fact counts when it is
 * asserted in the named graph of a document that passes the filter. Filter values reach the queries only as
 * {@link ParameterizedSparqlString} parameters.
 */
public final class GraphProjector {

    private static final String PREFIXES = """
            PREFIX ng:   <https://w3id.org/newsgraph/ontology#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            """;

    /** The counted documents: binds ?graph (the document's named graph), ?doc, ?id and, when it has one, ?date. */
    private static final String DOCUMENT_SCOPE = """
              GRAPH ?graph {
                ?doc a ng:Document ; dct:identifier ?id .
                OPTIONAL { ?doc dct:issued ?date }
              }
            """;
    private static final String ONLY_DOCUMENTS = "  VALUES ?id {?documentIds}\n";
    private static final String SINCE = "  FILTER (?date >= ?since)\n";
    private static final String UNTIL = "  FILTER (?date <= ?until)\n";

    private static final String DOCUMENTS = """
            SELECT ?id (SAMPLE(?anyTitle) AS ?title) (MIN(?date) AS ?issued)
            WHERE {
            %s  OPTIONAL { GRAPH ?graph { ?doc dct:title ?anyTitle } }
            }
            GROUP BY ?id""";

    /** Entities of the chosen classes mentioned in a counted document. */
    private static final String NODES = """
            SELECT ?node (GROUP_CONCAT(DISTINCT STR(?class); separator=" ") AS ?classNames)
                   (MIN(STR(?anyLabel)) AS ?label) (MIN(STR(?sameAs)) AS ?wikidata) (MIN(STR(?state)) AS ?status)
            WHERE {
            %s  GRAPH ?graph { ?node ng:mentionedIn ?doc }
              VALUES ?class {?chosenClasses}
              ?node a ?class .
              OPTIONAL { ?node rdfs:label ?anyLabel }
              OPTIONAL { ?node owl:sameAs ?sameAs FILTER (STRSTARTS(STR(?sameAs), "http://www.wikidata.org/entity/")) }
              OPTIONAL { ?node ng:status ?state }
            }
            GROUP BY ?node""";

    private static final String MENTIONS = """
            SELECT DISTINCT ?node ?id
            WHERE {
            %s  GRAPH ?graph { ?node ng:mentionedIn ?doc }
            }""";

    private static final String ALT_LABELS = """
            SELECT DISTINCT ?node ?alt
            WHERE {
              VALUES ?class {?chosenClasses}
              ?node a ?class ; skos:altLabel ?alt .
            }""";

    /**
     * Relation triples asserted in counted documents, one row per (subject, predicate, object). ?asserted is the
     * property as stored, ?predicate the edge it becomes; ?reversed turns an ng:draftedBy into a drafted edge.
     */
    private static final String EDGES = """
            SELECT ?source ?predicate ?target
                   (COUNT(DISTINCT ?evidence) AS ?sentences) (MIN(?date) AS ?first) (MAX(?date) AS ?last)
                   (GROUP_CONCAT(DISTINCT ?id; separator=" ") AS ?ids)
            WHERE {
            %s  VALUES (?asserted ?predicate ?reversed) {?relationRows}
              GRAPH ?graph { ?x ?asserted ?y }
              FILTER (isIRI(?y))
              BIND (IF(?reversed, ?y, ?x) AS ?source)
              BIND (IF(?reversed, ?x, ?y) AS ?target)
              OPTIONAL {
                GRAPH ?graph { ?evidence a ng:Evidence ; rdf:subject ?x ; rdf:predicate ?asserted ; rdf:object ?y }
              }
            }
            GROUP BY ?source ?predicate ?target
            HAVING (COUNT(DISTINCT ?evidence) >= ?minEvidence)""";

    private static final String EDGE_DOCUMENTS = """
            SELECT DISTINCT ?source ?predicate ?target ?id
            WHERE {
            %s  VALUES (?asserted ?predicate ?reversed) {?relationRows}
              GRAPH ?graph { ?x ?asserted ?y }
              FILTER (isIRI(?y))
              BIND (IF(?reversed, ?y, ?x) AS ?source)
              BIND (IF(?reversed, ?x, ?y) AS ?target)
            }""";

    private static final String EVIDENCE = """
            SELECT DISTINCT ?source ?predicate ?target ?evidence ?sentence ?id ?date ?rule ?confidence
            WHERE {
            %s  VALUES (?asserted ?predicate ?reversed) {?relationRows}
              GRAPH ?graph {
                ?evidence a ng:Evidence ; rdf:subject ?x ; rdf:predicate ?asserted ; rdf:object ?y ;
                          ng:sentence ?sentence .
                OPTIONAL { ?evidence ng:rule ?rule }
                OPTIONAL { ?evidence ng:confidence ?confidence }
              }
              BIND (IF(?reversed, ?y, ?x) AS ?source)
              BIND (IF(?reversed, ?x, ?y) AS ?target)
            }
            ORDER BY ?date ?id ?sentence ?evidence""";

    /** Each counted article's report of an evacuation's state (ng:StatusReport), for the nodes' timelines. */
    private static final String TIMELINES = """
            SELECT DISTINCT ?node ?date ?status ?sentence ?id
            WHERE {
            %s  GRAPH ?graph {
                ?node ng:statusReport ?report .
                ?report ng:reportedStatus ?status ; ng:evidence ?evidence .
                ?evidence ng:sentence ?sentence .
              }
            }
            ORDER BY ?node ?date ?id ?sentence""";

    /** Projects the store's graph through {@code filter}, in one read transaction. */
    public Projection project(GraphStore store, GraphFilter filter) {
        return store.read(dataset -> project(dataset, filter));
    }

    /** Projects a dataset whose default graph is the union of its document graphs; the caller holds a transaction. */
    public Projection project(Dataset dataset, GraphFilter filter) {
        Map<String, SourceDocument> documents = documents(dataset, filter);
        Map<String, NodeRow> nodeRows = nodes(dataset, filter);
        Map<EdgeKey, EdgeRow> edgeRows = new LinkedHashMap<>();
        run(dataset, scoped(EDGES, filter), filter, row -> {
            EdgeKey key = EdgeKey.of(row);
            if (nodeRows.containsKey(key.source) && nodeRows.containsKey(key.target)) {
                edgeRows.put(key, new EdgeRow(row.getLiteral("sentences").getInt(), date(row.get("first")),
                        date(row.get("last"))));
            }
        });
        Map<EdgeKey, Set<String>> edgeDocuments = new HashMap<>();
        run(dataset, scoped(EDGE_DOCUMENTS, filter), filter, row -> {
            EdgeKey key = EdgeKey.of(row);
            if (edgeRows.containsKey(key)) {
                edgeDocuments.computeIfAbsent(key, k -> new TreeSet<>()).add(text(row.get("id")));
            }
        });

        Map<String, Integer> degrees = new HashMap<>();
        edgeRows.keySet().forEach(key -> {
            degrees.merge(key.source, 1, Integer::sum);
            degrees.merge(key.target, 1, Integer::sum);
        });
        List<GraphNode> nodes = new ArrayList<>();
        nodeRows.forEach((iri, row) -> {
            int degree = degrees.getOrDefault(iri, 0);
            if (degree > 0 || !filter.narrowsEdges()) {
                nodes.add(new GraphNode(iri, row.type, row.label, List.copyOf(row.altLabels), row.wikidata,
                        row.status, degree, List.copyOf(row.documents)));
            }
        });
        nodes.sort(Comparator.comparing((GraphNode node) -> node.label().toLowerCase(Locale.ROOT))
                .thenComparing(GraphNode::id));
        Map<String, String> labels = new HashMap<>();
        nodes.forEach(node -> labels.put(node.id(), node.label().toLowerCase(Locale.ROOT)));

        List<GraphEdge> edges = new ArrayList<>();
        edgeRows.forEach((key, row) -> edges.add(new GraphEdge("", key.source, key.relation, key.target,
                row.evidence, List.copyOf(edgeDocuments.getOrDefault(key, Set.of())), row.first, row.last)));
        edges.sort(Comparator.comparing((GraphEdge edge) -> labels.get(edge.source()))
                .thenComparing(GraphEdge::source)
                .thenComparing(edge -> edge.relation().ordinal())
                .thenComparing(edge -> labels.get(edge.target()))
                .thenComparing(GraphEdge::target));
        Map<EdgeKey, String> edgeIds = new HashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            GraphEdge edge = edges.get(i).withId("e" + i);
            edges.set(i, edge);
            edgeIds.put(new EdgeKey(edge.source(), edge.relation(), edge.target()), edge.id());
        }

        List<EvidenceSentence> evidence = new ArrayList<>();
        run(dataset, scoped(EVIDENCE, filter), filter, row -> {
            String edgeId = edgeIds.get(EdgeKey.of(row));
            if (edgeId != null) {
                RDFNode confidence = row.get("confidence");
                evidence.add(new EvidenceSentence(edgeId, text(row.get("sentence")), text(row.get("id")),
                        row.contains("rule") ? text(row.get("rule")) : null,
                        confidence != null && confidence.isLiteral() ? number(confidence.asLiteral()) : null));
            }
        });
        List<StatusTimeline> timelines = new ArrayList<>();
        run(dataset, scoped(TIMELINES, filter), filter, row -> {
            String node = row.getResource("node").getURI();
            if (nodeRows.containsKey(node)) {
                timelines.add(new StatusTimeline(node, date(row.get("date")),
                        localName(row.getResource("status").getURI()), text(row.get("sentence")), text(row.get("id"))));
            }
        });
        return new Projection(filter, nodes, edges, evidence, documents, timelines);
    }

    private static Map<String, SourceDocument> documents(Dataset dataset, GraphFilter filter) {
        Map<String, SourceDocument> documents = new TreeMap<>();
        run(dataset, scoped(DOCUMENTS, filter), filter, row -> {
            String id = text(row.get("id"));
            documents.put(id, new SourceDocument(id, row.contains("title") ? text(row.get("title")) : null,
                    date(row.get("issued"))));
        });
        return documents;
    }

    private static Map<String, NodeRow> nodes(Dataset dataset, GraphFilter filter) {
        Map<String, NodeRow> rows = new HashMap<>();
        run(dataset, scoped(NODES, filter), filter, row -> {
            EntityType type = mostSpecific(text(row.get("classNames")));
            String iri = row.getResource("node").getURI();
            String label = row.contains("label") ? text(row.get("label")) : iri.substring(iri.lastIndexOf('/') + 1);
            String wikidata = row.contains("wikidata") ? text(row.get("wikidata")).substring(NG.WD.length()) : null;
            String status = row.contains("status") ? localName(text(row.get("status"))) : null;
            rows.put(iri, new NodeRow(type, label, wikidata, status));
        });
        run(dataset, scoped(MENTIONS, filter), filter, row -> {
            NodeRow node = rows.get(row.getResource("node").getURI());
            if (node != null) {
                node.documents.add(text(row.get("id")));
            }
        });
        run(dataset, ALT_LABELS, filter, row -> {
            NodeRow node = rows.get(row.getResource("node").getURI());
            String alt = text(row.get("alt"));
            if (node != null && !alt.equals(node.label)) {
                node.altLabels.add(alt);
            }
        });
        return rows;
    }

    private static String scoped(String template, GraphFilter filter) {
        StringBuilder scope = new StringBuilder(DOCUMENT_SCOPE);
        if (!filter.documents().isEmpty()) {
            scope.append(ONLY_DOCUMENTS.replace("?documentIds", placeholders("documentId", filter.documents().size())));
        }
        if (filter.since() != null) {
            scope.append(SINCE);
        }
        if (filter.until() != null) {
            scope.append(UNTIL);
        }
        return template.formatted(scope);
    }

    /**
     * Runs one query with the filter's values bound as parameters; {@code each} sees every row. A list is one
     * parameter per value ({@code ?documentId0 ?documentId1}) set with {@code setLiteral} or {@code setIri}:
     * Jena 5.6's {@code setValues} writes literals into the query without escaping their quotes.
     */
    private static void run(Dataset dataset, String template, GraphFilter filter, Consumer<QuerySolution> each) {
        String text = template
                .replace("?chosenClasses", placeholders("class", filter.types().size()))
                .replace("?relationRows", relationPlaceholders(relationRows(filter.effectiveRelations()).size()));
        ParameterizedSparqlString query = new ParameterizedSparqlString(PREFIXES + text);
        List<String> documents = filter.documents().stream().sorted().toList();
        for (int i = 0; i < documents.size(); i++) {
            query.setLiteral("documentId" + i, documents.get(i));
        }
        if (filter.since() != null) {
            query.setLiteral("since", xsdDate(filter.since()));
        }
        if (filter.until() != null) {
            query.setLiteral("until", xsdDate(filter.until()));
        }
        List<EntityType> types = filter.types().stream().sorted().toList();
        for (int i = 0; i < types.size(); i++) {
            query.setIri("class" + i, types.get(i).rdfClass().getURI());
        }
        List<RelationRow> rows = relationRows(filter.effectiveRelations());
        for (int i = 0; i < rows.size(); i++) {
            query.setIri("asserted" + i, rows.get(i).asserted().getURI());
            query.setIri("predicate" + i, rows.get(i).edge().property().getURI());
            query.setLiteral("reversed" + i, rows.get(i).reversed());
        }
        query.setLiteral("minEvidence", filter.minEvidence());
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query.asQuery()).build()) {
            execution.execSelect().forEachRemaining(each);
        }
    }

    private static String placeholders(String name, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append('?').append(name).append(i);
        }
        return text.toString();
    }

    private static String relationPlaceholders(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append("(?asserted").append(i).append(" ?predicate").append(i)
                    .append(" ?reversed").append(i).append(')');
        }
        return text.toString();
    }

    /** A stored property and the edge it becomes; ng:draftedBy becomes a drafted edge pointing the other way. */
    private record RelationRow(Property asserted, Relation edge, boolean reversed) {
    }

    private static List<RelationRow> relationRows(Set<Relation> relations) {
        List<RelationRow> rows = new ArrayList<>();
        for (Relation relation : relations.stream().sorted().toList()) {
            rows.add(new RelationRow(relation.property(), relation, false));
            if (relation == Relation.DRAFTED) {
                rows.add(new RelationRow(NG.draftedBy, relation, true));
            }
        }
        return rows;
    }

    private static Literal xsdDate(LocalDate date) {
        return ResourceFactory.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }

    static EntityType mostSpecific(String classIris) {
        Set<EntityType> found = new TreeSet<>();
        for (String iri : classIris.split(" ")) {
            EntityType type = EntityType.ofClass(iri);
            if (type != null) {
                found.add(type);
            }
        }
        return EntityType.SPECIFICITY.stream().filter(found::contains).findFirst()
                .orElseThrow(() -> new IllegalStateException("no entity class among " + classIris));
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static String localName(String iri) {
        return iri.startsWith(NG.NS) ? iri.substring(NG.NS.length()) : iri;
    }

    /** A stored date, or null for none or one that is not a plain ISO date (such a date cannot be compared). */
    private static LocalDate date(RDFNode node) {
        if (node == null || !node.isLiteral()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asLiteral().getLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Double number(Literal literal) {
        try {
            return Double.valueOf(literal.getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final class NodeRow {
        final EntityType type;
        final String label;
        final String wikidata;
        final String status;
        final Set<String> altLabels = new TreeSet<>();
        final Set<String> documents = new TreeSet<>();

        NodeRow(EntityType type, String label, String wikidata, String status) {
            this.type = type;
            this.label = label;
            this.wikidata = wikidata;
            this.status = status;
        }
    }

    private record EdgeRow(int evidence, LocalDate first, LocalDate last) {
    }

    private record EdgeKey(String source, Relation relation, String target) {
        static EdgeKey of(QuerySolution row) {
            return new EdgeKey(row.getResource("source").getURI(),
                    Relation.ofProperty(row.getResource("predicate").getURI()), row.getResource("target").getURI());
        }
    }
}
