// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.session.Pane;

/**
 * An action on a pane that another package provides (review, merge, remove with worktree, state
 * reason...), registered with {@link Mux#registerPaneAction}. Runs on the session thread and must
 * not block: slow work goes to a background job that posts its result as a
 * {@code SessionEvent.JobFinished}.
 */
@FunctionalInterface
public interface PaneAction {
    /** Performs the action on {@code pane} for the client {@code view}. */
    void perform(Pane pane, ClientControl view);
}
