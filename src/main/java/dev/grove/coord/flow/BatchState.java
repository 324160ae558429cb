// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch as saved in {@code <common git dir>/grove/batches/<id>.json}: its settings and every
 * task's run, in task-file order. Immutable.
 *
 * @param id the batch's id
 * @param taskFile the task file it was started from
 * @param parallel at most this many tasks run at once
 * @param runs every task's run
 */
public record BatchState(String id, String taskFile, int parallel, List<TaskRun> runs) {
    public BatchState {
        runs = List.copyOf(runs);
    }

    /** A new batch with every task pending. */
    public static BatchState fresh(String id, String taskFile, int parallel, List<FlowTask> tasks) {
        List<TaskRun> runs = new ArrayList<>();
        for (FlowTask t : tasks) {
            runs.add(TaskRun.pending(t.name()));
        }
        return new BatchState(id, taskFile, parallel, runs);
    }

    /** The run of task {@code name}. */
    public TaskRun run(String name) {
        for (TaskRun r : runs) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no task " + name);
    }

    /** This state with {@code run} replacing the run of the same name. */
    public BatchState with(TaskRun run) {
        List<TaskRun> next = new ArrayList<>(runs);
        next.replaceAll(r -> r.name().equals(run.name()) ? run : r);
        return new BatchState(id, taskFile, parallel, next);
    }

    /** Whether every task has finished. */
    public boolean finished() {
        return runs.stream().allMatch(r -> r.phase().finished());
    }

    /** Whether every task succeeded. */
    public boolean succeeded() {
        return runs.stream().allMatch(r -> r.phase() == TaskPhase.SUCCEEDED);
    }
}
