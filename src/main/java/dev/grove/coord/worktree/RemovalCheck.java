// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.git.CommitInfo;
import dev.grove.git.UncommittedFile;
import java.util.List;

/**
 * What removing an agent would lose: uncommitted files (grove's own copies and {@code .env}
 * block excepted) and commits not on its base that were never merged.
 *
 * @param worktreeMissing the worktree directory is already gone
 * @param branchMissing the branch is already gone
 * @param diskBytes bytes the worktree uses now
 */
public record RemovalCheck(String name, List<UncommittedFile> uncommitted, List<CommitInfo> unmergedCommits,
        boolean worktreeMissing, boolean branchMissing, long diskBytes) {
    public RemovalCheck {
        uncommitted = List.copyOf(uncommitted);
        unmergedCommits = List.copyOf(unmergedCommits);
    }

    /** Whether removal loses nothing. */
    public boolean safe() {
        return uncommitted.isEmpty() && unmergedCommits.isEmpty();
    }

    /** One line naming what would be lost, e.g. {@code 2 uncommitted files and 3 commits not on main}. */
    public String summary(String base) {
        if (safe()) {
            return "nothing would be lost";
        }
        String files = uncommitted.size() + " uncommitted file" + (uncommitted.size() == 1 ? "" : "s");
        String commits = unmergedCommits.size() + " commit" + (unmergedCommits.size() == 1 ? "" : "s") + " not on " + base;
        if (uncommitted.isEmpty()) {
            return commits;
        }
        return unmergedCommits.isEmpty() ? files : files + " and " + commits;
    }
}
