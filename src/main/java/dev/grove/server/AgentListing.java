// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.coord.agent.Attention;
import dev.grove.coord.agent.StateReason;
import dev.grove.coord.worktree.AgentRecord;
import dev.grove.coord.worktree.WorktreeStatus;
import dev.grove.git.UncommittedFile;
import dev.grove.session.Pane;
import dev.grove.session.PaneStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code agents} section of {@code grove ls --json}: per agent its state (the Status column's
 * label), the reason, the exit code (null while running), whether it needs the user and why, its
 * worktree's status and its leases. Built on the session thread from prepared snapshots.
 */
final class AgentListing {
    /** Why the agent is in its state. */
    record Reason(String signal, String rule, String matched, String since, String detail) {}

    /** Why the agent needs the user. */
    record Need(String trigger, String reason, String since) {}

    /** The agent's worktree as last polled. */
    record Worktree(String path, String branch, String health, List<String> uncommitted, int ahead, int behind,
                    int filesChanged, int insertions, int deletions) {}

    /** Leased ports and per-worktree values. */
    record Leases(Map<String, Integer> ports, Map<String, String> values) {}

    /** One agent. */
    record Entry(String name, String task, String profile, String branch, List<String> scope, String state,
                 String stateId, Reason reason, Integer exitCode, boolean needsYou, List<Need> needs,
                 Worktree worktree, Leases leases, List<String> radar, boolean awaitingReview) {}

    private AgentListing() {}

    static List<Entry> entries(Mux mux, AgentSupervisor supervisor) {
        List<Entry> out = new ArrayList<>();
        for (Pane p : mux.session().panes()) {
            AgentSnapshot a = supervisor.snapshot(p.id());
            if (a != null) {
                out.add(entry(p, a, supervisor.reviews().contains(a.record().name())));
            }
        }
        return out;
    }

    private static Entry entry(Pane p, AgentSnapshot a, boolean awaitingReview) {
        AgentRecord r = a.record();
        StateReason why = a.status().reason();
        Reason reason = why == null ? null : new Reason(why.signal().name(), why.rule(), why.matched(),
                Optional.ofNullable(why.at()).map(Object::toString).orElse(null), why.detail());
        List<Need> needs = new ArrayList<>();
        for (Attention at : a.attentions()) {
            needs.add(new Need(at.trigger().name(), at.reason(), String.valueOf(at.since())));
        }
        return new Entry(r.name(), r.task(), r.profile(), r.branch(), r.scope(), a.status().label(),
                a.status().state().name(), reason, p.status() == PaneStatus.EXITED ? p.exitCode() : null,
                a.needsYou(), needs, worktree(r, a.worktree()), new Leases(r.ports(), r.values()), a.radar(),
                awaitingReview);
    }

    private static Worktree worktree(AgentRecord r, WorktreeStatus w) {
        if (w == null) {
            return new Worktree(r.worktree(), r.branch(), null, List.of(), 0, 0, 0, 0, 0);
        }
        return new Worktree(w.worktree(), w.branch(), w.health().name(),
                w.uncommitted().stream().map(UncommittedFile::path).toList(), w.ahead(), w.behind(),
                w.diffStat().files(), w.diffStat().insertions(), w.diffStat().deletions());
    }
}
