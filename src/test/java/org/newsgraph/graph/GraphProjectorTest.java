package org.newsgraph.graph;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphProjectorTest {

    private static final String RUSSIA = "https://w3id.org/newsgraph/id/country/russia";
    private static final String NORLAND = "https://w3id.org/newsgraph/id/country/norland";
    private static final String DRAFT = "https://w3id.org/newsgraph/id/resolution/port-vela-corridor";

    @TempDir
    static Path temp;

    static Path store;

    @BeforeAll
    static void buildStore() {
        store = GraphFixtures.storeWith(temp.resolve("db"), GraphFixtures.COUNCIL);
    }

    private static Projection project(GraphFilter filter) {
        try (GraphStore graph = GraphStore.openForReading(store)) {
            return new GraphProjector().project(graph, filter);
        }
    }

    private static GraphNode node(Projection projection, String iri) {
        return projection.nodes().stream().filter(node -> node.id().equals(iri)).findFirst().orElseThrow();
    }

    private static GraphEdge edge(Projection projection, String source, Relation relation, String target) {
        return projection.edges().stream()
                .filter(edge -> edge.source().equals(source) && edge.relation() == relation
                        && edge.target().equals(target))
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + source + " " + relation + " "
                        + target + " in " + projection.edges()));
    }

    @Test
    void everyEntityButStatementsIsANodeAndEveryRelationAnEdge() {
        Projection projection = project(GraphFilter.everything());
        assertEquals(13, projection.nodes().size(), projection.nodes().toString());
        assertEquals(15, projection.edges().size(), projection.edges().toString());
        assertTrue(projection.nodes().stream().noneMatch(node -> node.type() == EntityType.STATEMENT));
        assertEquals(List.of("g1", "g2", "g3"), List.copyOf(projection.documents().keySet()));
    }

    @Test
    void nodesCarryTypeNamesWikidataStatusDegreeAndDocuments() {
        Projection projection = project(GraphFilter.everything());
        GraphNode russia = node(projection, RUSSIA);
        assertEquals(EntityType.COUNTRY, russia.type());
        assertEquals("Russia", russia.label());
        assertEquals(List.of("Russian Federation"), russia.altLabels());
        assertEquals("Q159", russia.wikidata());
        assertEquals(List.of("g1", "g2"), russia.documentIds());
        // opposes, vetoed, represented by Oleg Varsin, obstructs the second evacuation
        assertEquals(4, russia.degree());
        GraphNode draft = node(projection, DRAFT);
        assertEquals(EntityType.RESOLUTION, draft.type());
        assertEquals(3, draft.documents());
        assertTrue(Set.of("Draft", "Vetoed").contains(draft.status()), draft.status());
        GraphNode amber = node(projection, "https://w3id.org/newsgraph/id/place/amber-coast");
        assertEquals(0, amber.degree());
        assertNull(amber.wikidata());
    }

    @Test
    void anEdgeCountsItsEvidenceDocumentsAndDates() {
        Projection projection = project(GraphFilter.everything());
        GraphEdge opposes = edge(projection, RUSSIA, Relation.OPPOSES, DRAFT);
        assertEquals(2, opposes.evidence());
        assertEquals(List.of("g1", "g2"), opposes.documentIds());
        assertEquals(LocalDate.of(2021, 4, 2), opposes.firstDate());
        assertEquals(LocalDate.of(2021, 4, 5), opposes.lastDate());
        List<String> sentences = projection.evidence().stream()
                .filter(evidence -> evidence.edgeId().equals(opposes.id()))
                .map(EvidenceSentence::sentence).toList();
        assertEquals(2, sentences.size(), sentences.toString());
        assertTrue(sentences.get(1).startsWith("Russia had said"), sentences.toString());
        GraphEdge considered = edge(projection, DRAFT, Relation.CONSIDERED_BY,
                "https://w3id.org/newsgraph/id/organization/council-of-nations");
        assertEquals(0, considered.evidence());
        assertEquals(List.of("g1"), considered.documentIds());
    }

    @Test
    void draftedByIsFoldedIntoOneDraftedEdgeFromTheDrafter() {
        Projection projection = project(GraphFilter.everything());
        GraphEdge drafted = edge(projection, NORLAND, Relation.DRAFTED, DRAFT);
        assertEquals(1, drafted.evidence());
        assertEquals(1, projection.edges().stream().filter(edge -> edge.relation() == Relation.DRAFTED).count());
    }

    @Test
    void statementsAreNodesOnlyWhenAskedFor() {
        Projection projection = project(GraphFilter.everything()
                .withTypes(EntityType.parseSelection("Actor,Resolution,Evacuation,Place,Statement")));
        assertEquals(14, projection.nodes().size());
        assertEquals(18, projection.edges().size());
        GraphNode statement = node(projection, "https://w3id.org/newsgraph/id/statement/g1/1");
        assertEquals(EntityType.STATEMENT, statement.type());
        assertEquals(3, statement.degree());
    }

    @Test
    void typeFilterKeepsOnlyEdgesBetweenChosenTypes() {
        Projection projection = project(GraphFilter.everything().withTypes(EntityType.parseSelection("Actor")));
        // Russia, Norland, Estavia, the two envoys, the council and the Red Lantern Society
        assertEquals(7, projection.nodes().size(), projection.nodes().toString());
        assertEquals(2, projection.edges().size(), projection.edges().toString());
        assertTrue(projection.edges().stream().allMatch(edge -> edge.relation() == Relation.REPRESENTS));
    }

    @Test
    void placeIncludesCountriesAsTheOntologySays() {
        assertEquals(EnumSet.of(EntityType.PLACE, EntityType.COUNTRY), EntityType.parseSelection("place"));
        assertThrows(IllegalArgumentException.class, () -> EntityType.parseSelection("Actors"));
    }

    @Test
    void predicateFilterKeepsOnlyNodesThatKeepAnEdge() {
        Projection projection = project(GraphFilter.everything()
                .withRelations(Relation.parseSelection("ng:opposes,vetoed")));
        assertEquals(2, projection.nodes().size(), projection.nodes().toString());
        assertEquals(2, projection.edges().size());
        assertEquals(EnumSet.of(Relation.DRAFTED), Relation.parseSelection("draftedBy"));
        assertThrows(IllegalArgumentException.class, () -> Relation.parseSelection("status"));
    }

    @Test
    void minEvidenceDropsThinEdges() {
        Projection projection = project(GraphFilter.everything().withMinEvidence(2));
        assertEquals(1, projection.edges().size(), projection.edges().toString());
        assertEquals(Relation.OPPOSES, projection.edges().get(0).relation());
        assertEquals(2, projection.nodes().size());
    }

    @Test
    void documentAndDateFiltersCountOnlyThoseArticles() {
        Projection onlyG2 = project(GraphFilter.everything().withDocuments(Set.of("g2")));
        assertEquals(List.of("g2"), List.copyOf(onlyG2.documents().keySet()));
        GraphEdge opposes = edge(onlyG2, RUSSIA, Relation.OPPOSES, DRAFT);
        assertEquals(1, opposes.evidence());
        assertEquals(LocalDate.of(2021, 4, 5), opposes.firstDate());
        assertEquals(6, onlyG2.nodes().size(), onlyG2.nodes().toString());

        Projection fromApril5 = project(GraphFilter.everything().withDates(LocalDate.of(2021, 4, 5), null));
        assertEquals(List.of("g2", "g3"), List.copyOf(fromApril5.documents().keySet()));
        Projection untilApril4 = project(GraphFilter.everything().withDates(null, LocalDate.of(2021, 4, 4)));
        assertEquals(List.of("g1"), List.copyOf(untilApril4.documents().keySet()));
        assertEquals(10, untilApril4.edges().size(), untilApril4.edges().toString());
        Projection between = project(GraphFilter.everything()
                .withDates(LocalDate.of(2021, 4, 3), LocalDate.of(2021, 4, 8)));
        assertEquals(List.of("g2"), List.copyOf(between.documents().keySet()));
    }

    @Test
    void aFilterValueCannotChangeTheQuery() {
        Projection projection = project(GraphFilter.everything()
                .withDocuments(Set.of("g1\" } ?x ?y ?z . { \"", "g1' . }")));
        assertTrue(projection.nodes().isEmpty());
        assertTrue(projection.documents().isEmpty());
    }

    @Test
    void theSameStoreAndFilterGiveTheSameProjection() {
        assertEquals(project(GraphFilter.everything()), project(GraphFilter.everything()));
    }
}
