// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.session.SessionEvent;
import dev.grove.session.SessionLoop;

/**
 * The session loop's handler with persistence around the {@link Mux}: once events stop for
 * {@link #QUIET_NANOS} (at least every {@link #MAX_DELAY_NANOS} while they keep coming), and
 * before a CLI command gets its reply, the {@link StateKeeper} saves what changed. So when
 * {@code grove new} returns, the new pane is on disk, and a keystroke's echo never waits for a
 * look at the state. When the server is told to stop, the state is saved once more and then left
 * alone. Confined to the session thread.
 */
final class StateSaving implements SessionLoop.Handler {
    /** Events must stop this long before the state is looked at. */
    static final long QUIET_NANOS = 20_000_000L;
    /** Longest time changes may wait to be saved while events keep coming. */
    static final long MAX_DELAY_NANOS = 500_000_000L;

    private final Mux mux;
    private final StateKeeper keeper;
    private boolean stopped;
    /** When the first event not yet followed by a look at the state came, or -1. */
    private long unsavedSinceNanos = -1;
    private long lastEventNanos;

    StateSaving(Mux mux, StateKeeper keeper) {
        this.mux = mux;
        this.keeper = keeper;
    }

    @Override
    public void handle(SessionEvent event) {
        mux.handle(savingBeforeReply(event));
        stopSavingOnceFinished();
        lastEventNanos = System.nanoTime();
        if (unsavedSinceNanos < 0) {
            unsavedSinceNanos = lastEventNanos;
        }
    }

    @Override
    public void eventFailed(SessionEvent event, RuntimeException failure) {
        mux.eventFailed(savingBeforeReply(event), failure);
    }

    @Override
    public void afterBatch() {
        mux.afterBatch();
        long now = System.nanoTime();
        if (!stopped && (saveDue(now) || keeper.nanosUntilRetry(now) == 0)) {
            keeper.saveIfChanged(mux, now);
            unsavedSinceNanos = -1;
        }
    }

    private boolean saveDue(long now) {
        return unsavedSinceNanos >= 0 && now >= saveDeadline();
    }

    private long saveDeadline() {
        return Math.min(lastEventNanos + QUIET_NANOS, unsavedSinceNanos + MAX_DELAY_NANOS);
    }

    /**
     * The server is stopping: saves the panes as they were when it was told to stop (those still
     * running come back resumable) and saves nothing after, so the exits the shutdown itself
     * causes are not recorded as the programs' own.
     */
    private void stopSavingOnceFinished() {
        if (mux.finished() && !stopped) {
            keeper.saveNowIfChanged(mux, System.nanoTime());
            stopped = true;
        }
    }

    @Override
    public long nanosUntilDue() {
        long now = System.nanoTime();
        long retry = keeper.nanosUntilRetry(now);
        long save = unsavedSinceNanos < 0 || stopped ? -1 : Math.max(0, saveDeadline() - now);
        long mine = retry < 0 ? save : save < 0 ? retry : Math.min(retry, save);
        long theirs = mux.nanosUntilDue();
        return mine < 0 ? theirs : theirs < 0 ? mine : Math.min(mine, theirs);
    }

    @Override
    public boolean finished() {
        return mux.finished();
    }

    private SessionEvent savingBeforeReply(SessionEvent event) {
        if (!(event instanceof SessionEvent.CommandRequested)) {
            return event;
        }
        SessionEvent.CommandRequested c = (SessionEvent.CommandRequested) event;
        return new SessionEvent.CommandRequested(c.argv(), c.caller(), outcome -> {
            if (!stopped) {
                keeper.saveNowIfChanged(mux, System.nanoTime());
            }
            c.reply().accept(outcome);
        });
    }
}
