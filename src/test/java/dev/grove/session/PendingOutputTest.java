// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A pane's waiting output: one announcement per turn, bounded, and a cut chunk comes back first. */
class PendingOutputTest {

    @Test
    void onlyTheFirstChunkAfterATurnAsksForAnEvent() {
        PendingOutput pending = new PendingOutput(1024);
        assertTrue(pending.add(new byte[] {1}));
        assertFalse(pending.add(new byte[] {2}), "an event is already on its way");
        assertArrayEquals(new byte[] {1}, pending.poll());
        assertTrue(pending.endTurn(), "output still waits: the loop must come back");
        assertArrayEquals(new byte[] {2}, pending.poll());
        assertFalse(pending.endTurn());
        assertTrue(pending.add(new byte[] {3}), "after an empty turn the next chunk asks again");
    }

    @Test
    void anUnusedEndIsTakenBeforeNewerChunks() {
        PendingOutput pending = new PendingOutput(1024);
        pending.add(new byte[] {1, 2, 3});
        pending.add(new byte[] {4});
        byte[] first = pending.poll();
        pending.pushBack(new byte[] {first[2]});
        assertEquals(2, pending.size());
        assertArrayEquals(new byte[] {3}, pending.poll());
        assertArrayEquals(new byte[] {4}, pending.poll());
        assertNull(pending.poll());
    }

    @Test
    @Timeout(10)
    void theReaderWaitsWhileTheQueueIsFullAndGoesOnOnceTheLoopTakesSome() throws InterruptedException {
        PendingOutput pending = new PendingOutput(4);
        pending.add(new byte[4]);
        Thread reader = new Thread(() -> pending.add(new byte[] {9}));
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (reader.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000L);
        }
        assertEquals(Thread.State.WAITING, reader.getState(), "a full queue holds the reader");
        assertEquals(4, pending.size());
        pending.poll();
        reader.join();
        assertArrayEquals(new byte[] {9}, pending.poll());
    }
}
