// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import java.util.List;
import java.util.Map;

/**
 * The agent a saved pane ran, as {@code state.json} keeps it: enough to show it again, to resume
 * it with its profile's resume command, and to list the leases, dependencies and batch that
 * belong to it. The registry ({@code agents.json}), the batch files and the status file stay the
 * sources of truth for what they hold; this is the server's copy of the pane's side. Immutable.
 *
 * @param name the agent's name (also its pane's name)
 * @param profile the agent profile in use, or null for an explicit command
 * @param task what the agent was asked to do (may be empty)
 * @param branch the agent's branch
 * @param worktree the agent's worktree, absolute
 * @param base the base the worktree was created from, as given
 * @param after the agents it waited for before it started (empty when none)
 * @param batch the id of the batch that started it, or null
 * @param slot its lease slot, 0 when none
 * @param ports its leased ports by variable
 * @param status the Status column's label when this was written, or null before the first one
 */
public record SavedAgent(String name, String profile, String task, String branch, String worktree, String base,
                         List<String> after, String batch, int slot, Map<String, Integer> ports, String status) {
    public SavedAgent {
        task = task == null ? "" : task;
        after = after == null ? List.of() : List.copyOf(after);
        ports = ports == null ? Map.of() : Map.copyOf(ports);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a saved agent needs a name");
        }
    }
}
