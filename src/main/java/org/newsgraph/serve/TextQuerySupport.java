package org.newsgraph.serve;

import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.util.Context;
import org.newsgraph.search.StoreTextIndex;
import org.newsgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Gives the served store's queries Jena's {@code text:query} over the store's text index: the index, brought in
 * step with the store, goes into the store's context, where Jena's property function finds it. With
 * {@code serve --build} the index is the one the build keeps in step, so new articles become searchable as each
 * batch is committed.
 */
final class TextQuerySupport implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TextQuerySupport.class);

    private final StoreTextIndex index;

    private TextQuerySupport(StoreTextIndex index) {
        this.index = index;
    }

    static TextQuerySupport attach(GraphStore store, Context context) {
        Optional<StoreTextIndex> index = StoreTextIndex.acquire(store.location());
        if (index.isEmpty()) {
            log.warn("newsgraph: the search index of {} is held by another process; text:query finds nothing",
                    store.location());
            return new TextQuerySupport(null);
        }
        index.get().reconcile(store.dataset().asDatasetGraph());
        context.set(TextQuery.textIndex, index.get().textIndex());
        return new TextQuerySupport(index.get());
    }

    @Override
    public void close() {
        StoreTextIndex.release(index);
    }
}
