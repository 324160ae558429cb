// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

/** Starts a batch task's agent, or picks up one a previous runner started. Called from the runner's thread only. */
public interface TaskLauncher {
    /** Starts {@code task}'s agent; failures to start are reported by the returned task's first poll. */
    RunningTask start(FlowTask task);

    /** Watches {@code task}'s agent that an interrupted runner started (recorded in {@code run}). */
    RunningTask resume(FlowTask task, TaskRun run);

    /** A started agent. */
    interface RunningTask {
        /** The agent's process id, or null when it has none (it failed to start). */
        Long pid();

        /** Null while the task runs; how it ended once it has (this may run its check and merge). */
        TaskEnd poll();
    }
}
