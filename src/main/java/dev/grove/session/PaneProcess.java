// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import dev.grove.pty.PtyChild;
import dev.grove.pty.PtyListener;
import dev.grove.pty.PtySpec;
import java.util.function.Predicate;

/**
 * The running process behind a pane, seen from the session: its reader thread appends every
 * chunk to the pane's log and queues it for the loop ({@link PendingOutput}: bounded, and one
 * event per pane at a time). Thread-safe.
 */
final class PaneProcess implements PtyListener {
    /** Bytes of output that may wait for the session loop, per pane. */
    static final int PENDING_LIMIT = 512 << 10;
    /** Output up to this size (an echo, a prompt) is applied on the reader's thread when the loop is idle. */
    static final int HANDLE_HERE_LIMIT = 256;

    private final String paneId;
    private final SessionLoop loop;
    private final PaneLog log;
    private final PendingOutput pending = new PendingOutput(PENDING_LIMIT);
    private volatile PtyChild child;
    private volatile long lastInputNanos;
    /** {@link #write} as a function, made once: handed to threads that type without the loop. */
    final Predicate<byte[]> writer = this::write;

    private PaneProcess(String paneId, SessionLoop loop, PaneLog log) {
        this.paneId = paneId;
        this.loop = loop;
        this.log = log;
    }

    static PaneProcess start(String paneId, PtySpec spec, SessionLoop loop, PaneLog log) {
        PaneProcess p = new PaneProcess(paneId, loop, log);
        p.child = PtyChild.start(spec, paneId, p);
        return p;
    }

    @Override
    public void output(byte[] chunk) {
        if (pending.add(chunk)) {
            SessionEvent event = new SessionEvent.PaneOutput(paneId);
            if (chunk.length <= HANDLE_HERE_LIMIT) {
                loop.handleOrPost(event);
            } else {
                loop.post(event);
            }
        }
        // After the loop was told, so the transcript's write does not delay the screen.
        log.append(chunk);
    }

    @Override
    public void exited(int exitCode) {
        log.close();
        loop.post(new SessionEvent.PaneExited(paneId, exitCode));
    }

    /** The oldest output waiting for the loop, or null. */
    byte[] nextOutput() {
        return pending.poll();
    }

    /** True when output waits for the loop. */
    boolean hasOutputWaiting() {
        return pending.size() > 0;
    }

    /** Gives back the unused end of the chunk last taken with {@link #nextOutput}. */
    void returnOutput(byte[] rest) {
        pending.pushBack(rest);
    }

    /**
     * The loop has taken its slice of this pane's output; it gets another event if more waits,
     * after {@code delayNanos} (0 for at once).
     */
    void endOutputTurn(long delayNanos) {
        if (pending.endTurn()) {
            if (delayNanos > 0) {
                loop.postLater(new SessionEvent.PaneOutput(paneId), delayNanos);
            } else {
                loop.post(new SessionEvent.PaneOutput(paneId));
            }
        }
    }

    void resize(int cols, int rows) {
        child.resize(cols, rows);
    }

    boolean write(byte[] bytes) {
        lastInputNanos = System.nanoTime();
        return child.write(bytes);
    }

    /** When input was last written to the process (from any thread), 0 before any. */
    long lastInputNanos() {
        return lastInputNanos;
    }

    long pid() {
        return child.pid();
    }

    boolean isRunning() {
        return child.isRunning();
    }

    void terminate() {
        child.terminate();
    }

    void awaitTerminated() {
        child.awaitTerminated();
    }
}
