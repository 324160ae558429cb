// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The loop that owns every piece of mutable server state. Other threads {@link #post} events;
 * the loop drains them in batches, hands each to the {@link Handler}, and calls
 * {@link Handler#afterBatch} when the queue is empty, a batch has run long enough, or the handler
 * has something due at once (that is where rendering happens). The handler runs on the loop's
 * thread, or, for a small event while that thread is idle, on the posting thread
 * ({@link #handleOrPost}); a lock makes every call to it one at a time either way, so "the
 * session thread" elsewhere means whichever thread holds that lock. Faults are
 * isolated: an exception while handling a pane's event is reported to
 * {@link Handler#eventFailed} and the loop goes on.
 */
public final class SessionLoop {
    private static final System.Logger LOG = System.getLogger(SessionLoop.class.getName());
    /** Longest time the loop handles events before it lets the handler render. */
    private static final long BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(8);

    /** What the loop drives. Its methods are called one at a time, never concurrently. */
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

    /** How long "no timer" lets the loop thread sleep, as far as {@link #handleOrPost} is concerned. */
    private static final long FOREVER_NANOS = TimeUnit.DAYS.toNanos(1);
    /** Not an event: makes the loop thread look at its timer again. */
    private static final Object WAKE = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    /** Held while the handler runs: by the loop thread, except while it waits for events. */
    private final ReentrantLock turn = new ReentrantLock();
    private volatile Handler handler;
    /** When the waiting loop thread wakes by itself ({@link System#nanoTime}). */
    private volatile long wakeAtNanos;

    /** Posts an event from any thread. */
    public void post(SessionEvent event) {
        queue.add(event);
    }

    /**
     * Handles {@code event} at once on the calling thread when the loop thread is idle (waiting,
     * nothing queued), else posts it. Waking the loop thread costs a keystroke's echo about a
     * tenth of a millisecond, so a pane reader with a few bytes of output (an echo) does the
     * loop's turn itself; large output still goes to the loop thread, so that reading and
     * emulating a flood run side by side.
     */
    public void handleOrPost(SessionEvent event) {
        Handler h = handler;
        if (h == null || !queue.isEmpty() || !turn.tryLock()) {
            post(event);
            return;
        }
        try {
            if (h.finished()) {
                post(event);
                return;
            }
            dispatch(h, event);
            h.afterBatch();
            long due = h.nanosUntilDue();
            if (h.finished() || (due >= 0 && System.nanoTime() + due - wakeAtNanos < 0)) {
                queue.add(WAKE);
            }
        } finally {
            turn.unlock();
        }
    }

    /** Posts an event from any thread once {@code delayNanos} have passed. */
    void postLater(SessionEvent event, long delayNanos) {
        TIMER.schedule(() -> post(event), delayNanos, TimeUnit.NANOSECONDS);
    }

    /** Runs the loop on the calling thread until the handler is finished. */
    public void run(Handler handler) {
        turn.lock();
        this.handler = handler;
        try {
            while (!handler.finished()) {
                Object first = waitForEvent(handler.nanosUntilDue());
                long start = System.nanoTime();
                dispatch(handler, first);
                for (Object next = queue.poll(); next != null; next = queue.poll()) {
                    dispatch(handler, next);
                    if (System.nanoTime() - start > BATCH_NANOS || handler.finished()
                            || handler.nanosUntilDue() == 0) {
                        break;
                    }
                }
                handler.afterBatch();
            }
        } finally {
            turn.unlock();
        }
    }

    /** Waits, without holding the turn, for an event or until {@code nanos} passed (negative: no timer); null on time-out. */
    private Object waitForEvent(long nanos) {
        wakeAtNanos = System.nanoTime() + (nanos < 0 ? FOREVER_NANOS : nanos);
        turn.unlock();
        try {
            return waitUnlocked(nanos);
        } finally {
            turn.lock();
        }
    }

    private Object waitUnlocked(long nanos) {
        try {
            return nanos < 0 ? queue.take() : queue.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("session loop interrupted", e);
        }
    }

    private static void dispatch(Handler handler, Object item) {
        if (!(item instanceof SessionEvent)) {
            return;
        }
        SessionEvent event = (SessionEvent) item;
        try {
            handler.handle(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "failed handling " + event.getClass().getSimpleName(), e);
            handler.eventFailed(event, e);
        }
    }
}
