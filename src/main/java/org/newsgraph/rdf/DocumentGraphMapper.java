package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactValue;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.resolve.ResolvedDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Turns one resolved document into its named graph: the document, every entity it mentions (typed, labelled, with the
 * names it used as alternative labels), every fact, and an evidence node per extracted fact. The layout is the one in
 * the ontology; this is the only class that knows it.
 */
public final class DocumentGraphMapper {

    private static final Map<EntityKind, Resource> CLASSES = Map.of(
            EntityKind.PERSON, NG.Person,
            EntityKind.ORGANIZATION, NG.Organization,
            EntityKind.COUNTRY, NG.Country,
            EntityKind.PLACE, NG.Place,
            EntityKind.RESOLUTION, NG.Resolution,
            EntityKind.EVACUATION, NG.Evacuation,
            EntityKind.STATEMENT, NG.Statement);

    private static final Map<String, Property> INVERSES = Map.of("drafted", NG.draftedBy);

    public Model map(ResolvedDocument resolved, DocumentRecord record) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(NG.prefixes());
        Resource document = model.createResource(Iris.document(record.id()));
        document.addProperty(RDF.type, NG.Document);
        document.addProperty(DCTerms.identifier, record.id());
        if (record.title() != null) {
            document.addProperty(DCTerms.title, record.title());
        }
        if (record.source() != null) {
            document.addProperty(DCTerms.source, record.source());
        }
        if (record.issued() != null) {
            document.addProperty(DCTerms.issued, date(model, record.issued().toString()));
        }
        document.addProperty(NG.contentHash, record.contentHash());
        document.addLiteral(NG.sentenceCount, model.createTypedLiteral(record.sentenceCount(), XSDDatatype.XSDinteger));

        for (LocalEntity entity : resolved.facts().entities()) {
            Resource r = model.createResource(resolved.iri(entity.key()));
            r.addProperty(RDF.type, CLASSES.get(entity.kind()));
            String label = resolved.labelByKey().get(entity.key());
            r.addProperty(RDFS.label, label);
            if (entity.kind() != EntityKind.STATEMENT) {
                for (String name : entity.names()) {
                    if (!name.equals(label)) {
                        r.addProperty(SKOS.altLabel, name);
                    }
                }
            }
            r.addProperty(NG.mentionedIn, document);
            if (entity.kind() == EntityKind.STATEMENT) {
                r.addProperty(PROV_WAS_DERIVED_FROM, document);
            }
            if (entity.wikidata() != null && !entity.wikidata().isBlank()) {
                r.addProperty(OWL.sameAs, model.createResource(NG.WD + entity.wikidata()));
            }
        }
        for (Fact fact : resolved.facts().facts()) {
            Resource subject = model.createResource(resolved.iri(fact.subject()));
            Property predicate = ResourceFactory.createProperty(NG.NS + fact.predicate());
            RDFNode object = object(model, resolved, fact.object());
            subject.addProperty(predicate, object);
            // a town or region that its mayor or governor speaks for acts there as its local government
            if (predicate.equals(NG.represents) && object.isResource()
                    && object.asResource().hasProperty(RDF.type, NG.Place)) {
                object.asResource().addProperty(RDF.type, NG.Actor);
            }
            Property inverse = INVERSES.get(fact.predicate());
            if (inverse != null && object.isResource()) {
                object.asResource().addProperty(inverse, subject);
            }
            if (fact.evidence() != null) {
                addEvidence(model, record.id(), document, subject, predicate, object, fact.evidence());
            }
        }
        StatusReports.add(model, document, record);
        return model;
    }

    private static final Property PROV_WAS_DERIVED_FROM =
            ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");

    private static void addEvidence(Model model, String documentId, Resource document, Resource subject,
                                    Property predicate, RDFNode object, Evidence evidence) {
        String identity = subject.getURI() + "|" + predicate.getURI() + "|" + object + "|" + evidence.charStart()
                + "|" + evidence.rule();
        Resource node = model.createResource(Iris.evidence(documentId, hash(identity)));
        node.addProperty(RDF.type, NG.Evidence);
        node.addProperty(RDF.subject, subject);
        node.addProperty(RDF.predicate, predicate);
        node.addProperty(RDF.object, object);
        node.addProperty(NG.sentence, evidence.sentence());
        node.addLiteral(NG.sentenceIndex, model.createTypedLiteral(evidence.sentenceIndex(), XSDDatatype.XSDinteger));
        node.addLiteral(NG.charStart, model.createTypedLiteral(evidence.charStart(), XSDDatatype.XSDinteger));
        node.addLiteral(NG.charEnd, model.createTypedLiteral(evidence.charEnd(), XSDDatatype.XSDinteger));
        node.addLiteral(NG.confidence, model.createTypedLiteral(evidence.confidence(), XSDDatatype.XSDdouble));
        node.addProperty(NG.rule, evidence.rule());
        node.addProperty(PROV_WAS_DERIVED_FROM, document);
    }

    private static RDFNode object(Model model, ResolvedDocument resolved, FactValue value) {
        if (value instanceof FactValue.EntityRef ref) {
            return model.createResource(resolved.iri(ref.key()));
        }
        if (value instanceof FactValue.Individual individual) {
            return model.createResource(NG.NS + individual.localName());
        }
        FactValue.Literal literal = (FactValue.Literal) value;
        return literal.datatype() == null
                ? model.createLiteral(literal.lexical())
                : model.createTypedLiteral(literal.lexical(),
                org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(literal.datatype()));
    }

    private static Literal date(Model model, String isoDate) {
        return model.createTypedLiteral(isoDate, XSDDatatype.XSDdate);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
