package org.newsgraph.serve;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;

import java.util.Iterator;

/**
 * The store as the server shows it: the document graphs by name, and as the default graph their union, read-only.
 * <p>
 * TDB2's union-default-graph setting only reaches the SPARQL engine; the Graph Store Protocol asks the dataset for
 * its default graph and would hand out the stored one, which is empty. So {@code GET /newsgraph?default} would
 * return nothing while {@code SELECT * { ?s ?p ?o }} returns everything. This view makes the two agree.
 * <p>
 * Writing to the default graph is refused: a triple there would belong to no document, and {@code build} and
 * {@code remove} could never replace or remove it. {@link DefaultGraphWriteFilter} answers Graph Store writes to
 * {@code ?default} before they get here; what reaches this class (SPARQL Update, quads uploaded into the default
 * graph) is refused with the exceptions Fuseki turns into a client error: 400 with the reason for an update.
 */
final class UnionDefaultDataset extends DatasetGraphWrapper {

    // ASCII only: Fuseki sets the error's Content-Length from its character count.
    static final String DEFAULT_GRAPH_IS_UNION = "the default graph is the union of the document graphs and cannot "
            + "be changed; write into a document's named graph (GRAPH <IRI> in SPARQL Update, ?graph=IRI in the "
            + "Graph Store Protocol)";

    UnionDefaultDataset(DatasetGraph store) {
        super(store);
    }

    @Override
    public Graph getDefaultGraph() {
        return new UnionGraphReadOnly(getUnionGraph());
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return isDefault(graphNode) ? getDefaultGraph() : super.getGraph(graphNode);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (isDefault(g)) {
            return Iter.map(getUnionGraph().find(s, p, o), triple -> Quad.create(Quad.defaultGraphIRI, triple));
        }
        return super.find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return isDefault(g) ? getUnionGraph().contains(s, p, o) : super.contains(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Quad quad) {
        refuseDefault(quad.getGraph());
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        refuseDefault(g);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        refuseDefault(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        refuseDefault(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        // An unbound graph means "every graph", the default one included.
        refuseDefault(g == null || Node.ANY.equals(g) ? Quad.defaultGraphIRI : g);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        refuseDefault(graphName);
        super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        refuseDefault(graphName);
        super.removeGraph(graphName);
    }

    private static boolean isDefault(Node graphNode) {
        return graphNode != null && graphNode.isURI() && Quad.isDefaultGraph(graphNode);
    }

    /** In a write a missing graph name means the default graph. */
    private static void refuseDefault(Node graphNode) {
        if (graphNode == null || isDefault(graphNode)) {
            throw new DefaultGraphWriteRefused();
        }
    }

    /** Fuseki's update processor answers this exception, alone among the likely ones, with 400 and its message. */
    private static final class DefaultGraphWriteRefused extends QueryBuildException {
        DefaultGraphWriteRefused() {
            super(DEFAULT_GRAPH_IS_UNION);
        }
    }

    /**
     * The union as a graph that refuses changes with 403 (Fuseki's answer to {@link OperationDeniedException}), and
     * whose prefixes may be set and are forgotten: a Graph Store PUT sets them before it adds, and would otherwise
     * fail on them with a less helpful error.
     */
    private static final class UnionGraphReadOnly extends GraphReadOnly {
        private final PrefixMapping prefixes;

        UnionGraphReadOnly(Graph union) {
            super(union);
            this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(union.getPrefixMapping());
        }

        @Override
        public PrefixMapping getPrefixMapping() {
            return prefixes;
        }

        @Override
        public void performAdd(Triple triple) {
            throw new OperationDeniedException(DEFAULT_GRAPH_IS_UNION);
        }

        @Override
        public void add(Triple triple) {
            throw new OperationDeniedException(DEFAULT_GRAPH_IS_UNION);
        }

        @Override
        public void performDelete(Triple triple) {
            throw new OperationDeniedException(DEFAULT_GRAPH_IS_UNION);
        }

        @Override
        public void delete(Triple triple) {
            throw new OperationDeniedException(DEFAULT_GRAPH_IS_UNION);
        }

        /**
         * Reached by SPARQL Update's {@code CLEAR DEFAULT}, {@code DROP DEFAULT} and {@code CLEAR ALL}, whose
         * processor answers {@link OperationDeniedException} with 500; this one it answers with 400.
         */
        @Override
        public void clear() {
            throw new DefaultGraphWriteRefused();
        }

        @Override
        public void remove(Node s, Node p, Node o) {
            throw new DefaultGraphWriteRefused();
        }
    }
}
