// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

/**
 * What happened to one task of a batch so far. Times are ISO-8601 instants (null when not
 * reached). Immutable.
 *
 * @param name the task's name
 * @param phase where it is
 * @param startedAt when its agent was started
 * @param endedAt when the runner saw it finish
 * @param pid process id of its agent while it runs (so a resumed runner can watch it), else null
 * @param exitCode the agent's exit code, null until known
 * @param check "passed", "failed" or null when there is no check (or it did not run)
 * @param merge the merge result ("landed COMMIT" or "refused: REASON"), null when not merged
 * @param reason one line saying why it failed or was skipped, else null
 */
public record TaskRun(String name, TaskPhase phase, String startedAt, String endedAt, Long pid, Integer exitCode,
        String check, String merge, String reason) {
    /** A task that has not started. */
    public static TaskRun pending(String name) {
        return new TaskRun(name, TaskPhase.PENDING, null, null, null, null, null, null, null);
    }

    /** This task once its agent started as {@code pid}. */
    public TaskRun started(String at, Long pid) {
        return new TaskRun(name, TaskPhase.RUNNING, at, null, pid, null, null, null, null);
    }

    /** This task once it ended with {@code end}. */
    public TaskRun ended(String at, TaskEnd end) {
        TaskPhase next = end.success() ? TaskPhase.SUCCEEDED : TaskPhase.FAILED;
        return new TaskRun(name, next, startedAt, at, null, end.exitCode(), end.check(), end.merge(), end.reason());
    }

    /** This task, never started because {@code reason}. */
    public TaskRun skipped(String at, String reason) {
        return new TaskRun(name, TaskPhase.SKIPPED, null, at, null, null, null, null, reason);
    }
}
