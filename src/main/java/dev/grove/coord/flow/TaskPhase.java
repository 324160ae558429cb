// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

/** Where one batch task is. */
public enum TaskPhase {
    /** Not started yet. */
    PENDING,
    /** Its agent was started and has not finished. */
    RUNNING,
    /** Finished, its check (if any) passed and its merge (if automatic) landed. */
    SUCCEEDED,
    /** The agent failed, its check failed, or its merge was refused. */
    FAILED,
    /** Never started because a task it waits for failed. */
    SKIPPED;

    /** Whether the task will not change any more. */
    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == SKIPPED;
    }
}
