// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where the loop's handler runs: on the loop thread, or on a poster's thread while the loop is idle; never two at once. */
@Timeout(30)
class SessionLoopTest {
    private final SessionLoop loop = new SessionLoop();
    private final Recorder recorder = new Recorder();
    private Thread loopThread;

    /** Records which thread handled what, and whether two calls ever overlapped. */
    private static final class Recorder implements SessionLoop.Handler {
        final List<String> handled = new CopyOnWriteArrayList<>();
        final AtomicInteger inside = new AtomicInteger();
        final AtomicBoolean overlapped = new AtomicBoolean();
        final AtomicInteger afterBatchOnLoop = new AtomicInteger();
        volatile Thread loop;
        volatile CountDownLatch holdFirst;
        volatile CountDownLatch firstStarted = new CountDownLatch(1);
        volatile long due = -1;
        volatile boolean finished;

        private void enter() {
            if (inside.incrementAndGet() != 1) {
                overlapped.set(true);
            }
        }

        @Override
        public void handle(SessionEvent event) {
            enter();
            try {
                String pane = ((SessionEvent.PaneOutput) event).paneId();
                handled.add(pane + "@" + (Thread.currentThread() == loop ? "loop" : "poster"));
                CountDownLatch hold = holdFirst;
                if (hold != null && pane.equals("slow")) {
                    firstStarted.countDown();
                    hold.await(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public void eventFailed(SessionEvent event, RuntimeException failure) {
            throw new AssertionError("no event fails here", failure);
        }

        @Override
        public void afterBatch() {
            enter();
            if (Thread.currentThread() == loop) {
                afterBatchOnLoop.incrementAndGet();
                due = -1;
            }
            inside.decrementAndGet();
        }

        @Override
        public long nanosUntilDue() {
            return due;
        }

        @Override
        public boolean finished() {
            return finished;
        }
    }

    private void startLoop() throws InterruptedException {
        loopThread = new Thread(() -> loop.run(recorder), "test-loop");
        recorder.loop = loopThread;
        loopThread.start();
        loop.post(new SessionEvent.PaneOutput("start"));
        awaitHandled(1);
        awaitIdle();
    }

    /** Waits until the loop thread waits for events. */
    private void awaitIdle() throws InterruptedException {
        while (loopThread.getState() != Thread.State.WAITING && loopThread.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1);
        }
    }

    private void awaitHandled(int count) throws InterruptedException {
        while (recorder.handled.size() < count) {
            Thread.sleep(1);
        }
    }

    @AfterEach
    void stopLoop() throws InterruptedException {
        recorder.finished = true;
        loop.post(new SessionEvent.PaneOutput("stop"));
        loopThread.join(5000);
        assertFalse(loopThread.isAlive(), "the loop ends");
        assertFalse(recorder.overlapped.get(), "the handler was never called twice at once");
    }

    @Test
    void anEventPostedWhileTheLoopIsIdleIsHandledOnThePostersThreadWithItsRender() throws Exception {
        startLoop();
        int loopRenders = recorder.afterBatchOnLoop.get();
        loop.handleOrPost(new SessionEvent.PaneOutput("echo"));
        assertEquals(List.of("start@loop", "echo@poster"), recorder.handled);
        Thread.sleep(50); // a needless wake would have run the loop thread by now; nothing else can show its absence
        assertEquals(loopRenders, recorder.afterBatchOnLoop.get(), "the loop thread was not woken for nothing");
    }

    @Test
    void anEventPostedWhileTheLoopIsBusyWaitsForTheLoopThread() throws Exception {
        recorder.holdFirst = new CountDownLatch(1);
        startLoop();
        loop.post(new SessionEvent.PaneOutput("slow"));
        assertTrue(recorder.firstStarted.await(5, TimeUnit.SECONDS));
        loop.handleOrPost(new SessionEvent.PaneOutput("echo"));
        assertEquals(List.of("start@loop", "slow@loop"), recorder.handled, "not handled while the loop is busy");
        recorder.holdFirst.countDown();
        awaitHandled(3);
        assertEquals("echo@loop", recorder.handled.get(2));
    }

    @Test
    void whenHandlingOnThePostersThreadMakesSomethingDueTheLoopThreadWakesForIt() throws Exception {
        startLoop();
        int loopRenders = recorder.afterBatchOnLoop.get();
        recorder.due = 0;
        loop.handleOrPost(new SessionEvent.PaneOutput("echo"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (recorder.afterBatchOnLoop.get() == loopRenders && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertTrue(recorder.afterBatchOnLoop.get() > loopRenders, "the loop thread ran what became due");
    }
}
