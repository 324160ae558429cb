// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

/**
 * How a task ended: its agent's exit, its check and its merge.
 *
 * @param success whether the task counts as done
 * @param exitCode the agent's exit code (null when unknown)
 * @param check "passed", "failed" or null when there was no check
 * @param merge merge result or null
 * @param reason why it failed, else null
 */
public record TaskEnd(boolean success, Integer exitCode, String check, String merge, String reason) {
    /** A failure with only a reason. */
    public static TaskEnd failed(Integer exitCode, String reason) {
        return new TaskEnd(false, exitCode, null, null, reason);
    }
}
