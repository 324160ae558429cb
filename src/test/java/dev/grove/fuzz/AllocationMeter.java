// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.fuzz;

import java.lang.management.ManagementFactory;

/**
 * Counts the bytes the calling thread allocates on the heap (HotSpot's per-thread allocation
 * counter), so a fuzz test can assert that memory use is proportional to the input instead of
 * to a length or count the input claims. Confined to the thread that created it.
 */
public final class AllocationMeter {
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final long threadId = Thread.currentThread().getId();
    private long start;

    public AllocationMeter() {
        if (!threads.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM does not count allocated bytes per thread");
        }
        threads.setThreadAllocatedMemoryEnabled(true);
    }

    /** Starts counting from zero. */
    public void reset() {
        start = threads.getThreadAllocatedBytes(threadId);
    }

    /** Bytes allocated since {@link #reset}. */
    public long allocated() {
        return threads.getThreadAllocatedBytes(threadId) - start;
    }
}
