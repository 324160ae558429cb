// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

/** Whether removing an agent may go ahead when it would lose work. */
public enum RemoveMode {
    /** Refuse when anything would be lost. */
    SAFE,
    /** Archive everything under {@code refs/grove/archive/NAME/TIME} first, then remove. */
    FORCE
}
