// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

/**
 * An agent removed: worktree, branch (when grove created it), lease and registry entry.
 *
 * @param archiveRef where its full state was saved, or null when nothing needed saving
 * @param branchKept the branch was not grove's (given with --branch) and was left in place
 * @param freedBytes disk space the worktree used
 */
public record Removed(String name, String archiveRef, boolean branchKept, long freedBytes) {}
