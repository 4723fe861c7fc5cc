package org.newsgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * The most rows the server gives in one answer: the rows of a SELECT, the solutions a CONSTRUCT or DESCRIBE builds
 * its graph from. 0 means no limit.
 * <p>
 * The limit goes into the query itself ({@link Query#setLimit}), so the engine stops once it has enough rather than
 * the server throwing rows away, and an {@code ORDER BY} keeps only the top rows instead of sorting everything.
 * The client learns whether rows were left out from the {@value #TRUNCATED_HEADER} header, which has to be sent
 * before the first row. A SELECT is therefore asked for one row more than the limit and its answer read ahead up to
 * that row, so at most the limit's worth of rows is held in memory, never the whole answer. A graph is built in
 * memory anyway (by Fuseki and by the canned queries alike), from at most the limit's solutions; whether there were
 * more is asked separately, as an ASK for the first solution past the limit.
 */
record RowCap(int maxRows) {

    static final String TRUNCATED_HEADER = "X-Newsgraph-Truncated";
    static final String MAX_ROWS_HEADER = "X-Newsgraph-Max-Rows";
    private static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";

    RowCap {
        if (maxRows < 0) {
            throw new IllegalArgumentException("the row limit must be 0 (none) or positive, got " + maxRows);
        }
    }

    /** Whether answers to this query are limited: SELECT, CONSTRUCT, DESCRIBE and Jena's JSON queries are. */
    boolean appliesTo(Query query) {
        return maxRows > 0 && !query.isAskType();
    }

    /** Whether the query's own LIMIT already keeps it within the cap, so nothing can be left out. */
    boolean withinCapAlready(Query query) {
        return query.hasLimit() && query.getLimit() <= maxRows;
    }

    /**
     * The query to run: for a SELECT one row more than the cap, so reading ahead tells whether rows were left out;
     * for the others exactly the cap. The query passed in is not changed.
     */
    Query limit(Query query) {
        if (!appliesTo(query) || withinCapAlready(query)) {
            return query;
        }
        Query limited = query.cloneQuery();
        limited.setLimit(query.isSelectType() ? maxRows + 1L : maxRows);
        return limited;
    }

    /**
     * Whether the pattern of a CONSTRUCT, DESCRIBE or JSON query (as given, or as {@link #limit} made it: the
     * probe sets its own limit) has a solution past the cap, i.e. whether the graph built from {@link #limit} left
     * solutions out. Only meaningful when the cap applies and the query's own limit is above it. The probe is the
     * query's pattern and modifiers as {@code SELECT *}, asked for the one row past the cap; it runs in the caller's
     * transaction with the dataset's context, so the server's time limit applies to it as well.
     */
    boolean hasSolutionsBeyond(Query query, DatasetGraph dataset, Context context) {
        if (query.getQueryPattern() == null) {
            // DESCRIBE <iri> without WHERE describes a fixed list of resources: one solution.
            return false;
        }
        Query probe = query.cloneQuery();
        probe.setQuerySelectType();
        probe.setQueryResultStar(true);
        probe.setOffset((query.hasOffset() ? query.getOffset() : 0) + maxRows);
        probe.setLimit(1);
        try (QueryExec execution = QueryExec.dataset(dataset).query(probe).context(context).build()) {
            return execution.select().hasNext();
        }
    }

    /**
     * Tells the client the cap and whether it cut this answer; headers a web page may read too, since CORS hides
     * headers it was not told to expose.
     */
    void announce(HttpServletRequest request, HttpServletResponse response, boolean truncated) {
        response.setHeader(MAX_ROWS_HEADER, String.valueOf(maxRows));
        response.setHeader(TRUNCATED_HEADER, String.valueOf(truncated));
        if (request.getHeader("Origin") != null) {
            // Added to the CORS filter's list, in one header: Fuseki warns about a second one.
            String exposed = response.getHeader(EXPOSE_HEADERS);
            String ours = MAX_ROWS_HEADER + ", " + TRUNCATED_HEADER;
            response.setHeader(EXPOSE_HEADERS, exposed == null || exposed.isBlank() ? ours : exposed + ", " + ours);
        }
    }
}
