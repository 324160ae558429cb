// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.coord.worktree.AgentLaunch;

/** Opens an agent's pane once its worktree is ready ({@code grove new}, {@code grove restore}). */
public interface PaneOpener {
    /**
     * Starts {@code launch.command()} in {@code launch.worktree()} with {@code launch.env()} added
     * to the environment.
     *
     * @param focus whether the new pane should take the focus (false for {@code --no-focus})
     */
    void open(AgentLaunch launch, boolean focus);
}
