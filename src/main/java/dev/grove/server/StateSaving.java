// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.session.SessionEvent;
import dev.grove.session.SessionLoop;

/**
 * The session loop's handler with persistence around the {@link Mux}: after every batch of events,
 * and before a CLI command gets its reply, the {@link StateKeeper} saves what changed. So when
 * {@code grove new} returns, the new pane is on disk. When the server is told to stop, the state
 * is saved once more and then left alone. Confined to the session thread.
 */
final class StateSaving implements SessionLoop.Handler {
    private final Mux mux;
    private final StateKeeper keeper;
    private boolean stopped;

    StateSaving(Mux mux, StateKeeper keeper) {
        this.mux = mux;
        this.keeper = keeper;
    }

    @Override
    public void handle(SessionEvent event) {
        mux.handle(savingBeforeReply(event));
        stopSavingOnceFinished();
    }

    @Override
    public void eventFailed(SessionEvent event, RuntimeException failure) {
        mux.eventFailed(savingBeforeReply(event), failure);
    }

    @Override
    public void afterBatch() {
        mux.afterBatch();
        if (!stopped) {
            keeper.saveIfChanged(mux, System.nanoTime());
        }
    }

    /**
     * The server is stopping: saves the panes as they were when it was told to stop (those still
     * running come back resumable) and saves nothing after, so the exits the shutdown itself
     * causes are not recorded as the programs' own.
     */
    private void stopSavingOnceFinished() {
        if (mux.finished() && !stopped) {
            keeper.saveIfChanged(mux, System.nanoTime());
            stopped = true;
        }
    }

    @Override
    public long nanosUntilDue() {
        long mine = keeper.nanosUntilRetry(System.nanoTime());
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
                keeper.saveIfChanged(mux, System.nanoTime());
            }
            c.reply().accept(outcome);
        });
    }
}
