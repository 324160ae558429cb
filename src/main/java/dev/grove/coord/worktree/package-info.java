// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * The worktree lifecycle of agents: create (worktree, branch, leases, {@code .env} block, setup),
 * watch (status, conflict radar), review, merge and merge queue, remove with archiving, restore,
 * garbage collection, and the per-repository agent registry. A headless library: it never
 * prints, returns values and throws {@code UserError} for user mistakes. Safe to call from any
 * thread and from several processes at once (the registry is locked); calls block on git, so
 * run them off any render or event loop.
 */
package dev.grove.coord.worktree;
