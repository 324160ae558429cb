// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.coord.agent.AgentStatus;
import dev.grove.coord.agent.Attention;
import dev.grove.coord.worktree.AgentRecord;
import dev.grove.coord.worktree.WorktreeStatus;
import java.util.List;
import java.util.Map;

/**
 * What the server knows about one agent pane at one moment: its registry record, derived state,
 * active attentions, worktree status (null until first polled), radar findings and the extra
 * columns of its own row in the status file. Immutable;
 * what the table and {@code grove ls --json} are built from.
 */
record AgentSnapshot(AgentRecord record, AgentStatus status, List<Attention> attentions, WorktreeStatus worktree,
                     List<String> radar, Map<String, String> ownColumns) {
    AgentSnapshot {
        attentions = List.copyOf(attentions);
        radar = List.copyOf(radar);
        ownColumns = Map.copyOf(ownColumns);
    }

    /** This snapshot after a person looked at the agent: no attentions. */
    AgentSnapshot acknowledged() {
        return new AgentSnapshot(record, status, List.of(), worktree, radar, ownColumns);
    }

    boolean needsYou() {
        return !attentions.isEmpty();
    }
}
