// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.pty;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;

/**
 * Writes input to a pty on its own thread so that a child that stops reading never blocks the
 * caller. The queue is bounded in bytes: {@link #offer} refuses data once {@code limit} bytes
 * are waiting. Thread-safe.
 */
final class PtyWriter {
    private final OutputStream out;
    private final int limit;
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private final Thread thread;
    private int queuedBytes;
    private boolean closed;

    PtyWriter(OutputStream out, int limit, String name) {
        this.out = out;
        this.limit = limit;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues {@code bytes}; false when the queue is full or the writer closed (the bytes are dropped). */
    synchronized boolean offer(byte[] bytes) {
        if (closed || queuedBytes + bytes.length > limit) {
            return false;
        }
        queue.add(bytes);
        queuedBytes += bytes.length;
        notifyAll();
        return true;
    }

    synchronized void close() {
        closed = true;
        queue.clear();
        notifyAll();
    }

    private synchronized byte[] take() throws InterruptedException {
        while (queue.isEmpty() && !closed) {
            wait();
        }
        if (closed) {
            return null;
        }
        byte[] next = queue.poll();
        queuedBytes -= next.length;
        return next;
    }

    private void run() {
        try {
            for (byte[] next = take(); next != null; next = take()) {
                out.write(next);
                out.flush();
            }
        } catch (IOException e) {
            // The child closed its side (it exited); input for it has nowhere to go.
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
