// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to start an agent's pane: its name, the worktree to run in, the variables
 * to add to the inherited environment ({@code GROVE_AGENT}, {@code GROVE_TASK},
 * {@code GROVE_WORKTREE}, {@code GROVE_BRANCH}, {@code GROVE_BASE}, {@code GROVE_STATUS_FILE},
 * {@code GROVE_SOCKET} when known, the leased ports and templated values) and the command line.
 */
public record AgentLaunch(String name, Path worktree, Map<String, String> env, List<String> command) {
    public AgentLaunch {
        env = Map.copyOf(env);
        command = List.copyOf(command);
    }
}
