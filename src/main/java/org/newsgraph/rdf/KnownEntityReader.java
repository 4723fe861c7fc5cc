package org.newsgraph.rdf;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.resolve.KnownEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the entities earlier builds minted, so entity resolution keeps their IRIs and labels. */
public final class KnownEntityReader {

    private static final String ENTITIES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?entity ?type ?label ?name WHERE {
              VALUES ?type { ng:Person ng:Organization ng:Country ng:Place ng:Resolution }
              GRAPH ?g { ?entity a ?type ; rdfs:label ?label . OPTIONAL { ?entity skos:altLabel ?name } }
            }""";

    private static final String RESOLUTIONS = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?resolution ?drafter ?number (MIN(?date) AS ?first) (MAX(?date) AS ?last) WHERE {
              GRAPH ?g { ?resolution a ng:Resolution ; ng:mentionedIn ?doc .
                         OPTIONAL { ?resolution ng:draftedBy ?drafter } OPTIONAL { ?resolution ng:number ?number } }
              GRAPH ?g { ?doc dct:issued ?date }
            } GROUP BY ?resolution ?drafter ?number""";

    private static final Map<String, EntityKind> KINDS = Map.of(
            NG.Person.getURI(), EntityKind.PERSON,
            NG.Organization.getURI(), EntityKind.ORGANIZATION,
            NG.Country.getURI(), EntityKind.COUNTRY,
            NG.Place.getURI(), EntityKind.PLACE,
            NG.Resolution.getURI(), EntityKind.RESOLUTION);

    private KnownEntityReader() {
    }

    /** Call inside a read transaction. */
    public static List<KnownEntity> read(Dataset dataset) {
        Map<String, Draft> drafts = new HashMap<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(ENTITIES).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                String iri = row.getResource("entity").getURI();
                EntityKind kind = KINDS.get(row.getResource("type").getURI());
                // a Country is also typed Place by inference-minded writers; the most specific class wins
                Draft draft = drafts.computeIfAbsent(iri, k -> new Draft(kind, row.getLiteral("label").getString()));
                if (kind == EntityKind.COUNTRY) {
                    draft.kind = kind;
                }
                if (row.contains("name")) {
                    draft.names.add(row.getLiteral("name").getString());
                }
            }
        }
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(RESOLUTIONS).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                Draft draft = drafts.get(row.getResource("resolution").getURI());
                if (draft == null) {
                    continue;
                }
                if (row.contains("drafter")) {
                    draft.drafters.add(row.getResource("drafter").getURI());
                }
                if (row.contains("number")) {
                    draft.names.add("number " + row.getLiteral("number").getString());
                }
                LocalDate first = LocalDate.parse(row.getLiteral("first").getLexicalForm());
                LocalDate last = LocalDate.parse(row.getLiteral("last").getLexicalForm());
                draft.first = draft.first == null || first.isBefore(draft.first) ? first : draft.first;
                draft.last = draft.last == null || last.isAfter(draft.last) ? last : draft.last;
            }
        }
        List<KnownEntity> known = new ArrayList<>();
        drafts.forEach((iri, d) -> known.add(new KnownEntity(iri, d.kind, d.label, Set.copyOf(d.names), d.drafters,
                d.first, d.last)));
        known.sort(java.util.Comparator.comparing(KnownEntity::iri));
        return known;
    }

    private static final class Draft {
        EntityKind kind;
        final String label;
        final Set<String> names = new HashSet<>();
        final Set<String> drafters = new HashSet<>();
        LocalDate first;
        LocalDate last;

        Draft(EntityKind kind, String label) {
            this.kind = kind;
            this.label = label;
        }
    }
}
