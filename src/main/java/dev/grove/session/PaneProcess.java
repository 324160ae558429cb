// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import dev.grove.pty.PtyChild;
import dev.grove.pty.PtyListener;
import dev.grove.pty.PtySpec;
import java.util.concurrent.Semaphore;

/**
 * The running process behind a pane, seen from the session: its reader thread appends every
 * chunk to the pane's log and posts it to the loop. Output waiting for the loop is bounded per
 * pane: when the loop falls behind, the reader blocks, which slows the child down instead of
 * growing memory. Thread-safe.
 */
final class PaneProcess implements PtyListener {
    /** Bytes of output that may wait for the session loop, per pane. */
    static final int PENDING_LIMIT = 4 << 20;

    private final String paneId;
    private final SessionLoop loop;
    private final PaneLog log;
    private final Semaphore credit = new Semaphore(PENDING_LIMIT);
    private volatile PtyChild child;

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
        log.append(chunk);
        credit.acquireUninterruptibly(chunk.length);
        loop.post(new SessionEvent.PaneOutput(paneId, chunk));
    }

    @Override
    public void exited(int exitCode) {
        log.close();
        loop.post(new SessionEvent.PaneExited(paneId, exitCode));
    }

    /** The loop consumed a chunk of {@code length} bytes. */
    void consumed(int length) {
        credit.release(length);
    }

    void resize(int cols, int rows) {
        child.resize(cols, rows);
    }

    boolean write(byte[] bytes) {
        return child.write(bytes);
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
