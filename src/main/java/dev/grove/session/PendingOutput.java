// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import java.util.ArrayDeque;

/**
 * A pane's output waiting for the session loop, bounded in bytes: the reader blocks once
 * {@code limit} bytes wait, which slows the child down instead of growing memory. The loop is
 * told with at most one event at a time: {@link #add} reports when a new one is needed, and the
 * loop, after taking a slice, asks {@link #endTurn} whether to post another. So a flooding pane
 * holds one place in the loop's queue, and input or other panes get their turn after each of its
 * slices. Thread-safe.
 */
final class PendingOutput {
    private final int limit;
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private int bytes;
    private boolean announced;

    PendingOutput(int limit) {
        this.limit = limit;
    }

    /**
     * Appends a chunk, first waiting while the queue is full; returns true when the loop must be
     * told (no event for this pane is outstanding).
     */
    synchronized boolean add(byte[] chunk) {
        while (bytes >= limit) {
            try {
                wait();
            } catch (InterruptedException e) {
                // Reader threads are never interrupted on purpose; keep the output.
                Thread.currentThread().interrupt();
                break;
            }
        }
        chunks.add(chunk);
        bytes += chunk.length;
        if (announced) {
            return false;
        }
        announced = true;
        return true;
    }

    /** The oldest waiting chunk, or null when none waits. */
    synchronized byte[] poll() {
        byte[] chunk = chunks.poll();
        if (chunk != null) {
            bytes -= chunk.length;
            notifyAll();
        }
        return chunk;
    }

    /** Puts back the unused end of a chunk taken by {@link #poll}, to be taken first next time. */
    synchronized void pushBack(byte[] rest) {
        chunks.addFirst(rest);
        bytes += rest.length;
    }

    /** The loop finished a slice: true when output still waits and another event must be posted. */
    synchronized boolean endTurn() {
        announced = !chunks.isEmpty();
        return announced;
    }

    /** Bytes waiting. */
    synchronized int size() {
        return bytes;
    }
}
