package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps {@link NG} and ontology/newsgraph.ttl in step, and the ontology true to ONTOLOGY.md. */
class NGVocabularyTest {

    private static final String ONTOLOGY = "ontology/newsgraph.ttl";
    private static final Set<Resource> CLASS_TYPES = Set.of(OWL.Class, RDFS.Class);
    private static final Set<Resource> PROPERTY_TYPES =
            Set.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property);

    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY);
    }

    /** The public static Resource and Property constants of NG, by field name. */
    private static Map<String, Resource> constants() throws IllegalAccessException {
        Map<String, Resource> out = new TreeMap<>();
        for (Field f : NG.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Resource.class.isAssignableFrom(f.getType())) {
                out.put(f.getName(), (Resource) f.get(null));
            }
        }
        return out;
    }

    private static boolean typed(Resource r, Set<Resource> types) {
        return types.stream().anyMatch(t -> ontology.contains(r, RDF.type, t));
    }

    private static boolean isIndividual(Resource r) {
        if (ontology.contains(r, RDF.type, OWL.NamedIndividual)) {
            return true;
        }
        return ontology.listObjectsOfProperty(r, RDF.type).toList().stream()
                .anyMatch(t -> t.isURIResource() && t.asResource().getURI().startsWith(NG.NS));
    }

    @Test
    void everyConstantIsDeclaredWithLabelAndComment() throws Exception {
        Map<String, Resource> constants = constants();
        assertTrue(constants.size() > 50, "expected the full vocabulary, found " + constants.size());
        List<String> problems = new ArrayList<>();
        constants.forEach((name, term) -> {
            if (!term.getURI().equals(NG.NS + name)) {
                problems.add(name + ": field name differs from local name of " + term.getURI());
            }
            Resource declared = ontology.getResource(term.getURI());
            if (term instanceof Property) {
                if (!typed(declared, PROPERTY_TYPES)) {
                    problems.add(name + ": not declared as a property in " + ONTOLOGY);
                }
            } else if (!typed(declared, CLASS_TYPES) && !isIndividual(declared)) {
                problems.add(name + ": not declared as a class or individual in " + ONTOLOGY);
            }
            if (!declared.hasProperty(RDFS.label)) {
                problems.add(name + ": no rdfs:label");
            }
            if (!declared.hasProperty(RDFS.comment)) {
                problems.add(name + ": no rdfs:comment");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyDeclaredTermHasAConstant() throws Exception {
        Set<String> fields = constants().keySet();
        Set<String> missing = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NG.NS)
                    && (typed(s, CLASS_TYPES) || typed(s, PROPERTY_TYPES) || isIndividual(s))) {
                String local = s.getURI().substring(NG.NS.length());
                if (!fields.contains(local)) {
                    missing.add(local);
                }
            }
        });
        assertTrue(missing.isEmpty(), "declared in " + ONTOLOGY + " but no NG constant: " + missing);
    }

    @Test
    void everyNgTermUsedInTheOntologyIsDeclared() {
        Set<String> undeclared = new TreeSet<>();
        ontology.listStatements().forEachRemaining(st -> {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(NG.NS)) {
                    Resource r = n.asResource();
                    if (!typed(r, CLASS_TYPES) && !typed(r, PROPERTY_TYPES) && !isIndividual(r)) {
                        undeclared.add(r.getURI());
                    }
                }
            }
        });
        assertTrue(undeclared.isEmpty(), "used but not declared: " + undeclared);
    }

    @Test
    void propertiesAreObjectOrDatatypeAsTheirValuesDemand() {
        for (Property p : List.of(NG.drafted, NG.draftedBy, NG.supports, NG.opposes, NG.vetoed, NG.votedFor,
                NG.votedAgainst, NG.abstainedOn, NG.represents, NG.consideredBy, NG.concerns, NG.status,
                NG.from, NG.to, NG.facilitatedBy, NG.obstructedBy, NG.speaker, NG.onBehalfOf, NG.about,
                NG.stance, NG.mentionedIn)) {
            assertTrue(ontology.contains(p, RDF.type, OWL.ObjectProperty), p + " should be an owl:ObjectProperty");
        }
        for (Property p : List.of(NG.role, NG.number, NG.symbol, NG.voteDate, NG.evacuees, NG.evacueeCount,
                NG.date, NG.quote, NG.paraphrase, NG.contentHash, NG.sentenceCount, NG.sentence,
                NG.sentenceIndex, NG.charStart, NG.charEnd, NG.confidence, NG.rule)) {
            assertTrue(ontology.contains(p, RDF.type, OWL.DatatypeProperty), p + " should be an owl:DatatypeProperty");
        }
    }

    @Test
    void coreAxiomsOfTheDesign() {
        Resource provAgent = ontology.getResource(NG.PROV + "Agent");
        Resource provEntity = ontology.getResource(NG.PROV + "Entity");
        Resource schema = ontology.getResource(NG.SCHEMA);
        assertTrue(ontology.contains(NG.Actor, RDFS.subClassOf, provAgent));
        for (Resource c : List.of(NG.Person, NG.Organization, NG.Country)) {
            assertTrue(ontology.contains(c, RDFS.subClassOf, NG.Actor), c + " is an actor");
        }
        assertTrue(ontology.contains(NG.Country, RDFS.subClassOf, NG.Place), "a country is also a place");
        assertTrue(ontology.contains(NG.Person, RDFS.subClassOf, ontology.getResource(schema.getURI() + "Person")));
        assertTrue(ontology.contains(NG.Country, RDFS.subClassOf, ontology.getResource(schema.getURI() + "Country")));
        assertTrue(ontology.contains(NG.Document, RDFS.subClassOf, ontology.getResource(schema.getURI() + "NewsArticle")));
        assertTrue(ontology.contains(NG.Document, RDFS.subClassOf, provEntity));
        assertTrue(ontology.contains(NG.Resolution, RDFS.subClassOf, provEntity));
        assertTrue(ontology.contains(NG.Statement, RDFS.subClassOf, provEntity));
        assertTrue(ontology.contains(NG.Evacuation, RDFS.subClassOf, ontology.getResource(schema.getURI() + "Event")));
        assertTrue(ontology.contains(NG.Evidence, RDFS.subClassOf, RDF.Statement));

        assertTrue(ontology.contains(NG.vetoed, RDFS.subPropertyOf, NG.opposes));
        assertTrue(ontology.contains(NG.votedAgainst, RDFS.subPropertyOf, NG.opposes));
        assertTrue(ontology.contains(NG.votedFor, RDFS.subPropertyOf, NG.supports));
        assertFalse(ontology.contains(NG.abstainedOn, RDFS.subPropertyOf, (RDFNode) null), "abstaining is neither");
        assertTrue(ontology.contains(NG.draftedBy, OWL.inverseOf, NG.drafted));

        assertIndividuals(NG.ResolutionStatus, NG.Draft, NG.Adopted, NG.Vetoed, NG.Failed);
        assertIndividuals(NG.EvacuationStatus, NG.Planned, NG.Ongoing, NG.Suspended, NG.Resumed, NG.Completed);
        assertIndividuals(NG.Stance, NG.Support, NG.Opposition, NG.Neutral);
    }

    private static void assertIndividuals(Resource type, Resource... members) {
        Set<Resource> found = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(found::add);
        assertEquals(Set.of(members), Set.copyOf(found), "members of " + type);
        for (Resource m : members) {
            Statement notation = ontology.getProperty(m, ontology.getProperty("http://www.w3.org/2004/02/skos/core#notation"));
            assertNotNull(notation, m + " needs a skos:notation");
            assertEquals(m.getLocalName().toLowerCase(), notation.getString(),
                    "the evaluation reads statuses as the lower-case local name");
        }
    }

    @Test
    void prefixesCoverTheDesignNamespaces() {
        PrefixMapping pm = NG.prefixes();
        assertEquals(NG.NS, pm.getNsPrefixURI("ng"));
        assertEquals(NG.ID, pm.getNsPrefixURI("ngr"));
        assertEquals(NG.WD, pm.getNsPrefixURI("wd"));
        assertEquals("https://schema.org/", pm.getNsPrefixURI("schema"));
        assertEquals("http://www.w3.org/ns/prov#", pm.getNsPrefixURI("prov"));
        assertEquals("http://purl.org/dc/terms/", pm.getNsPrefixURI("dct"));
        for (String p : List.of("rdf", "rdfs", "owl", "skos", "xsd")) {
            assertNotNull(pm.getNsPrefixURI(p), p);
        }
        assertEquals(11, pm.numPrefixes());
        assertEquals(NG.NS + "opposes", pm.expandPrefix("ng:opposes"));
        assertEquals("http://example.org/id/doc/1", NG.prefixes("http://example.org/id/").expandPrefix("ngr:doc/1"));
        pm.setNsPrefix("ex", "http://example.org/");
        assertEquals(11, NG.prefixes().numPrefixes(), "each call returns a fresh mapping");
    }

    @Test
    void provConstantsStayOutOfTheNgFields() throws Exception {
        assertEquals("http://www.w3.org/ns/prov#wasDerivedFrom", NG.Prov.wasDerivedFrom.getURI());
        assertTrue(constants().values().stream().allMatch(r -> r.getURI().startsWith(NG.NS)));
    }
}
