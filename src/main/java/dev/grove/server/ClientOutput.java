// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.protocol.Message;
import dev.grove.session.SessionEvent;
import dev.grove.session.SessionLoop;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;

/**
 * The bounded output queue of one client and the thread that writes it along the client's
 * {@link ScreenRoute}, so the session loop never blocks on a slow client. A frame sent while
 * nothing waits goes out at once (the route does not block), from the caller's thread; only what
 * the route does not take is queued for the writer thread. Posts
 * {@link SessionEvent.ClientDrained} when the queue empties and
 * {@link SessionEvent.ClientDisconnected} when writing fails. Thread-safe.
 */
final class ClientOutput {
    private final int clientId;
    private final ScreenRoute route;
    private final SessionLoop loop;
    private final FlowControl policy;
    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private final Thread thread;
    private long queuedBytes;
    /** When the oldest unwritten data was queued or last made progress, -1 when idle. */
    private long waitingSinceNanos = -1;
    private boolean redrawNeeded;
    /** The message that ends the connection once the queue is written, or null. */
    private Message last;
    private boolean closing;
    private boolean closed;

    ClientOutput(int clientId, ScreenRoute route, SessionLoop loop, FlowControl policy) {
        this.clientId = clientId;
        this.route = route;
        this.loop = loop;
        this.policy = policy;
        this.thread = new Thread(this::run, "client-writer-" + clientId);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Whether the loop may render a new frame for this client now. */
    synchronized boolean mayRender() {
        return !closing && policy.mayRender(queue.size());
    }

    /** Queues terminal output; when the queue would overflow, everything unsent is dropped instead. */
    synchronized void sendOutput(byte[] bytes) {
        if (closing) {
            return;
        }
        ByteBuffer frame = route.pack(bytes);
        if (policy.mustDrop(queuedBytes, frame.remaining())) {
            queue.clear();
            queuedBytes = 0;
            redrawNeeded = true;
            return;
        }
        if (queue.isEmpty() && writtenAtOnce(frame)) {
            return;
        }
        enqueue(frame.slice());
    }

    /** Hands {@code frame} to the route; true when it took all of it (a failure is left to the writer thread). */
    private boolean writtenAtOnce(ByteBuffer frame) {
        try {
            route.tryWrite(frame);
        } catch (IOException e) {
            return false;
        }
        return !frame.hasRemaining();
    }

    /** Sends {@code last} after everything already queued, then closes the connection. */
    synchronized void sendAndClose(Message last) {
        if (!closing) {
            this.last = last;
            closing = true;
            notifyAll();
        }
    }

    /** True once after frames were dropped: the next frame must be a full redraw. */
    synchronized boolean takeRedrawNeeded() {
        boolean r = redrawNeeded;
        redrawNeeded = false;
        return r;
    }

    /** True when the socket has taken nothing for longer than the policy allows. */
    synchronized boolean isStuck(long nowNanos) {
        return policy.isStuck(waitingSinceNanos, nowNanos);
    }

    /** True once the writer has stopped (after a final message was sent, or on failure). */
    synchronized boolean finished() {
        return closed;
    }

    /** Stops writing at once; unsent output is discarded. */
    synchronized void close() {
        closing = true;
        closed = true;
        queue.clear();
        notifyAll();
    }

    private void enqueue(ByteBuffer frame) {
        queue.add(frame);
        queuedBytes += frame.remaining();
        if (waitingSinceNanos < 0) {
            waitingSinceNanos = System.nanoTime();
        }
        notifyAll();
    }

    private synchronized ByteBuffer next() throws InterruptedException {
        while (queue.isEmpty() && !closed && !closing) {
            wait();
        }
        if (closed || queue.isEmpty()) {
            return null;
        }
        return queue.peek();
    }

    /** The message to end with once everything queued is written; null when closed without one. */
    private synchronized Message takeLast() {
        return closed ? null : last;
    }

    private synchronized boolean written(ByteBuffer frame) {
        if (queue.peek() == frame) {
            queue.poll();
            queuedBytes -= frame.capacity();
        }
        waitingSinceNanos = queue.isEmpty() ? -1 : System.nanoTime();
        return queue.isEmpty();
    }

    private void run() {
        String reason = "closed";
        try {
            for (ByteBuffer frame = next(); frame != null; frame = next()) {
                route.write(frame);
                if (written(frame) && !closing) {
                    loop.post(new SessionEvent.ClientDrained(clientId));
                }
            }
            Message end = takeLast();
            if (end != null) {
                route.finish(end);
            }
        } catch (IOException e) {
            reason = "connection lost: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = "interrupted";
        }
        close();
        loop.post(new SessionEvent.ClientDisconnected(clientId, reason));
    }
}
