// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

/** How a branch lands. */
public enum MergeMode {
    /** A merge commit on the target with the branch as second parent. */
    MERGE,
    /** One new commit on the target with the branch's whole change. */
    SQUASH,
    /** The branch is rebased onto the target (in its worktree), then the target fast-forwards. */
    REBASE
}
