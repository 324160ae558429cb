// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.RemovalCheck;
import dev.grove.coord.worktree.RemoveMode;
import dev.grove.coord.worktree.Removed;
import dev.grove.git.CommitInfo;
import dev.grove.git.UncommittedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grove rm NAME [--force]}: removes a finished agent; archives first when forced. */
@Command(name = "rm", description = "Remove an agent's worktree, branch and lease; refuses when work would be lost.")
final class RmCommand extends RepoCommand {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--force", description = "archive everything under refs/grove/archive/NAME/ first, then remove")
    boolean force;

    @Override
    public Integer call() {
        try (AgentWorktrees w = context().open()) {
            RemovalCheck check = w.inspectRemoval(name);
            for (UncommittedFile f : check.uncommitted()) {
                err().println("  " + f.kind().name().toLowerCase() + ": " + f.path());
            }
            for (CommitInfo c : check.unmergedCommits()) {
                err().println("  unmerged commit: " + c.shortId() + " " + c.subject());
            }
            Removed r = w.remove(name, force ? RemoveMode.FORCE : RemoveMode.SAFE);
            out().println("removed " + name + " (" + Bytes.human(r.freedBytes()) + " freed"
                    + (r.branchKept() ? ", branch kept" : "") + ")");
            if (r.archiveRef() != null) {
                out().println("archived its full state as " + r.archiveRef() + "; 'grove restore " + name
                        + "' brings it back");
            }
            out().flush();
            return 0;
        }
    }
}
