package io.newsgraph.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap of one stretch of work: a daemon samples the used heap every 20 ms, and the heap pools' own peaks
 * (reset at the start) give an upper bound (each pool peaks at its own moment, so their sum may never have been
 * reached at once).
 */
public final class PeakHeap implements AutoCloseable {

    private final Thread sampler;
    private volatile long max;
    private volatile boolean running = true;

    private PeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        max = used();
        sampler = new Thread(() -> {
            while (running) {
                max = Math.max(max, used());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "peak-heap");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts measuring from now. */
    public static PeakHeap start() {
        return new PeakHeap();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The highest used heap sampled so far, in bytes. */
    public long sampledPeak() {
        return Math.max(max, used());
    }

    /** The sum of the heap pools' peaks since the start, in bytes: an upper bound of the true peak. */
    public long poolPeakSum() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage() == null ? 0 : p.getPeakUsage().getUsed()).sum();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
