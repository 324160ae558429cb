// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.common.UserError;
import dev.grove.coord.flow.BestOf;
import dev.grove.coord.flow.Scoreboard;
import dev.grove.coord.worktree.AgentRecord;
import dev.grove.coord.worktree.Removed;
import dev.grove.session.Pane;
import java.time.Instant;
import java.util.List;

/**
 * The scoreboard key ({@code b}) on a repository's server: shows the best-of scoreboard of the
 * focused candidate's run (what {@code grove compare NAME} prints), lets the user choose a
 * candidate and keep it after a question — {@link BestOf#keep}, as {@code grove compare --keep}
 * does: merge it, remove the others with their work archived — then closes the removed
 * candidates' panes and starts agents the merge released. Git work runs on the
 * {@link AgentBackground} thread; answers come back on the session thread.
 */
final class BestOfActions {
    private final Mux mux;
    private final AgentSupervisor supervisor;
    private final DependentStarts dependents;

    private BestOfActions(Mux mux, AgentSupervisor supervisor, DependentStarts dependents) {
        this.mux = mux;
        this.supervisor = supervisor;
        this.dependents = dependents;
    }

    static void register(Mux mux, AgentSupervisor supervisor, DependentStarts dependents) {
        BestOfActions a = new BestOfActions(mux, supervisor, dependents);
        mux.registerPaneAction("scoreboard", AgentActions.forAgent(supervisor, a::show));
    }

    private void show(Pane pane, AgentRecord agent, ClientControl view) {
        view.message("reading the scoreboard of " + agent.name() + "…");
        supervisor.background().run("scoreboard " + agent.name(), w -> {
            String group = BestOf.groupOf(w, agent.name()).orElseThrow(() -> new UserError(
                    agent.name() + " is not a best-of candidate", "start a run with grove new NAME --best-of N"));
            return new ScoreboardView(group, Scoreboard.of(w, group, Instant.now()), 0,
                    chosen -> confirmKeep(group, chosen, view));
        }, view::showScoreboard, view::message);
    }

    private void confirmKeep(String group, Scoreboard.Candidate chosen, ClientControl view) {
        view.confirm("keep " + chosen.name() + ": merge it, archive and remove the other candidates of " + group
                + "? (y/n)", () -> keep(group, chosen.name(), view));
    }

    private void keep(String group, String winner, ClientControl view) {
        view.message("merging " + winner + "…");
        supervisor.background().run("keep " + winner, w -> BestOf.keep(w, group, winner), kept -> {
            supervisor.reviews().markReviewed(winner);
            for (Removed r : kept.removed()) {
                closePaneOf(r.name());
                supervisor.background().removeRow(r.name());
            }
            List<String> gone = kept.removed().stream().map(Removed::name).toList();
            dependents.afterMerge("kept " + winner + " (merged " + AgentActions.abbrev(kept.landed()) + ")"
                    + (gone.isEmpty() ? "" : "; archived and removed " + String.join(", ", gone)), view);
        }, view::message);
    }

    private void closePaneOf(String agent) {
        for (Pane p : List.copyOf(mux.session().panes())) {
            AgentSnapshot s = supervisor.snapshot(p.id());
            if (s != null && s.record().name().equals(agent)) {
                mux.closePane(p);
            }
        }
    }
}
