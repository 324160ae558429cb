// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.config.Json;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.ConflictHandoff;
import dev.grove.coord.worktree.MergeMode;
import dev.grove.coord.worktree.MergeOutcome;
import dev.grove.coord.worktree.QueueReport;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grove merge NAME...}: predict, then land each branch in order; stop at the first refusal. */
@Command(name = "merge", description = "Merge agents' branches in order (a merge queue); refuse on predicted conflicts.")
final class MergeCommand extends RepoCommand {
    @Parameters(arity = "1..*", paramLabel = "NAME")
    List<String> names;

    @ArgGroup(exclusive = true)
    Style style;

    /** --squash or --rebase. */
    static final class Style {
        @Option(names = "--squash", description = "one commit per agent") boolean squash;
        @Option(names = "--rebase", description = "rebase the branch onto the target, then fast-forward") boolean rebase;
    }

    @Option(names = "--into", paramLabel = "BRANCH", description = "target branch (default: each agent's base)")
    String into;

    @Option(names = "--hand-to-agent", description = "on a conflict, run 'git merge TARGET' in the agent's worktree and print what to tell the agent")
    boolean handToAgent;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Override
    public Integer call() {
        MergeMode mode = style == null ? MergeMode.MERGE : style.squash ? MergeMode.SQUASH : MergeMode.REBASE;
        try (AgentWorktrees w = context().open()) {
            QueueReport report = w.mergeQueue(names, mode, into);
            ConflictHandoff handoff = null;
            if (handToAgent && report.stoppedAt() != null && !report.stoppedAt().conflicts().isEmpty()) {
                handoff = w.handConflictToAgent(report.stoppedAt().name(), into);
            }
            if (json) {
                out().println(Json.write(new JsonReport(report, handoff)));
            } else {
                print(report, handoff);
            }
            if (!report.landed().isEmpty()) {
                Dependents.startReleased(context(), w, out());
            }
            out().flush();
            return report.complete() ? 0 : 1;
        }
    }

    /** The JSON shape of {@code grove merge --json}. */
    record JsonReport(QueueReport queue, ConflictHandoff handoff) {}

    private void print(QueueReport report, ConflictHandoff handoff) {
        for (MergeOutcome.Landed l : report.landed()) {
            out().println("merged " + l.name() + " into " + l.target() + " (" + l.mode().name().toLowerCase() + ", "
                    + l.commit().substring(0, 8) + ")");
        }
        MergeOutcome.Refused r = report.stoppedAt();
        if (r == null) {
            return;
        }
        err().println("error: " + r.reason());
        r.conflicts().forEach(f -> err().println("  conflict: " + f));
        if (!report.notAttempted().isEmpty()) {
            err().println("not attempted: " + String.join(", ", report.notAttempted()));
        }
        if (handoff != null) {
            err().println("handed to " + handoff.name() + "; tell the agent: " + handoff.instruction());
        } else if (!r.conflicts().isEmpty()) {
            err().println("hint: 'grove merge " + r.name() + " --hand-to-agent' lets the agent resolve it in its worktree");
        }
        err().flush();
    }
}
