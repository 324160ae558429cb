// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.coord.worktree.AgentRecord;
import dev.grove.coord.worktree.MergeMode;
import dev.grove.coord.worktree.MergeOutcome;
import dev.grove.coord.worktree.RemovalCheck;
import dev.grove.coord.worktree.RemoveMode;
import dev.grove.coord.worktree.ReviewLine;
import dev.grove.session.Pane;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agent keys on a repository's server: review ({@code v}), merge ({@code m}, which then
 * starts the agents that waited for this one), remove
 * ({@code x}), next awaiting review ({@code R}); the state keys are in {@link AgentStateActions}.
 * Every git step runs on the {@link AgentBackground} thread; answers come back on the session
 * thread.
 */
final class AgentActions {
    private final Mux mux;
    private final AgentSupervisor supervisor;
    private final DependentStarts dependents;

    private AgentActions(Mux mux, AgentSupervisor supervisor, DependentStarts dependents) {
        this.mux = mux;
        this.supervisor = supervisor;
        this.dependents = dependents;
    }

    static void register(Mux mux, AgentSupervisor supervisor, DependentStarts dependents) {
        AgentActions a = new AgentActions(mux, supervisor, dependents);
        mux.registerPaneAction("review", forAgent(supervisor, a::review));
        mux.registerPaneAction("merge", forAgent(supervisor, a::merge));
        mux.registerPaneAction("remove", a::remove);
        mux.registerPaneAction("next-review", (pane, view) -> a.nextReview(view));
        AgentStateActions.register(mux, supervisor);
    }

    /** An action on an agent pane; on a plain pane it says so. */
    interface AgentAction {
        void perform(Pane pane, AgentRecord agent, ClientControl view);
    }

    /** {@code action} on the focused pane's agent; on a plain pane a message says it is not one. */
    static PaneAction forAgent(AgentSupervisor supervisor, AgentAction action) {
        return (pane, view) -> {
            AgentSnapshot a = supervisor.snapshot(pane.id());
            if (a == null) {
                view.message("pane " + pane.name() + " is a plain pane, not an agent");
            } else {
                action.perform(pane, a.record(), view);
            }
        };
    }

    private void review(Pane pane, AgentRecord agent, ClientControl view) {
        view.message("reading " + agent.name() + "'s changes…");
        supervisor.background().run("review " + agent.name(), w -> w.review(agent.name()),
                lines -> {
                    view.showText("review " + agent.name() + " (" + agent.branch() + ")", coloured(lines));
                    supervisor.reviews().markReviewed(agent.name());
                },
                view::message);
    }

    /** The review's lines with SGR colours by kind. */
    static List<String> coloured(List<ReviewLine> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (ReviewLine l : lines) {
            out.add(sgr(l.kind()) + l.text() + "\033[0m");
        }
        return out;
    }

    private static String sgr(ReviewLine.Kind kind) {
        switch (kind) {
            case TITLE: case FILE_HEADER: return "\033[1m";
            case FINDING: return "\033[33m";
            case COMMIT: return "\033[36m";
            case HUNK: return "\033[35m";
            case ADDED: return "\033[32m";
            case REMOVED: return "\033[31m";
            default: return "";
        }
    }

    private void merge(Pane pane, AgentRecord agent, ClientControl view) {
        view.message("checking " + agent.name() + "…");
        supervisor.background().run("review " + agent.name(), w -> w.review(agent.name()), lines -> {
            long commits = lines.stream().filter(l -> l.kind() == ReviewLine.Kind.COMMIT).count();
            String findings = lines.stream().filter(l -> l.kind() == ReviewLine.Kind.FINDING).map(ReviewLine::text)
                    .findFirst().map(f -> " — " + f).orElse("");
            view.confirm("merge " + agent.name() + " (" + commits + " commit" + (commits == 1 ? "" : "s") + ")"
                    + findings + "? (y/n)", () -> land(pane, agent, view));
        }, view::message);
    }

