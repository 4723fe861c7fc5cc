package org.newsgraph.serve;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** fuseki/newsgraph.ttl, the configuration for a standalone Fuseki, read by Jena's own assembler and server. */
class FusekiConfigTest {

    private static final String CONFIG = "fuseki/newsgraph.ttl";
    private static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";

    @TempDir
    Path temp;

    /** The configuration with tdb2:location and text:directory pointing at {@code store}, as a user would edit it. */
    static Model configFor(Path store) {
        Model config = RDFDataMgr.loadModel(CONFIG);
        Property location = config.createProperty(TDB2_NS, "location");
        List<Resource> datasets = config.listSubjectsWithProperty(location).toList();
        assertEquals(1, datasets.size(), "one TDB2 dataset");
        assertEquals("newsgraph-db", datasets.get(0).getProperty(location).getString(),
                "by default the folder newsgraph build makes");
        datasets.get(0).removeAll(location).addProperty(location, store.toString());
        Property directory = config.createProperty("http://jena.apache.org/text#", "directory");
        List<Resource> indexes = config.listSubjectsWithProperty(directory).toList();
        assertEquals(1, indexes.size(), "one text index");
        assertEquals("newsgraph-db/text-index", indexes.get(0).getProperty(directory).getString());
        indexes.get(0).removeAll(directory).addProperty(directory, store.resolve("text-index").toString());
        return config;
    }

    @Test
    void theAssemblerBuildsTheStoreWithItsUnionDefaultGraph() {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        Model config = configFor(store);
        Resource description = config.listSubjectsWithProperty(config.createProperty(TDB2_NS, "location")).next();
        Dataset dataset = DatasetFactory.assemble(description);
        try {
            assertTrue(dataset.getContext().isTrue(TDB2.symUnionDefaultGraph));
            long union = Txn.calculateRead(dataset, () -> (long) dataset.asDatasetGraph().getUnionGraph().size());
            assertEquals(114L, union);
            long names = Txn.calculateRead(dataset, () -> Iter.count(
                    dataset.asDatasetGraph().listGraphNodes()));
            assertEquals(2L, names);
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    @Test
    void aFusekiServerFromTheFileAnswersLikeServe() throws Exception {
        Path store = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        List<Map<String, Node>> expected = Http.rows(CliResult.run("query", "opposition", "--store",
                store.toString(), "--format", "json").out());
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).parseConfig(configFor(store)).build()
                .start();
        DatasetGraph served = fuseki.getDataAccessPointRegistry().get("/newsgraph").getDataService().getDataset();
        try {
            String dataset = "http://localhost:" + fuseki.getHttpPort() + "/newsgraph";
            String opposition = Files.readString(Path.of("queries/opposition.rq"), StandardCharsets.UTF_8);
            for (String endpoint : List.of(dataset, dataset + "/sparql", dataset + "/query")) {
                HttpResponse<String> answer = Http.post(endpoint, "application/sparql-query", opposition,
                        "Accept", "application/sparql-results+json");
                assertEquals(200, answer.statusCode(), endpoint + ": " + answer.body());
                assertEquals(expected, Http.rows(answer.body()), endpoint);
            }
            HttpResponse<String> federated = Http.post(dataset + "/sparql", "application/sparql-query",
                    "SELECT * { SERVICE <" + dataset + "/sparql> { ?s ?p ?o } } LIMIT 1");
            assertTrue(federated.body().contains("SERVICE"), federated.statusCode() + " " + federated.body());
            assertNotEquals(200, federated.statusCode());

            String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"o\" } }";
            assertNotEquals(200, Http.post(dataset + "/update", "application/sparql-update", insert).statusCode());
            assertNotEquals(204, Http.post(dataset, "application/sparql-update", insert).statusCode());
            assertEquals(405, Http.put(dataset + "?graph=urn:x:g", "application/n-triples",
                    "<urn:x:s> <urn:x:p> \"o\" .").statusCode());

            HttpResponse<String> union = Http.get(dataset + "?graph=" + URLEncoder.encode("urn:x-arq:UnionGraph",
                    StandardCharsets.UTF_8), "Accept", "application/n-triples");
            assertEquals(200, union.statusCode());
            assertEquals(114, union.body().lines().filter(line -> !line.isBlank()).count());
        } finally {
            fuseki.stop();
            if (served instanceof DatasetGraphText text) {
                text.getTextIndex().close();
                served = text.getWrapped();
            }
            TDBInternal.expel(served);
        }
    }
}
