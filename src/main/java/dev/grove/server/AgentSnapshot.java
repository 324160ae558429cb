// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.coord.agent.AgentStatus;
import dev.grove.coord.agent.Attention;
import dev.grove.coord.worktree.AgentRecord;
import dev.grove.coord.worktree.WorktreeStatus;
import java.util.List;

/**
 * What the server knows about one agent pane at one moment: its registry record, derived state,
 * active attentions, worktree status (null until first polled) and radar findings. Immutable;
 * what the table and {@code grove ls --json} are built from.
 */
record AgentSnapshot(AgentRecord record, AgentStatus status, List<Attention> attentions, WorktreeStatus worktree,
                     List<String> radar) {
    AgentSnapshot {
        attentions = List.copyOf(attentions);
        radar = List.copyOf(radar);
    }

    boolean needsYou() {
        return !attentions.isEmpty();
    }
}
