package org.newsgraph.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

import java.util.ArrayList;
import java.util.List;

/**
 * Fuseki's SPARQL query operation with the server's {@link RowCap}: registered for {@code Operation.Query}, it
 * answers every SPARQL query sent to the dataset ({@code /newsgraph}, {@code /newsgraph/sparql},
 * {@code /newsgraph/query}), with bounded regular expressions ({@link BoundedRegex}) and under the watch of the
 * {@link QueryMemoryGuard}. Fuseki still parses, times out, negotiates the format and writes the result; this class
 * only narrows the query and reads a SELECT ahead to tell whether the cap cut it.
 */
final class CappedQueryProcessor extends SPARQL_QueryDataset {

    private final RowCap cap;
    private final QueryMemoryGuard memoryGuard;

    CappedQueryProcessor(RowCap cap, QueryMemoryGuard memoryGuard) {
        this.cap = cap;
        this.memoryGuard = memoryGuard;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec execution = super.createQueryExec(action, BoundedRegex.rewrite(cap.limit(query)), dataset);
        memoryGuard.started(execution);
        return execution;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec execution, Query requestQuery,
                                           String queryStringLog) {
        if (!cap.appliesTo(requestQuery)) {
            return super.executeQuery(action, execution, requestQuery, queryStringLog);
        }
        if (cap.withinCapAlready(requestQuery)) {
            cap.announce(action.getRequest(), action.getResponse(), false);
            return super.executeQuery(action, execution, requestQuery, queryStringLog);
        }
        if (!requestQuery.isSelectType()) {
            QueryExecResult graph = super.executeQuery(action, execution, requestQuery, queryStringLog);
            boolean truncated = cap.hasSolutionsBeyond(execution.getQuery(), execution.getDataset(),
                    execution.getContext());
            cap.announce(action.getRequest(), action.getResponse(), truncated);
            return graph;
        }
        RowSet rows = execution.select();
        // Read inside Fuseki's read transaction, which lasts until the answer is written: the rows need no copying.
        List<Binding> kept = new ArrayList<>();
        while (kept.size() <= cap.maxRows() && rows.hasNext()) {
            kept.add(rows.next());
        }
        boolean truncated = kept.size() > cap.maxRows();
        if (truncated) {
            kept.remove(kept.size() - 1);
        }
        cap.announce(action.getRequest(), action.getResponse(), truncated);
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }
}
