package org.newsgraph.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The GraphML export as an independent parser reads it: Debian's networkx. */
class GraphMlNetworkxTest {

    /** Prints what networkx read: counts, and each node's and edge's attributes. */
    private static final String READ_GRAPHML = """
            import json, sys
            import networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print(json.dumps({
                "directed": g.is_directed(),
                "nodes": g.number_of_nodes(),
                "edges": g.number_of_edges(),
                "node": {n: d for n, d in g.nodes(data=True)},
                "edge": [dict(d, source=s, target=t) for s, t, d in g.edges(data=True)],
            }))
            """;

    @TempDir
    static Path temp;

    static Path council;
    static Path hostile;

    @BeforeAll
    static void stores() {
        ExternalTool.PYTHON.require("/usr/bin/python3", "-c", "import networkx");
        council = GraphFixtures.storeWith(temp.resolve("council-db"), GraphFixtures.COUNCIL);
        hostile = GraphFixtures.storeWith(temp.resolve("hostile-db"), GraphFixtures.HOSTILE);
    }

    private static JsonNode readWithNetworkx(Path graphml) throws IOException {
        ExternalTool.Result result = ExternalTool.run(List.of("/usr/bin/python3", "-c", READ_GRAPHML,
                graphml.toString()), null, 120);
        assertEquals(0, result.exitCode(), result.err());
        return new ObjectMapper().readTree(result.out());
    }

    @Test
    void nodeAndEdgeCountsEqualTheSparqlCounts() throws IOException {
        JsonNode graph = readWithNetworkx(GraphRun.export(council, temp.resolve("council.graphml")));
        int sparqlNodes = GraphRun.sparqlCount(council, "count-nodes.rq");
        int sparqlEdges = GraphRun.sparqlCount(council, "count-edges.rq");
        assertEquals(13, sparqlNodes);
        assertEquals(15, sparqlEdges);
        assertEquals(sparqlNodes, graph.get("nodes").asInt());
        assertEquals(sparqlEdges, graph.get("edges").asInt());
        assertEquals(true, graph.get("directed").asBoolean());
    }

    @Test
    void attributesArriveTyped() throws IOException {
        JsonNode graph = readWithNetworkx(GraphRun.export(council, temp.resolve("attributes.graphml")));
        JsonNode russia = graph.get("node").get("https://w3id.org/newsgraph/id/country/russia");
        assertEquals("Russia", russia.get("label").asText());
        assertEquals("Country", russia.get("type").asText());
        assertEquals("Q159", russia.get("wikidata").asText());
        assertEquals(4, russia.get("degree").asInt());
        assertEquals(2, russia.get("documents").asInt());
        assertEquals("Russian Federation", russia.get("altLabels").asText());
        JsonNode opposes = null;
        for (JsonNode edge : graph.get("edge")) {
            if (edge.get("predicate").asText().equals("opposes")) {
                opposes = edge;
            }
        }
        assertEquals("https://w3id.org/newsgraph/id/country/russia", opposes.get("source").asText());
        assertEquals(2, opposes.get("evidence").asInt());
        assertEquals(2, opposes.get("documents").asInt());
        assertEquals("2021-04-02", opposes.get("firstDate").asText());
        assertEquals("2021-04-05", opposes.get("lastDate").asText());
    }

    @Test
    void markupInNamesComesBackAsTheSameText() throws IOException {
        JsonNode nodes = readWithNetworkx(GraphRun.export(hostile, temp.resolve("hostile.graphml"))).get("node");
        assertEquals(3, nodes.size());
        assertEquals("Hostile <script>document.body.dataset.pwned='label'</script>",
                nodes.get("https://w3id.org/newsgraph/id/person/hostile").get("label").asText());
        assertEquals("</script><script>document.body.dataset.pwned='alt'</script>",
                nodes.get("https://w3id.org/newsgraph/id/person/hostile").get("altLabels").asText());
        assertEquals("Quote \" onload=\"document.body.dataset.pwned='attribute'\" & Co",
                nodes.get("https://w3id.org/newsgraph/id/organization/onload").get("label").asText());
        // The bell (U+0007) cannot be written in XML 1.0; it becomes the replacement character.
        assertEquals("Slash \\N town \\\" end\uFFFD bell",
                nodes.get("https://w3id.org/newsgraph/id/place/backslash").get("label").asText());
    }
}
