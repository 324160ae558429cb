// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.config.SavedAgent;
import dev.grove.config.SavedBatch;
import dev.grove.config.SavedReview;
import dev.grove.coord.agent.AgentEnvironment;
import dev.grove.coord.agent.ReviewQueue;
import dev.grove.coord.flow.TaskPhase;
import dev.grove.coord.worktree.AgentRecord;
import dev.grove.coord.worktree.NewAgent;
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

    /** The agents waiting for others to merge, as {@code state.json} lists them (no worktree yet). */
    List<SavedAgent> waiting() {
        if (supervisor == null) {
            return List.of();
        }
        return supervisor.waiting().stream().map(w -> {
            NewAgent r = w.request();
            return new SavedAgent(r.name(), r.profile(), r.task(), r.branch(), null, r.base(), w.after(), null, 0, null,
                    "Blocked");
        }).toList();
    }

    /** The repository's batches and how far each got. */
    List<SavedBatch> batches() {
        if (supervisor == null) {
            return List.of();
        }
        return supervisor.batches().stream().map(b -> new SavedBatch(b.id(), b.taskFile(), b.parallel(), b.runs().size(),
                (int) b.runs().stream().filter(t -> t.phase() == TaskPhase.RUNNING).count(),
                (int) b.runs().stream().filter(t -> t.phase().finished()).count())).toList();
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
