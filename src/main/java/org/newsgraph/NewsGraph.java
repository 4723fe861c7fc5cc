package org.newsgraph;

import org.newsgraph.build.BuildListener;
import org.newsgraph.build.BuildReport;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.query.QueryResult;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResolvedQuery;
import org.newsgraph.query.SavedListings;
import org.newsgraph.store.DocumentSummary;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.LastBuild;
import org.newsgraph.store.RecordedInputs;
import org.newsgraph.store.StoreStats;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * newsgraph as a library: build a knowledge graph from articles into a store, then query and inspect it. The
 * command line is one user of this class; another program can use it the same way.
 * <p>
 * Only {@link #build} touches the NLP stages, so a program that only queries never loads CoreNLP.
 */
public final class NewsGraph implements AutoCloseable {

    private final GraphStore store;
    private final QueryRunner queries;

    public NewsGraph(GraphStore store, QueryRunner queries) {
        this.store = store;
        this.queries = queries;
    }

    /** Opens the store for building, creating it when missing; queries are looked up in the standard folders. */
    public static NewsGraph open(Path store) {
        return open(store, GraphStore.Access.CREATE);
    }

    public static NewsGraph open(Path store, GraphStore.Access access) {
        return new NewsGraph(GraphStore.open(store, access), QueryRunner.standard());
    }

    /** Builds the inputs into the store and records the build for {@link #stats()}. */
    public BuildReport build(BuildRequest request, BuildListener listener) {
        RecordedInputs.record(store.location(), request);
        BuildReport report = new GraphBuilder().build(store, request, listener);
        store.recordBuild(new LastBuild(Instant.now(), report.documents(), report.documentsAnnotated(),
                report.documentsUnchanged(), report.elapsed().toMillis() / 1000.0));
        SavedListings.save(store, queries);
        return report;
    }

    /** Runs a query given by name (a file in the queries folders) or by path. */
    public QueryResult query(String nameOrFile) {
        return queries.run(store, nameOrFile);
    }

    /** Runs a query found beforehand, e.g. with {@code QueryRunner.standard().resolve(name)}. */
    public QueryResult query(ResolvedQuery query) {
        return queries.run(store, query);
    }

    public StoreStats stats() {
        return store.stats();
    }

    public List<DocumentSummary> documents() {
        return store.documents();
    }

    /** Removes one document's graph; false when the store has no document with that id. */
    public boolean remove(String documentId) {
        boolean removed = store.removeDocument(documentId);
        if (removed) {
            SavedListings.save(store, queries);
        }
        return removed;
    }

    public GraphStore store() {
        return store;
    }

    public QueryRunner queries() {
        return queries;
    }

    @Override
    public void close() {
        store.close();
    }

    /**
     * The project version: from the jar's manifest or Maven properties when packaged, else from the pom.xml of the
     * installation the launcher runs from (classes compiled in place carry no version).
     */
    public static String version() {
        String fromManifest = NewsGraph.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (InputStream properties = NewsGraph.class.getResourceAsStream(
                "/META-INF/maven/org.newsgraph/newsgraph/pom.properties")) {
            if (properties != null) {
                Properties maven = new Properties();
                maven.load(properties);
                return maven.getProperty("version", "unknown");
            }
        } catch (Exception e) {
            // Fall through to the pom.xml of the installation.
        }
        String home = System.getProperty("newsgraph.home");
        if (home != null) {
            Path pom = Path.of(home, "pom.xml");
            if (Files.isRegularFile(pom)) {
                try {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    Document document = factory.newDocumentBuilder().parse(pom.toFile());
                    for (Node child = document.getDocumentElement().getFirstChild(); child != null;
                         child = child.getNextSibling()) {
                        if ("version".equals(child.getNodeName())) {
                            return child.getTextContent().strip();
                        }
                    }
                } catch (Exception e) {
                    // An unreadable pom leaves the version unknown; that is no reason to fail a command.
                }
            }
        }
        return "unknown";
    }
}