    private void land(Pane pane, AgentRecord agent, ClientControl view) {
        view.message("merging " + agent.name() + "…");
        supervisor.background().run("merge " + agent.name(), w -> w.merge(agent.name(), MergeMode.MERGE, null),
                outcome -> {
                    if (outcome instanceof MergeOutcome.Landed landed) {
                        supervisor.reviews().markReviewed(agent.name());
                        dependents.afterMerge("merged " + agent.name() + " into " + landed.target() + " ("
                                + abbrev(landed.commit()) + ")", view);
                    } else if (outcome instanceof MergeOutcome.Refused r && !r.conflicts().isEmpty()) {
                        view.confirm(agent.name() + " conflicts with " + r.target() + " in "
                                + String.join(", ", r.conflicts()) + " — hand the conflict to the agent? (y/n)",
                                () -> handOff(pane, agent, view));
                    } else if (outcome instanceof MergeOutcome.Refused r) {
                        view.message("not merged: " + r.reason());
                    }
                }, view::message);
    }

    private void handOff(Pane pane, AgentRecord agent, ClientControl view) {
        supervisor.background().run("hand-off " + agent.name(), w -> w.handConflictToAgent(agent.name(), null),
                handoff -> {
                    pane.write((handoff.instruction() + "\r").getBytes(StandardCharsets.UTF_8));
                    view.message("told " + agent.name() + " to resolve the conflict in " + String.join(", ",
                            handoff.conflicts()));
                }, view::message);
    }

    /** The first 8 characters of a commit id. */
    static String abbrev(String commit) {
        return commit == null || commit.length() < 8 ? String.valueOf(commit) : commit.substring(0, 8);
    }

    /** {@code x}: a plain pane closes after a confirmation; an agent shows what would be lost first. */
    private void remove(Pane pane, ClientControl view) {
        AgentSnapshot a = supervisor.snapshot(pane.id());
        if (a == null) {
            view.confirm("close pane " + pane.name() + "? (y/n)", () -> mux.closePane(pane));
            return;
        }
        String name = a.record().name();
        supervisor.background().run("inspect " + name, w -> w.inspectRemoval(name), check -> {
            if (check.safe()) {
                view.confirm("remove agent " + name + " (worktree, branch, lease, pane)? nothing would be lost (y/n)",
                        () -> removeAgent(pane, name, RemoveMode.SAFE, view));
            } else {
                view.prompt(lost(check, a.record()) + " — type " + name + " to archive and remove: ", typed -> {
                    if (typed.strip().equals(name)) {
                        removeAgent(pane, name, RemoveMode.FORCE, view);
                    } else {
                        view.message("kept " + name);
                    }
                });
            }
        }, view::message);
    }

    private static String lost(RemovalCheck check, AgentRecord agent) {
        String base = agent.baseRef() == null ? "the base" : agent.baseRef();
        return agent.name() + ": " + check.summary(base) + " would be lost";
    }

    private void removeAgent(Pane pane, String name, RemoveMode mode, ClientControl view) {
        mux.closePane(pane);
        supervisor.background().run("remove " + name, w -> w.remove(name, mode), removed -> {
            supervisor.background().removeRow(name);
            view.message("removed " + name
                    + (removed.archiveRef() == null ? "" : " (archived as " + removed.archiveRef() + ")"));
        }, view::message);
    }

    /** {@code R}: focus the next agent awaiting review and open its review (which takes it off the queue). */
    private void nextReview(ClientControl view) {
        Optional<String> name = supervisor.reviews().next().map(item -> item.agent());
        if (name.isPresent()) {
            for (Pane p : mux.session().panes()) {
                AgentSnapshot s = supervisor.snapshot(p.id());
                if (s != null && s.record().name().equals(name.get())) {
                    view.focus(p);
                    review(p, s.record(), view);
                    return;
                }
            }
        }
        view.message("no agent awaits review");
    }
}
