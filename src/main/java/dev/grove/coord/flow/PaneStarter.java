// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.coord.worktree.AgentLaunch;

/**
 * Opens a task's agent as a pane in the repository's server, so a person can attach to a
 * running batch to watch or answer. The batch runner watches the agent through the files its
 * wrapper writes, not through the pane.
 */
@FunctionalInterface
public interface PaneStarter {
    /** Starts {@code launch.command()} in a pane without taking the focus. */
    void open(AgentLaunch launch);

    /**
     * Starts agent {@code name}'s pane again when its process was lost because the server
     * stopped (a restarted server keeps such panes, interrupted); false when there is no such pane.
     */
    default boolean resumeLost(String name) {
        return false;
    }
}
