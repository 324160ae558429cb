// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.common.UserError;
import dev.grove.coord.flow.BatchRequest;
import dev.grove.coord.flow.BatchSpec;
import dev.grove.coord.flow.BatchState;
import dev.grove.coord.flow.BestOf;
import dev.grove.coord.flow.Scoreboard;
import dev.grove.coord.flow.TaskPhase;
import dev.grove.coord.worktree.AgentWorktrees;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code grove new NAME --best-of N}: runs the N candidates in this process (all at once, each a
 * background agent in its own worktree), then prints the scoreboard. Exit code 0 when at least
 * one candidate succeeded.
 */
final class BestOfStart {
    private final CliContext context;
    private final PrintWriter out;

    BestOfStart(CliContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    int run(String name, int n, String task, String profile, List<String> command, String check) {
        if ((profile == null) == command.isEmpty()) {
            throw new UserError("--best-of needs either --agent PROFILE or -- CMD ARGS (not both)",
                    "for example: grove new fix --best-of 3 --task 'fix the test' -- claude -p {prompt}");
        }
        BatchSpec spec = new BatchSpec(profile, command, check, false, null);
        BatchRequest request = new BatchRequest(n, true, spec, 0, Duration.ofMillis(200),
                new BatchPanes(context));
        try (AgentWorktrees w = context.open()) {
            BatchState end = BestOf.run(w, name, n, task, request, line -> {
                out.println("grove: " + line);
                out.flush();
            }, Clock.systemUTC());
            Scoreboard.table(Scoreboard.of(w, name, Clock.systemUTC().instant())).forEach(out::println);
            out.println("keep one with: grove compare " + name + " --keep " + name + "-K");
            out.flush();
            return end.runs().stream().anyMatch(r -> r.phase() == TaskPhase.SUCCEEDED) ? 0 : 1;
        }
    }
}
