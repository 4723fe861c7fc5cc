package org.newsgraph.rdf;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.newsgraph.resolve.EvacuationIdentity.KnownEvacuation;
import org.newsgraph.resolve.EvacueeGroups;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the evacuation operations the stored articles report, so that a later article joins its operation without
 * the earlier ones being resolved again: each with its label, its origins (IRIs and names), the words for whom it
 * moves and the dates of the articles reporting it. Undated articles' evacuations cannot be joined and are left out.
 */
public final class KnownEvacuationReader {

    private static final String EVACUATIONS = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?evacuation ?label ?date ?origin ?originName ?evacuees WHERE {
              GRAPH ?g {
                ?evacuation a ng:Evacuation ; ng:mentionedIn ?doc ; rdfs:label ?label .
                ?doc dct:issued ?date .
                OPTIONAL { ?evacuation ng:from ?origin . OPTIONAL { ?origin rdfs:label|skos:altLabel ?originName } }
                OPTIONAL { ?evacuation ng:evacuees ?evacuees }
              }
            }""";

    private KnownEvacuationReader() {
    }

    /** Call inside a read transaction. */
    public static List<KnownEvacuation> read(Dataset dataset) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(EVACUATIONS).build()) {
            exec.execSelect().forEachRemaining(row -> add(drafts, row));
        }
        List<KnownEvacuation> known = new ArrayList<>();
        drafts.forEach((iri, d) -> {
            if (d.first != null && !d.originIris.isEmpty()) {
                known.add(new KnownEvacuation(iri, d.label, d.originIris, d.originNames,
                        EvacueeGroups.of(d.evacuees), d.first, d.last));
            }
        });
        return known;
    }

    private static void add(Map<String, Draft> drafts, QuerySolution row) {
        String iri = row.getResource("evacuation").getURI();
        // one article gives the label, the first that minted the operation: the smallest is as good as any
        String label = row.getLiteral("label").getString();
        Draft draft = drafts.computeIfAbsent(iri, k -> new Draft(label));
        if (label.compareTo(draft.label) < 0) {
            draft.label = label;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(row.getLiteral("date").getLexicalForm());
        } catch (DateTimeParseException e) {
            return;
        }
        draft.first = draft.first == null || date.isBefore(draft.first) ? date : draft.first;
        draft.last = draft.last == null || date.isAfter(draft.last) ? date : draft.last;
        if (row.contains("origin") && row.get("origin").isURIResource()) {
            draft.originIris.add(row.getResource("origin").getURI());
        }
        if (row.contains("originName")) {
            draft.originNames.add(row.getLiteral("originName").getString());
        }
        if (row.contains("evacuees")) {
            draft.evacuees.add(row.getLiteral("evacuees").getString());
        }
    }

    private static final class Draft {
        String label;
        LocalDate first;
        LocalDate last;
        final Set<String> originIris = new TreeSet<>();
        final Set<String> originNames = new TreeSet<>();
        final Set<String> evacuees = new TreeSet<>();

        Draft(String label) {
            this.label = label;
        }
    }
}
