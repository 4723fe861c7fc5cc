package org.newsgraph.query;

import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.rdf.NG;

/**
 * Prefixes every query may use without declaring them, and that tables use to shorten IRIs: the ontology's own
 * ({@code ng:}, {@code ngr:}) and the standard vocabularies it uses (rdf, rdfs, owl, skos, dct, prov, xsd, schema,
 * wd).
 */
public final class QueryPrefixes {

    private QueryPrefixes() {
    }

    /** A fresh, changeable copy. */
    public static PrefixMapping standard() {
        return NG.prefixes();
    }

    /** The prefix names, for help texts. */
    public static String names() {
        return String.join(", ", standard().getNsPrefixMap().keySet().stream().sorted().map(name -> name + ":").toList());
    }

    /** {@code ng:Person} for a known namespace, else the IRI in angle brackets. */
    public static String shorten(String iri, PrefixMapping prefixes) {
        String shortForm = prefixes.shortForm(iri);
        return shortForm.equals(iri) ? "<" + iri + ">" : shortForm;
    }
}
