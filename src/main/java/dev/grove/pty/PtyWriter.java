// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.pty;

import com.sun.jna.LastErrorException;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Writes input to a pty master (non-blocking) without ever blocking the caller: what the child's
 * terminal takes at once is written on the calling thread (a keystroke reaches the child with no
 * thread hand-off); the rest waits in a queue bounded by {@code limit} bytes, which the shared
 * {@link BacklogWriter} writes as the child reads. {@link #offer} refuses data that would pass
 * the limit. Thread-safe.
 */
final class PtyWriter {
    private final int fd;
    private final int limit;
    private final BacklogWriter backlog;
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private int queuedBytes;
    private boolean closed;

    /** A writer for {@code fd}, which must be in non-blocking mode. */
    PtyWriter(int fd, int limit, BacklogWriter backlog) {
        this.fd = fd;
        this.limit = limit;
        this.backlog = backlog;
    }

    int fd() {
        return fd;
    }

    /** Writes or queues {@code bytes}; false when the queue is full or the writer closed (the bytes are dropped). */
    boolean offer(byte[] bytes) {
        boolean wake;
        synchronized (this) {
            if (closed || queuedBytes + bytes.length > limit) {
                return false;
            }
            byte[] rest = queue.isEmpty() ? writeNow(bytes) : bytes;
            if (rest == null) {
                return !closed;
            }
            wake = queue.isEmpty();
            queue.add(rest);
            queuedBytes += rest.length;
        }
        if (wake) {
            backlog.add(this);
        }
        return true;
    }

    /** Writes what the terminal takes now; true when a backlog is still waiting. */
    synchronized boolean drain() {
        while (!closed && !queue.isEmpty()) {
            byte[] next = queue.poll();
            queuedBytes -= next.length;
            byte[] rest = writeNow(next);
            if (rest != null) {
                queue.addFirst(rest);
                queuedBytes += rest.length;
                return true;
            }
        }
        return false;
    }

    /** True while queued input waits to be written. */
    synchronized boolean hasBacklog() {
        return !closed && !queue.isEmpty();
    }

    synchronized void close() {
        closed = true;
        queue.clear();
        queuedBytes = 0;
    }

    /** Writes as much of {@code bytes} as the terminal takes; the unwritten end, or null when all went (or the writer closed). */
    private byte[] writeNow(byte[] bytes) {
        byte[] left = bytes;
        while (left.length > 0) {
            long n;
            try {
                n = Libc.write(fd, left, left.length);
            } catch (LastErrorException e) {
                if (e.getErrorCode() == Libc.EINTR) {
                    continue;
                }
                if (e.getErrorCode() == Libc.EAGAIN) {
                    return left;
                }
                // The child's side is gone (EIO): input for it has nowhere to go.
                close();
                return null;
            }
            left = Arrays.copyOfRange(left, (int) n, left.length);
        }
        return null;
    }
}
