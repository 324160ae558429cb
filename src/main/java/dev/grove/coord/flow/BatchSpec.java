// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import java.time.Duration;
import java.util.List;

/**
 * What every task of a batch runs.
 *
 * @param profile agent profile, or null when {@code command} is given
 * @param command command line in which {@code {prompt}} is replaced by the task's text; empty with a profile
 * @param check command run (by {@code sh -c}) in the task's worktree after its agent succeeded; null for none
 * @param mergeAuto whether a passing task merges through the merge queue (else it awaits review)
 * @param inputTimeout an agent shown as "Waiting for input" longer than this fails its task
 */
public record BatchSpec(String profile, List<String> command, String check, boolean mergeAuto, Duration inputTimeout) {
    /** How long an agent may wait for input when no timeout is given. */
    public static final Duration DEFAULT_INPUT_TIMEOUT = Duration.ofMinutes(10);

    public BatchSpec {
        inputTimeout = inputTimeout == null ? DEFAULT_INPUT_TIMEOUT : inputTimeout;
        command = command == null ? List.of() : List.copyOf(command);
        check = check == null || check.isBlank() ? null : check;
    }

    /** The command line for {@code task}: every {@code {prompt}} replaced by its text. */
    public List<String> commandFor(FlowTask task) {
        return command.stream().map(a -> a.replace("{prompt}", task.text())).toList();
    }
}
