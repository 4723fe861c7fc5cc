package org.newsgraph.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Minted IRIs under {@code ngr:}. Every piece that comes from outside (document ids, names) is slugged or
 * percent-encoded, so no article can produce an IRI that breaks a serialisation or a query.
 */
public final class Iris {

    private static volatile String base = NG.ID;

    private Iris() {
    }

    /** Overrides the base of minted IRIs (the ontology's default is {@code https://w3id.org/newsgraph/id/}). */
    public static void setBase(String newBase) {
        base = newBase.endsWith("/") || newBase.endsWith("#") ? newBase : newBase + "/";
    }

    public static String base() {
        return base;
    }

    public static String document(String documentId) {
        return base + "doc/" + encode(documentId);
    }

    public static String entity(String kind, String slug) {
        return base + kind + "/" + encode(slug);
    }

    /** Events and statements are numbered within their document: "evacuation-2" of document X. */
    public static String documentEvent(String kind, String documentId, String localKey) {
        String number = localKey.substring(localKey.lastIndexOf('-') + 1);
        return base + kind + "/" + encode(documentId) + "/" + number;
    }

    public static String evidence(String documentId, String hash) {
        return base + "evidence/" + encode(documentId) + "/" + hash;
    }

    /** One article's report of an evacuation's state, named after the evidence it qualifies. */
    public static String statusReport(String documentId, String hash) {
        return base + "status-report/" + encode(documentId) + "/" + hash;
    }

    /** The document id an IRI minted by {@link #document} stands for. */
    public static String documentId(String documentIri) {
        String encoded = documentIri.substring(documentIri.lastIndexOf("doc/") + 4);
        return java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    /**
     * Percent-encodes everything but letters, digits and {@code . - * _}. A whole segment of "." or ".." is encoded
     * too: left as it is, a parser that resolves IRIs (Turtle and RDF/XML parsers do) would remove it as a dot
     * segment, and "doc/.." would come back as the base of every IRI.
     */
    private static String encode(String value) {
        if (value.equals(".") || value.equals("..")) {
            return value.replace(".", "%2E");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
