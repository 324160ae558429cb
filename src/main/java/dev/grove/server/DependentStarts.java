// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.coord.flow.WaitingAgents;
import dev.grove.coord.worktree.AgentLaunch;
import dev.grove.coord.worktree.Created;
import dev.grove.session.PaneRequest;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the agents that waited for others ({@code grove new B --after A}) once a merge made
 * on this server (the merge key, keeping a best-of winner) released them: their worktrees are
 * created from the updated base on the {@link AgentBackground} thread, then their panes open
 * without taking the focus. Used on the session thread.
 */
final class DependentStarts {
    private final Mux mux;
    private final AgentBackground background;

    DependentStarts(Mux mux, AgentBackground background) {
        this.mux = mux;
        this.background = background;
    }

    /** After a merge said {@code merged}: releases the waiting agents and tells the client what started. */
    void afterMerge(String merged, ClientControl view) {
        view.message(merged);
        background.run("release waiting agents", w -> new WaitingAgents(w, Clock.systemDefaultZone()).release(), created -> {
            if (created.isEmpty()) {
                return;
            }
            for (Created c : created) {
                mux.openPane(paneFor(c.launch()), null);
            }
            List<String> names = created.stream().map(c -> c.record().name()).toList();
            view.message(merged + "; started " + String.join(", ", names) + " (its dependencies merged)");
        }, failure -> view.message(merged + "; could not start the agents waiting for it: " + failure));
    }

    /** The pane of a released agent: its command in its worktree, with its variables added to the server's. */
    static PaneRequest paneFor(AgentLaunch launch) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(launch.env());
        return new PaneRequest(launch.name(), launch.command(), launch.worktree(), env);
    }
}
