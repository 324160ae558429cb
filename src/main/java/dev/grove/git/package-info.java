// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * Git: the only user of JGit and of the git command line. Worktrees, status, diffs,
 * merge prediction and merges, archives. Expected outcomes are values, not exceptions.
 */
package dev.grove.git;
