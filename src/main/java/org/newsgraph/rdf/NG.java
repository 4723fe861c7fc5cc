package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The newsgraph vocabulary ({@code ontology/newsgraph.ttl}) as Jena constants, in the style of
 * {@link SKOS}. Field names are the terms' local names exactly; {@code NGVocabularyTest} checks
 * that this class and the ontology file declare the same terms, so a rename cannot drift.
 */
public final class NG {

    /** The ontology namespace (prefix {@code ng:}). */
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    /** The default base of minted resources (prefix {@code ngr:}); the command line can override it. */
    public static final String ID = "https://w3id.org/newsgraph/id/";
    /** Wikidata entities (prefix {@code wd:}), the targets of {@code owl:sameAs}. */
    public static final String WD = "http://www.wikidata.org/entity/";
    /** schema.org, https form (prefix {@code schema:}). */
    public static final String SCHEMA = "https://schema.org/";
    /** PROV-O (prefix {@code prov:}); its terms are in {@link Prov}. */
    public static final String PROV = "http://www.w3.org/ns/prov#";

    private NG() { }

    /** The namespace, as Jena vocabulary classes expose it. */
    public static String getURI() {
        return NS;
    }

    static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Country = resource("Country");
    public static final Resource Place = resource("Place");
    public static final Resource Resolution = resource("Resolution");
    public static final Resource Evacuation = resource("Evacuation");
    public static final Resource Statement = resource("Statement");
    public static final Resource Document = resource("Document");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource ResolutionStatus = resource("ResolutionStatus");
    public static final Resource EvacuationStatus = resource("EvacuationStatus");
    public static final Resource Stance = resource("Stance");
    public static final Resource StatusReport = resource("StatusReport");

    // Resolution statuses
    public static final Resource Draft = resource("Draft");
    public static final Resource Adopted = resource("Adopted");
    public static final Resource Vetoed = resource("Vetoed");
    public static final Resource Failed = resource("Failed");

    // Evacuation statuses
    public static final Resource Planned = resource("Planned");
    public static final Resource Ongoing = resource("Ongoing");
    public static final Resource Suspended = resource("Suspended");
    public static final Resource Resumed = resource("Resumed");
    public static final Resource Completed = resource("Completed");

    // Statement stances
    public static final Resource Support = resource("Support");
    public static final Resource Opposition = resource("Opposition");
    public static final Resource Neutral = resource("Neutral");

    // Statement kinds
    public static final Resource StatementKind = resource("StatementKind");
    public static final Resource DirectSpeech = resource("DirectSpeech");
    public static final Resource MixedSpeech = resource("MixedSpeech");
    public static final Resource IndirectSpeech = resource("IndirectSpeech");

    // Stances and roles
    public static final Property drafted = property("drafted");
    public static final Property draftedBy = property("draftedBy");
    public static final Property supports = property("supports");
    public static final Property opposes = property("opposes");
    public static final Property vetoed = property("vetoed");
    public static final Property votedFor = property("votedFor");
    public static final Property votedAgainst = property("votedAgainst");
    public static final Property abstainedOn = property("abstainedOn");
    public static final Property represents = property("represents");
    public static final Property role = property("role");

    // Resolutions
    public static final Property consideredBy = property("consideredBy");
    public static final Property concerns = property("concerns");
    public static final Property status = property("status");
    public static final Property number = property("number");
    public static final Property symbol = property("symbol");
    public static final Property voteDate = property("voteDate");

    // Evacuations
    public static final Property from = property("from");
    public static final Property to = property("to");
    public static final Property facilitatedBy = property("facilitatedBy");
    public static final Property obstructedBy = property("obstructedBy");
    public static final Property evacuees = property("evacuees");
    public static final Property evacueeCount = property("evacueeCount");
    public static final Property date = property("date");

    // Evacuations across reports: each article's status, dated, with its evidence
    public static final Property statusReport = property("statusReport");
    public static final Property reportedStatus = property("reportedStatus");
    public static final Property reportedOn = property("reportedOn");
    public static final Property evidence = property("evidence");

    // Statements
    public static final Property speaker = property("speaker");
    public static final Property onBehalfOf = property("onBehalfOf");
    public static final Property quote = property("quote");
    public static final Property paraphrase = property("paraphrase");
    public static final Property statementKind = property("statementKind");
    public static final Property about = property("about");
    public static final Property stance = property("stance");

    // Mentions and documents
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property contentHash = property("contentHash");
    public static final Property sentenceCount = property("sentenceCount");

    // Web input: syndicated copies of one story, texts taken out of pages
    public static final Resource Story = resource("Story");
    public static final Property story = property("story");
    public static final Property minHash = property("minHash");
    public static final Property text = property("text");

    // Provenance
    public static final Property sentence = property("sentence");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property charStart = property("charStart");
    public static final Property charEnd = property("charEnd");
    public static final Property confidence = property("confidence");
    public static final Property rule = property("rule");

    /**
     * The PROV-O terms newsgraph writes. Kept apart from the ng: fields so that reflection over
     * {@link NG} sees only the ontology's own terms.
     */
    public static final class Prov {
        public static final String NS = PROV;
        public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
        public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
        public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
        public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");

        private Prov() { }
    }

    /** The prefixes for files and queries, with {@code ngr:} at the default {@link #ID}. */
    public static PrefixMapping prefixes() {
        return prefixes(ID);
    }

    /**
     * The prefixes ng, ngr, rdf, rdfs, owl, skos, dct, prov, xsd, schema and wd, with {@code ngr:}
     * bound to {@code idBase}. The mapping is a fresh, unlocked copy the caller may extend.
     */
    public static PrefixMapping prefixes(String idBase) {
        return PrefixMapping.Factory.create()
                .setNsPrefix("ng", NS)
                .setNsPrefix("ngr", idBase)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("dct", DCTerms.getURI())
                .setNsPrefix("prov", PROV)
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("wd", WD);
    }
}
