package org.newsgraph.serve;

import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the queries of clients from taking the server's memory. Sorts and DISTINCT already spill to disk past a
 * threshold (see {@link NewsGraphServer}), and the row cap lets an ORDER BY keep only the top rows; but GROUP BY
 * over a cartesian product, for one, holds every group in memory until the time limit. So when the old generation
 * is still over {@link #THRESHOLD} of the heap after a collection, the longest-running query is cancelled (its client
 * gets 503), one per collection, until memory is back under the threshold.
 */
final class QueryMemoryGuard {

    private static final Logger LOG = LoggerFactory.getLogger(QueryMemoryGuard.class);

    /** Of the maximum heap, after a full or mixed collection. */
    static final double THRESHOLD = 0.70;

    private final Map<QueryExec, Long> running = new ConcurrentHashMap<>();
    private final List<MemoryPoolMXBean> heapPools;
    private long collectionsAtLastCancel = -1;

    QueryMemoryGuard() {
        this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
                .toList();
    }

    void started(QueryExec execution) {
        running.put(execution, System.nanoTime());
    }

    int running() {
        running.keySet().removeIf(QueryExec::isClosed);
        return running.size();
    }

    /** Called every second: cancels the oldest query when the heap stays full after a collection. */
    void check() {
        running.keySet().removeIf(QueryExec::isClosed);
        if (running.isEmpty()) {
            return;
        }
        long collections = collections();
        if (collections == collectionsAtLastCancel || !overThreshold()) {
            return;
        }
        running.entrySet().stream().min(Map.Entry.comparingByValue(Comparator.naturalOrder())).ifPresent(oldest -> {
            collectionsAtLastCancel = collections;
            running.remove(oldest.getKey());
            LOG.warn("cancelled a query that ran {} s: the server's memory was over {}% after a collection",
                    (System.nanoTime() - oldest.getValue()) / 1_000_000_000L, Math.round(THRESHOLD * 100));
            oldest.getKey().abort();
        });
    }

    private boolean overThreshold() {
        long max = Runtime.getRuntime().maxMemory();
        long used = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            if (afterCollection != null) {
                used += afterCollection.getUsed();
            }
        }
        return used > THRESHOLD * max;
    }

    private static long collections() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionCount());
        }
        return total;
    }
}
