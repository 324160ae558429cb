// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import java.util.List;

/**
 * A worktree made ready for an agent ({@code grove new} or {@code grove restore}).
 *
 * @param record the agent's registry entry
 * @param launch what opens its pane
 * @param warnings things the user should know (e.g. more agents active than the configured parallelism)
 */
public record Created(AgentRecord record, AgentLaunch launch, List<String> warnings) {
    public Created {
        warnings = List.copyOf(warnings);
    }
}
