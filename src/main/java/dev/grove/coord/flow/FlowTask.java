// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import java.util.List;

/**
 * One task of a batch. Immutable.
 *
 * @param name agent name for the task (unique in its batch)
 * @param text what the agent is asked to do
 * @param after names of the tasks that must finish first (empty: none)
 * @param scope globs of the files the task is meant to change (empty: anything)
 * @param group exclusive group: tasks of one group never run at once; null for none
 * @param done whether the task file already marks it as done ({@code - [x]})
 * @param line 1-based line of the task in its file (0 for JSON tasks)
 */
public record FlowTask(String name, String text, List<String> after, List<String> scope, String group,
        boolean done, int line) {
    public FlowTask {
        after = after == null ? List.of() : List.copyOf(after);
        scope = scope == null ? List.of() : List.copyOf(scope);
        group = group == null || group.isBlank() ? null : group;
    }
}
