// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.config.SavedAgent;
import dev.grove.config.SavedReview;
import dev.grove.coord.agent.AgentEnvironment;
import dev.grove.coord.agent.ReviewQueue;
import dev.grove.coord.worktree.AgentRecord;
import dev.grove.session.Pane;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The agent side of {@code state.json}: what {@link StateKeeper} records of the agent each pane
 * runs (from the {@link AgentSupervisor}'s snapshots and the pane's environment) and the review
 * queue, and the way back on restore. {@link #NONE} is the memory of a server without agents.
 * Confined to the session thread.
 */
final class AgentMemory {
    /** No agents: plain panes only, an empty review queue. */
    static final AgentMemory NONE = new AgentMemory(null);

    private final AgentSupervisor supervisor;

    private AgentMemory(AgentSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    static AgentMemory of(AgentSupervisor supervisor) {
        return new AgentMemory(supervisor);
    }

    /** The agent in {@code pane} as last supervised, or null when the supervisor has none there (yet). */
    SavedAgent agentOf(Pane pane) {
        AgentSnapshot a = supervisor == null ? null : supervisor.snapshot(pane.id());
        if (a == null) {
            return null;
        }
        AgentRecord r = a.record();
        String after = pane.env().get(AgentEnvironment.AFTER);
        return new SavedAgent(r.name(), r.profile(), r.task(), r.branch(), r.worktree(), r.baseRef(),
                after == null || after.isEmpty() ? List.of() : Arrays.asList(after.split(",")),
                pane.env().get(AgentEnvironment.BATCH), r.slot(), r.ports(), a.status().label());
    }

    /** The review queue in review order. */
    List<SavedReview> reviews() {
        if (supervisor == null) {
            return List.of();
        }
        return supervisor.reviews().items().stream().map(i -> new SavedReview(i.agent(), i.finishedAt().toString()))
                .toList();
    }

    /** Puts back a saved review queue (a server without agents keeps nothing of it). */
    void restoreReviews(List<SavedReview> saved) {
        if (supervisor != null) {
            supervisor.restoreReviews(saved.stream()
                    .map(r -> new ReviewQueue.Item(r.agent(), Instant.parse(r.finishedAt()))).toList());
        }
    }
}
