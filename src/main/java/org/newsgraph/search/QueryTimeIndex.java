package org.newsgraph.search;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Gives the queries of a store opened for reading ({@code newsgraph query}) Jena's {@code text:query}, as a server
 * has it: the store's context holds a stand-in for the text index that opens the real one, brought in step with
 * the store, only when a query first searches, so commands that never search pay nothing.
 */
public final class QueryTimeIndex implements AutoCloseable {

    private final Path storeFolder;
    private final Dataset dataset;
    private StoreTextIndex opened;
    private TextIndex standIn;

    private QueryTimeIndex(Path storeFolder, Dataset dataset) {
        this.storeFolder = storeFolder;
        this.dataset = dataset;
    }

    public static QueryTimeIndex attach(Path storeFolder, Dataset dataset) {
        QueryTimeIndex index = new QueryTimeIndex(storeFolder, dataset);
        // TDB2 shares one context per folder in a JVM: a server or another reader may have put its index there first.
        if (dataset.getContext().get(TextQuery.textIndex) == null) {
            index.standIn = (TextIndex) Proxy.newProxyInstance(TextIndex.class.getClassLoader(),
                    new Class<?>[] {TextIndex.class}, (proxy, method, args) -> index.call(method, args));
            dataset.getContext().set(TextQuery.textIndex, index.standIn);
        }
        return index;
    }

    private Object call(Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "toString" -> "text index of " + storeFolder;
                case "hashCode" -> System.identityHashCode(this);
                default -> false;
            };
        }
        if (method.getName().equals("close")) {
            return null;
        }
        try {
            return method.invoke(real(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private synchronized TextIndex real() {
        if (opened == null) {
            Optional<StoreTextIndex> index = StoreTextIndex.acquire(storeFolder);
            if (index.isEmpty()) {
                throw new SearchException("text:query needs the search index of " + storeFolder + ", which another "
                        + "process (a build or server) holds; ask that server, or try again when the build is done");
            }
            opened = index.get();
            opened.reconcile(dataset.asDatasetGraph());
        }
        return opened.textIndex();
    }

    @Override
    public synchronized void close() {
        if (standIn != null && dataset.getContext().get(TextQuery.textIndex) == standIn) {
            dataset.getContext().remove(TextQuery.textIndex);
        }
        StoreTextIndex.release(opened);
        opened = null;
    }
}
