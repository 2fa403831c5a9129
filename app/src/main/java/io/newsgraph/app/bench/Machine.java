package io.newsgraph.app.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The machine a run was measured on. Absolute times on shared machines are noise; the load average at the start says
 * how much.
 */
public record Machine(int cores, long memoryBytes, long maxHeapBytes, String java, String os, double loadAverage) {

    public static Machine current() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), os.getSystemLoadAverage());
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d cores, %.1f GB memory, max heap %.1f GB, %s, %s, load average %.2f at "
                        + "start", cores, memoryBytes / 1e9, maxHeapBytes / 1e9, java, os, loadAverage);
    }
}
