// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.git.DiffStat;
import dev.grove.git.UncommittedFile;
import java.util.List;

/**
 * What one agent's worktree looks like now.
 *
 * @param health whether the worktree and branch still exist
 * @param head the branch's current commit (null when the branch is gone)
 * @param uncommitted files that differ from HEAD (untracked ones included)
 * @param ahead commits on the branch not on the base
 * @param behind commits on the base not on the branch
 * @param diffStat committed change since the merge base
 * @param diskBytes bytes used by the worktree's files
 * @param lastActivity ISO-8601 instant of the newest change seen (index, commits, changed files)
 * @param baseCommitNow the commit the base ref points at now
 * @param baseMoved the base moved since the worktree was created
 * @param mergeBase the merge base of branch and current base (null when the branch is gone)
 */
public record WorktreeStatus(
        String name,
        String task,
        String branch,
        String worktree,
        AgentRecord.Phase phase,
        Health health,
        String head,
        List<UncommittedFile> uncommitted,
        int ahead,
        int behind,
        DiffStat diffStat,
        long diskBytes,
        String lastActivity,
        String baseRef,
        String baseCommitNow,
        boolean baseMoved,
        String mergeBase) {

    /** Whether the agent's worktree and branch are where the registry says. */
    public enum Health { OK, WORKTREE_MISSING, BRANCH_MISSING }

    public WorktreeStatus {
        uncommitted = List.copyOf(uncommitted);
    }

    /** No uncommitted files. */
    public boolean clean() {
        return uncommitted.isEmpty();
    }
}
