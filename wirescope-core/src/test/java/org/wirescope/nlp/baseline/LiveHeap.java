package org.wirescope.nlp.baseline;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap still in use right after a garbage collection, over the life of the watch: what
 * the models and the documents in flight really hold, unlike the in-use figure that includes garbage.
 */
final class LiveHeap {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();

    private LiveHeap() {
    }

    static LiveHeap watch() {
        LiveHeap heap = new LiveHeap();
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(pool.getKey())) used += pool.getValue().getUsed();
                }
                heap.collections.incrementAndGet();
                heap.peak.accumulateAndGet(used, Math::max);
            }, null, null);
        }
        return heap;
    }

    long peakAfterGc() {
        return peak.get();
    }

    long collections() {
        return collections.get();
    }
}
