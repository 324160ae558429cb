// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.coord.flow.WaitingAgents;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.Created;
import dev.grove.coord.worktree.NewAgent;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;

/** The CLI side of {@code grove new B --after A}: registering B, and starting it once {@code grove merge} landed A. */
final class Dependents {
    private Dependents() {}

    static int register(CliContext context, PrintWriter out, NewAgent request, List<String> after) {
        try (AgentWorktrees w = context.open()) {
            new WaitingAgents(w, Clock.systemDefaultZone()).add(request, after);
        }
        out.println("agent " + request.name() + " waits for " + String.join(", ", after)
                + "; it starts when they are merged");
        out.flush();
        return 0;
    }

    /** Creates the agents released by a merge and opens their panes. */
    static void startReleased(CliContext context, AgentWorktrees w, PrintWriter out) {
        for (Created c : new WaitingAgents(w, Clock.systemDefaultZone()).release()) {
            out.println("started agent " + c.record().name() + " (its dependencies merged) in " + c.launch().worktree());
            context.panes().open(c.launch(), false);
        }
    }
}
