package org.newsgraph.eval.attribution;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the statements that have a speaker, per document, from the store: what {@code eval --attributions} scores.
 * A statement without an {@code ng:speaker} is no attribution and is not read.
 */
public final class StoredStatements {

    private static final String QUERY = """
            PREFIX ng: <%s>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?doc ?statement ?begin ?end ?speaker ?label ?name ?quote WHERE {
              GRAPH ?g {
                ?d a ng:Document ; dct:identifier ?doc .
                ?statement a ng:Statement ; ng:speaker ?speaker ; ng:charStart ?begin ; ng:charEnd ?end .
                OPTIONAL { ?statement ng:quote ?quote }
                OPTIONAL { ?speaker rdfs:label ?label }
                OPTIONAL { ?speaker skos:altLabel ?name }
              }
            }""";

    private StoredStatements() {
    }

    public static Map<String, List<PredictedStatement>> read(Dataset dataset, Collection<String> documents) {
        Set<String> wanted = Set.copyOf(documents);
        record Key(String document, String statement) {}
        record Collected(int begin, int end, Set<String> labels, Set<String> names, boolean direct) {}
        Map<Key, Collected> collected = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(QUERY.formatted(org.newsgraph.rdf.NG.NS)).build()) {
                ResultSet results = execution.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    String document = row.getLiteral("doc").getLexicalForm();
                    if (!wanted.contains(document)) {
                        continue;
                    }
                    Collected c = collected.computeIfAbsent(new Key(document, row.getResource("statement").getURI()),
                            k -> new Collected(row.getLiteral("begin").getInt(), row.getLiteral("end").getInt(),
                                    new TreeSet<>(), new TreeSet<>(), row.contains("quote")));
                    if (row.contains("label")) {
                        c.labels().add(row.getLiteral("label").getLexicalForm());
                    }
                    if (row.contains("name")) {
                        c.names().add(row.getLiteral("name").getLexicalForm());
                    }
                }
            }
        });
        Map<String, List<PredictedStatement>> byDocument = new LinkedHashMap<>();
        collected.forEach((key, c) -> {
            List<String> names = new ArrayList<>(c.labels());
            c.names().stream().filter(n -> !names.contains(n)).forEach(names::add);
            String speaker = c.labels().isEmpty() ? (names.isEmpty() ? "?" : names.get(0)) : c.labels().iterator().next();
            byDocument.computeIfAbsent(key.document(), k -> new ArrayList<>())
                    .add(new PredictedStatement(key.document(), c.begin(), c.end(), speaker, names, c.direct()));
        });
        byDocument.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(PredictedStatement::begin)));
        return byDocument;
    }

}
