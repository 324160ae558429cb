// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.coord.worktree.AgentLaunch;
import java.nio.file.Path;

/** Opens an agent's pane once its worktree is ready ({@code grove new}, {@code grove restore}). */
public interface PaneOpener {
    /**
     * Starts {@code launch.command()} in {@code launch.worktree()} with {@code launch.env()} added
     * to the environment.
     *
     * @param focus whether the new pane should take the focus (false for {@code --no-focus})
     */
    void open(AgentLaunch launch, boolean focus);

    /**
     * Starts the pane {@code name} of the repository around {@code dir} again when its process
     * was lost because its server stopped; false when there is no such pane (or no server).
     */
    default boolean resumeLost(Path dir, String name) {
        return false;
    }
}
