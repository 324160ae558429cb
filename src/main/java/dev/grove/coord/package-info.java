// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * Coordination across git and sessions: the status table file, worktree lifecycle,
 * state detection, triggers and workflows. The only place where git and session meet.
 */
package dev.grove.coord;
