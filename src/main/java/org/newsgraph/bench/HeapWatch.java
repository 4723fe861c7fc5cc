package org.newsgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap a run really needed. The heap is fullest just before a collection, so the peak is the largest heap
 * occupancy any collection started from; what survives collections (the live set) is what a smaller heap must
 * still hold. Listens to the JVM's garbage collection notifications from {@link #start()} on.
 */
public final class HeapWatch implements AutoCloseable {

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final List<Registration> registrations = new ArrayList<>();

    private record Registration(NotificationEmitter emitter, NotificationListener listener) {
    }

    public record Figures(long peakUsedBytes, long peakLiveBytes, long maxBytes, long gcMillis, long gcCount) {
    }

    private HeapWatch() {
    }

    public static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = watch::collected;
                emitter.addNotificationListener(listener, null, null);
                watch.registrations.add(new Registration(emitter, listener));
            }
        }
        return watch;
    }

    private void collected(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        peakUsed.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
        peakLive.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
    }

    private static long heapUsed(Map<String, MemoryUsage> byPool) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = byPool.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && usage != null) {
                used += usage.getUsed();
            }
        }
        return used;
    }

    /** The figures so far; the heap in use now counts too, for a run that ends between collections. */
    public Figures figures() {
        long usedNow = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long gcMillis = 0;
        long gcCount = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
            gcCount += Math.max(0, gc.getCollectionCount());
        }
        return new Figures(Math.max(peakUsed.get(), usedNow), peakLive.get(), Runtime.getRuntime().maxMemory(),
                gcMillis, gcCount);
    }

    @Override
    public void close() {
        for (Registration r : registrations) {
            try {
                r.emitter().removeNotificationListener(r.listener());
            } catch (javax.management.ListenerNotFoundException e) {
                // Already gone: nothing to undo.
            }
        }
    }
}
