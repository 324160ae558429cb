// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.Created;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grove restore NAME}: brings back an archived agent exactly, then opens its pane. */
@Command(name = "restore", description = "Bring back an agent archived by 'grove rm --force', files byte for byte.")
final class RestoreCommand extends RepoCommand {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--archive", paramLabel = "REF", description = "archive ref or its time stamp (default: the newest)")
    String archive;

    @Option(names = "--approve", description = "approve this repository's setup commands and agent profiles on this machine")
    boolean approve;

    @Option(names = "--no-focus", description = "do not switch to the restored pane")
    boolean noFocus;

    @Override
    public Integer call() {
        Created created;
        try (AgentWorktrees w = context().open()) {
            approveSetup(w, approve);
            created = w.restore(name, archive, context().socket(), this::progress);
        }
        out().println("restored agent " + name + " in " + created.launch().worktree() + " (branch "
                + created.record().branch() + ")");
        out().flush();
        context().panes().open(created.launch(), !noFocus);
        return 0;
    }
}
