// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The single thread that owns every piece of mutable server state. Other threads only
 * {@link #post} events; the loop drains them in batches, hands each to the {@link Handler}, and
 * calls {@link Handler#afterBatch} when the queue is empty, a batch has run long enough, or the
 * handler has something due at once (that is where rendering happens). Faults are isolated: an exception while handling a pane's event is
 * reported to {@link Handler#eventFailed} and the loop goes on.
 */
public final class SessionLoop {
    private static final System.Logger LOG = System.getLogger(SessionLoop.class.getName());
    /** Longest time the loop handles events before it lets the handler render. */
    private static final long BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(8);

    /** What the loop drives. Every method runs on the session thread. */
    public interface Handler {
        /** Handles one event; throws on an event it does not know. */
        void handle(SessionEvent event);

        /** Handling {@code event} threw; the handler decides what failed (a pane, a client). */
        void eventFailed(SessionEvent event, RuntimeException failure);

        /** Called after each batch of events and on every timer wake-up. */
        void afterBatch();

        /** How long the loop may sleep before {@link #afterBatch} is due again; negative for no timer. */
        long nanosUntilDue();

        /** True once the handler wants the loop to end. */
        boolean finished();
    }

    /** Posts events whose time has come; one for all loops, it only ever queues. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "session-timer");
        t.setDaemon(true);
        return t;
    });

    private final BlockingQueue<SessionEvent> queue = new LinkedBlockingQueue<>();
    private volatile Thread thread;

    /** Posts an event from any thread. */
    public void post(SessionEvent event) {
        queue.add(event);
    }

    /** Posts an event from any thread once {@code delayNanos} have passed. */
    void postLater(SessionEvent event, long delayNanos) {
        TIMER.schedule(() -> post(event), delayNanos, TimeUnit.NANOSECONDS);
    }

    /** True when called on the loop's own thread. */
    public boolean onLoopThread() {
        return Thread.currentThread() == thread;
    }

    /** Runs the loop on the calling thread until the handler is finished. */
    public void run(Handler handler) {
        thread = Thread.currentThread();
        while (!handler.finished()) {
            SessionEvent first = waitForEvent(handler.nanosUntilDue());
            if (first != null) {
                long start = System.nanoTime();
                dispatch(handler, first);
                for (SessionEvent next = queue.poll(); next != null; next = queue.poll()) {
                    dispatch(handler, next);
                    if (System.nanoTime() - start > BATCH_NANOS || handler.finished()
                            || handler.nanosUntilDue() == 0) {
                        break;
                    }
                }
            }
            handler.afterBatch();
        }
    }

    private SessionEvent waitForEvent(long nanos) {
        try {
            return nanos < 0 ? queue.take() : queue.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("session loop interrupted", e);
        }
    }

    private static void dispatch(Handler handler, SessionEvent event) {
        try {
            handler.handle(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "failed handling " + event.getClass().getSimpleName(), e);
            handler.eventFailed(event, e);
        }
    }
}
